import { pino } from 'pino';
import { readConfig } from '../startup/config.ts';
import { openContext } from '../startup/context.ts';
import { loadCapSigner, logCapSigning } from '../startup/cap-signing.ts';
import { escalateOverdueTasks } from '../services/response-units.service.ts';
import { setUpDissemination } from '../messaging/dissemination-setup.ts';
import { buildApp } from './app.ts';

const config = readConfig();
const logger = pino({ level: config.logLevel });
try {
  const capSigner = loadCapSigner(process.env);
  logCapSigning(logger, capSigner);
  const ctx = await openContext({
    databaseUrl: config.databaseUrl,
    logger,
    adminPassword: config.adminPassword,
    capSigner,
  });
  // Warnings committed from now on are routed to the configured channels, and the outbox is sent from here.
  const { dispatcher } = await setUpDissemination({
    db: ctx.store.db,
    plan: ctx.plans.meteo().plan,
    env: process.env,
    dataDir: config.dataDir,
    logger,
  });
  const app = await buildApp(ctx);
  await app.listen({ port: config.port, host: config.host });
  logger.info(
    { store: ctx.store.engine, plans: ctx.plans.list().map((p) => `${p.id}@${p.version}`) },
    `nuancheng listening on http://localhost:${config.port} (API docs at /docs)`,
  );
  // Tasks past their on-post time are escalated even when nobody is looking at the task list.
  const escalation = setInterval(() => {
    escalateOverdueTasks({ db: ctx.store.db, meteo: ctx.plans.meteo(), now: () => new Date() })
      .then(
        (tasks) =>
          tasks.length > 0 &&
          logger.warn(
            { tasks: tasks.map((task) => task.unitName) },
            'member units not on post: escalated to the duty officer',
          ),
      )
      .catch((error: unknown) => logger.error({ err: error }, 'escalation sweep failed'));
  }, 60_000);
  escalation.unref();
  dispatcher?.start();
  const stop = async (): Promise<void> => {
    clearInterval(escalation);
    await dispatcher?.stop();
    await app.close();
    await ctx.store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
} catch (error) {
  logger.fatal({ err: error }, `nuancheng did not start: ${(error as Error).message}`);
  process.exit(1);
}

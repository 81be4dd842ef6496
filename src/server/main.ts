import { pino } from 'pino';
import { readIngestConfig, startIngestion } from '../ingest/index.ts';
import { setUpDissemination } from '../messaging/dissemination-setup.ts';
import { serverJobs } from '../scheduling/jobs.ts';
import { Scheduler } from '../scheduling/scheduler.ts';
import { unanchoredCount } from '../services/audit.service.ts';
import { ensureAdmin } from '../services/users.service.ts';
import { readConfig } from '../startup/config.ts';
import { loadCapSigner, logCapSigning } from '../startup/cap-signing.ts';
import { openContext } from '../startup/context.ts';
import { ensureWebBuild, webDist } from '../startup/web-build.ts';
import { buildApp } from './app.ts';

const config = readConfig();
const logger = pino({ level: config.logLevel });
try {
  const ingestConfig = readIngestConfig();
  const capSigner = loadCapSigner(process.env);
  logCapSigning(logger, capSigner);
  const ctx = await openContext({ databaseUrl: config.databaseUrl, logger, auditKey: config.auditKey, capSigner });
  // Only the server creates the first user, with the configured password (a store command never does).
  const admin = await ensureAdmin(ctx, config.adminPassword);
  if (admin?.password)
    process.stderr.write(
      `nuancheng: created user "admin" with password ${admin.password} (shown once; set NUANCHENG_ADMIN_PASSWORD to choose it)\n`,
    );
  else if (admin) logger.info('created the admin user with NUANCHENG_ADMIN_PASSWORD');
  if (!config.auditKey)
    logger.warn(
      'audit: no audit key (NUANCHENG_AUDIT_KEY or NUANCHENG_AUDIT_KEY_FILE): the audit chain is not anchored, and anyone with write access to the database could rewrite it undetected',
    );
  else {
    const unanchored = await unanchoredCount(ctx);
    if (unanchored > 0)
      logger.warn(
        { unanchored },
        'audit: entries written before the key are not anchored: run `nuancheng audit anchor`',
      );
  }
  // Warnings committed from now on are routed to the configured channels, and the outbox is sent from here.
  const { dispatcher } = await setUpDissemination({
    db: ctx.store.db,
    plan: ctx.plans.meteo().plan,
    env: process.env,
    dataDir: config.dataDir,
    logger,
  });
  // The console is built (when missing or older than web/) before the server listens, so / is never half there.
  await ensureWebBuild(logger);
  const app = await buildApp(ctx, { publicUrl: config.publicUrl, webDist });
  await app.listen({ port: config.port, host: config.host });
  logger.info(
    {
      store: ctx.store.engine,
      plans: ctx.plans.list().map((p) => `${p.id}@${p.version}`),
      publicUrl: config.publicUrl,
    },
    `nuancheng listening on ${config.host}:${config.port} (API docs at /docs)`,
  );
  const scheduler = new Scheduler(ctx);
  for (const job of serverJobs) scheduler.register(job);
  scheduler.start();
  dispatcher?.start();
  // Observations over MQTT, NATS JetStream and the watched folder (contracts/observations.md), once the door is open.
  const ingestion = await startIngestion(ctx, ingestConfig, logger);
  const stop = async (): Promise<void> => {
    await ingestion.stop();
    await scheduler.stop();
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

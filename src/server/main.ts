import { pino } from 'pino';
import { readConfig } from '../startup/config.ts';
import { openContext } from '../startup/context.ts';
import { buildApp } from './app.ts';

const config = readConfig();
const logger = pino({ level: config.logLevel });
try {
  const ctx = await openContext({ databaseUrl: config.databaseUrl, logger });
  const app = await buildApp(ctx);
  await app.listen({ port: config.port, host: config.host });
  logger.info({ store: ctx.store.engine, plans: ctx.plans.list().map((p) => `${p.id}@${p.version}`) }, `nuancheng listening on http://localhost:${config.port} (API docs at /docs)`);
  const stop = async (): Promise<void> => {
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

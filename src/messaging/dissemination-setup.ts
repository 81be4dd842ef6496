import type { Kysely } from 'kysely';
import { endpointProblems } from '../alerts/dissemination/endpoints.ts';
import type { MeteoPlan } from '../plans/meteo/index.ts';
import { pendingByEndpoint } from '../store/outbox-status.repository.ts';
import { replaceEndpointRoutes } from '../store/outbox-endpoints.repository.ts';
import type { Database } from '../store/schema.ts';
import { ChannelsConfigError, endpointRoutes, loadChannels } from './channels-config.ts';
import { Dispatcher, type DispatchLogger } from './dispatcher.ts';
import { buildSenders } from './senders.ts';

export interface DisseminationSetup {
  /** Null when no channel is configured: nothing is queued and nothing is sent. */
  dispatcher: Dispatcher | null;
  source: string | null;
}

/**
 * Reads the channel configuration, checks it against the plan (3.3.2 bodies, 3.3.4 channels), makes the stored
 * routes match it and builds the dispatcher. A broken configuration stops the start, naming the field.
 */
export async function setUpDissemination(options: {
  db: Kysely<Database>;
  plan: MeteoPlan;
  env: NodeJS.ProcessEnv;
  dataDir: string;
  logger: DispatchLogger;
  now?: () => Date;
}): Promise<DisseminationSetup> {
  const loaded = loadChannels(options.env, options.dataDir);
  const routes = endpointRoutes(loaded.config);
  const problems = endpointProblems(routes, options.plan);
  if (problems.length > 0) throw new ChannelsConfigError(`${loaded.source}: ${problems[0]}`);
  const senders = buildSenders(loaded);
  await replaceEndpointRoutes(options.db, routes, (options.now ?? (() => new Date()))());
  const configured = new Set(routes.map((route) => route.id));
  const stranded = (await pendingByEndpoint(options.db)).filter((row) => !configured.has(row.endpointId));
  if (stranded.length > 0) {
    options.logger.warn(
      { endpoints: stranded },
      'outbox: messages are waiting for endpoints that are no longer configured',
    );
  }
  if (senders.length === 0) {
    options.logger.warn(
      'outbox: no dissemination channel is configured (NUANCHENG_CHANNELS, NUANCHENG_CHANNELS_FILE or channels.json in the data folder): warnings are not sent',
    );
    return { dispatcher: null, source: loaded.source };
  }
  const { config } = loaded;
  const dispatcher = new Dispatcher({
    db: options.db,
    senders,
    logger: options.logger,
    retry: config.retry,
    leaseMs: config.leaseMs,
    pollMs: config.pollMs,
    now: options.now,
  });
  options.logger.info(
    { source: loaded.source, endpoints: routes.map((route) => `${route.id} (${route.kind})`) },
    'outbox: dissemination channels configured',
  );
  return { dispatcher, source: loaded.source };
}

import type { Logger } from 'pino';
import { ClusterEventBus } from '../messaging/event-bus/cluster-event-bus.ts';
import { NatsEventTransport } from '../messaging/event-bus/nats-transport.ts';
import { PostgresEventTransport } from '../messaging/event-bus/postgres-transport.ts';
import { eventsOf, type EventBus } from '../services/events.ts';
import { fromWire, toWire } from '../services/event-wire.ts';
import type { Store } from '../store/database.ts';

export type EventBusKind = 'local' | 'postgres' | 'nats';

export interface EventBusConfig {
  /** Unset: postgres on a PostgreSQL store, local on SQLite (one server). */
  kind: EventBusKind | undefined;
  natsServers: string[];
  natsSubject: string;
}

const kinds: EventBusKind[] = ['local', 'postgres', 'nats'];

/**
 * NUANCHENG_EVENT_BUS, NUANCHENG_EVENT_NATS_URL (default: NUANCHENG_NATS_URL, the NATS the observations come by;
 * `off` there turns off ingestion only), NUANCHENG_EVENT_SUBJECT; a bad value names the variable.
 */
export function readEventBusConfig(env: NodeJS.ProcessEnv): EventBusConfig {
  const kind = env.NUANCHENG_EVENT_BUS || undefined;
  if (kind !== undefined && !kinds.includes(kind as EventBusKind))
    throw new Error(`NUANCHENG_EVENT_BUS: expected one of ${kinds.join(', ')}, got "${kind}"`);
  const shared = env.NUANCHENG_NATS_URL === 'off' ? undefined : env.NUANCHENG_NATS_URL;
  const natsServers = (env.NUANCHENG_EVENT_NATS_URL || shared || 'nats://127.0.0.1:4222')
    .split(',')
    .map((s) => s.trim());
  const natsSubject = env.NUANCHENG_EVENT_SUBJECT || 'nuancheng.events';
  if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(natsSubject))
    throw new Error(`NUANCHENG_EVENT_SUBJECT: expected a NATS subject such as nuancheng.events, got "${natsSubject}"`);
  return { kind: kind as EventBusKind | undefined, natsServers, natsSubject };
}

/**
 * The event bus for one store: in-process for a single server (SQLite), PostgreSQL LISTEN/NOTIFY by default on
 * PostgreSQL, or a NATS subject when configured. A PostgreSQL bus on an SQLite store is a configuration error.
 */
export async function openEventBus(
  store: Store,
  databaseUrl: string,
  config: EventBusConfig,
  logger: Logger,
): Promise<EventBus> {
  const kind = config.kind ?? (store.engine === 'postgres' ? 'postgres' : 'local');
  if (kind === 'local') return eventsOf(store.db);
  if (kind === 'postgres' && store.engine !== 'postgres')
    throw new Error('NUANCHENG_EVENT_BUS: postgres needs a PostgreSQL store (DATABASE_URL=postgres://…)');
  const transport =
    kind === 'postgres'
      ? new PostgresEventTransport({ connectionString: databaseUrl, db: store.db, logger })
      : new NatsEventTransport({ servers: config.natsServers, subject: config.natsSubject, logger });
  const bus = await ClusterEventBus.start({
    transport,
    toWire,
    fromWire: (wire) => fromWire(store.db, wire),
    logger,
  });
  logger.info({ bus: kind, instance: bus.instanceId }, `event bus: ${kind}`);
  return bus;
}

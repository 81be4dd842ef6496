import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { freshPostgresUrl, engines } from '../../../test/support/engines.ts';
import { serviceContext } from '../../../test/support/services.ts';
import type { Actor } from '../../access/roles.ts';
import { userPrincipal } from '../../access/principal.ts';
import type { EventBus, ServiceEvent } from '../../services/events.ts';
import { actOnWarning } from '../../services/warnings-manual.service.ts';
import { openEventBus, type EventBusConfig } from '../../startup/event-bus.ts';
import { openStore, type Store } from '../../store/database.ts';
import { migrateToLatest } from '../../store/migrate.ts';
import { NOTIFY_PAYLOAD_LIMIT, PostgresEventTransport } from './postgres-transport.ts';

const logger = pino({ level: 'silent' });
const duty: Actor = { id: 'd', username: 'duty', displayName: '值班员', role: 'dutyOfficer', unitId: null };

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`waited 20 s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** What one server's subscribers heard, by event. */
function recorder(bus: EventBus) {
  const heard: string[] = [];
  bus.subscribe((event: ServiceEvent) =>
    heard.push(
      event.type === 'warning.message'
        ? `${event.message.hazard}:${event.message.capXml.length > 0}`
        : event.type === 'warning.draft'
          ? `draft:${event.draftId}`
          : event.type,
    ),
  );
  return heard;
}

// Several servers share a PostgreSQL store, so both transports are tried on one (left out with NUANCHENG_SKIP_PG=1).
const transports: Array<{ name: string; config: () => EventBusConfig }> = [
  { name: 'PostgreSQL LISTEN/NOTIFY', config: () => ({ kind: 'postgres', natsServers: [], natsSubject: 'unused' }) },
  {
    name: 'NATS',
    config: (): EventBusConfig => ({
      kind: 'nats',
      natsServers: ['nats://127.0.0.1:4222'],
      natsSubject: `nuancheng.test.${randomBytes(6).toString('hex')}`,
    }),
  },
];

describe.skipIf(!engines.includes('postgres')).each(transports)('the cluster event bus over $name', ({ config }) => {
  const stores: Store[] = [];
  const buses: EventBus[] = [];
  afterEach(async () => {
    for (const bus of buses.splice(0)) await bus.close();
    for (const store of stores.splice(0)) await store.close();
  });

  /** Two servers on one PostgreSQL store (NATS runs over PostgreSQL here too: the store is what they share). */
  async function twoServers(url?: string, busConfig = config()) {
    const databaseUrl = url ?? (await freshPostgresUrl());
    const servers = [];
    for (let i = 0; i < 2; i++) {
      const store = openStore(databaseUrl);
      if (i === 0) await migrateToLatest(store.db);
      stores.push(store);
      const bus = await openEventBus(store, databaseUrl, busConfig, logger);
      buses.push(bus);
      servers.push({ ctx: { ...serviceContext(store), events: bus }, heard: recorder(bus) });
    }
    return { databaseUrl, busConfig, a: servers[0]!, b: servers[1]! };
  }

  it('a warning committed on A reaches the subscribers of A and of B exactly once each, loaded whole from the store', async () => {
    const { a, b } = await twoServers();
    await actOnWarning(a.ctx, userPrincipal(duty), { action: 'issue', hazard: 'gale', level: 'III' });
    expect(a.heard).toEqual(['gale:true']);
    await until(() => b.heard.length === 1, "B's subscriber");
    expect(b.heard).toEqual(['gale:true']);

    // Each bus delivers in order: once a marker sent after the warning has arrived, any second copy would have too.
    b.ctx.events.publish({ type: 'warning.draft', draftId: 'marker-from-b', state: 'draft' });
    await until(() => a.heard.length === 2, "B's marker on A");
    a.ctx.events.publish({ type: 'warning.draft', draftId: 'marker-from-a', state: 'draft' });
    await until(() => b.heard.length === 3, "A's marker on B");
    expect(a.heard).toEqual(['gale:true', 'draft:marker-from-b', 'draft:marker-from-a']);
    expect(b.heard).toEqual(['gale:true', 'draft:marker-from-b', 'draft:marker-from-a']);
  }, 60_000);

  it('servers of another store do not hear this one', async () => {
    const first = await twoServers();
    // PostgreSQL separates stores by database and schema; NATS by subject (NUANCHENG_EVENT_SUBJECT).
    const other = await twoServers(undefined, first.busConfig.kind === 'nats' ? config() : first.busConfig);
    first.a.ctx.events.publish({ type: 'warning.draft', draftId: 'first', state: 'draft' });
    other.a.ctx.events.publish({ type: 'warning.draft', draftId: 'other', state: 'draft' });
    await until(() => first.b.heard.length === 1 && other.b.heard.length === 1, 'both stores');
    first.a.ctx.events.publish({ type: 'warning.draft', draftId: 'first-marker', state: 'draft' });
    await until(() => first.b.heard.length === 2, 'the marker');
    expect(first.b.heard).toEqual(['draft:first', 'draft:first-marker']);
    expect(other.b.heard).toEqual(['draft:other']);
  }, 60_000);
});

describe.skipIf(!engines.includes('postgres'))('the PostgreSQL transport', () => {
  it('refuses an envelope NOTIFY could not carry, naming its size, instead of losing it silently', async () => {
    const url = await freshPostgresUrl();
    const store = openStore(url);
    const transport = new PostgresEventTransport({ connectionString: url, db: store.db, logger });
    try {
      const heard: string[] = [];
      await transport.start((payload) => heard.push(payload));
      await expect(transport.send('x'.repeat(NOTIFY_PAYLOAD_LIMIT + 1))).rejects.toThrow(
        `event envelope of ${NOTIFY_PAYLOAD_LIMIT + 1} bytes exceeds NOTIFY's ${NOTIFY_PAYLOAD_LIMIT}`,
      );
      await transport.send('small');
      await until(() => heard.length === 1, 'the small envelope');
      expect(heard).toEqual(['small']);
    } finally {
      await transport.close();
      await store.close();
    }
  });
});

import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { feedDay } from '../support/air-feed-file.ts';
import { engines, freshPostgresUrl } from '../support/engines.ts';
import { startReceiver, type Receiver } from '../support/http-receiver.ts';
import { readEvents } from '../support/event-stream.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { tempDir } from '../support/temp-dir.ts';

const adminPassword = 'two servers keep one city';

async function json(origin: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}) {
  const response = await fetch(`${origin}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function signIn(origin: string, username: string, password: string): Promise<string> {
  const login = await json(origin, '/api/auth/login', { method: 'POST', body: { username, password } });
  expect(login.status).toBe(200);
  return login.body.token as string;
}

const buses = [
  { bus: 'postgres', env: () => ({}) },
  {
    bus: 'nats',
    env: () => ({
      NUANCHENG_EVENT_BUS: 'nats',
      NUANCHENG_EVENT_SUBJECT: `nuancheng.test.${randomBytes(6).toString('hex')}`,
    }),
  },
];

describe.skipIf(!engines.includes('postgres')).each(buses)(
  'two servers on one PostgreSQL, events over $bus',
  ({ env }) => {
    const servers: ServerProcess[] = [];
    const data = tempDir();
    afterEach(async () => {
      for (const server of servers.splice(0)) await server.stop();
    });
    afterAll(() => data.remove());

    it("a warning committed through A's API reaches an event-stream client of B exactly once", async () => {
      const common = {
        DATABASE_URL: await freshPostgresUrl(),
        NUANCHENG_ADMIN_PASSWORD: adminPassword,
        NUANCHENG_DATA_DIR: data.path,
        ...env(),
      };
      // Both start at once on the new store: migrations, reference data and the first admin must not collide.
      servers.push(...(await Promise.all([startServerProcess(common), startServerProcess(common)])));
      const [a, b] = servers as [ServerProcess, ServerProcess];

      const admin = await signIn(a.origin, 'admin', adminPassword);
      const created = await json(a.origin, '/api/users', {
        method: 'POST',
        token: admin,
        body: {
          username: 'duty',
          displayName: '值班员',
          role: 'dutyOfficer',
          unitId: null,
          password: 'correct horse battery',
        },
      });
      expect(created.status).toBe(201);
      // Signed in on B, acting on A: one store, one system.
      const duty = await signIn(b.origin, 'duty', 'correct horse battery');
      const issue = (hazard: string) =>
        json(a.origin, '/api/warnings', {
          method: 'POST',
          token: duty,
          body: { action: 'issue', hazard, level: 'IV' },
        });

      let issued: Promise<unknown> = Promise.resolve();
      const onB = readEvents(
        b.origin,
        '/api/warnings/stream',
        {},
        (events) => events.some((event) => JSON.parse(event.data).hazard === 'fog'),
        // The second warning is a marker: the bus delivers in order, so a second copy of the first would be before it.
        () => void (issued = issue('gale').then((gale) => (expect(gale.status).toBe(201), issue('fog')))),
        30_000,
      );
      const events = await onB;
      await issued;
      expect(events.map((event) => JSON.parse(event.data).hazard)).toEqual(['gale', 'fog']);
      expect(events.map((event) => JSON.parse(event.data).msgType)).toEqual(['Alert', 'Alert']);

      for (const server of servers.splice(0)) expect(await server.stop()).toBe(0);
    }, 180_000);
  },
);

describe.skipIf(!engines.includes('postgres'))('two servers watching one air inbox', () => {
  const servers: ServerProcess[] = [];
  let receiver: Receiver | undefined;
  const data = tempDir();
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.stop();
    await receiver?.close();
    data.remove();
  });

  async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + 90_000;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`waited 90 s for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('a dropped feed file is imported once, and the ecology bureau hears once that a target is lost', async () => {
    receiver = await startReceiver();
    const databaseUrl = await freshPostgresUrl();
    const inbox = join(data.path, 'inbox');
    const channels = {
      endpoints: [
        { id: 'ecology', kind: 'webhook', url: `${receiver.url}/ecology`, secret: 's', notices: ['air-target-risk'] },
      ],
      pollMs: 200,
    };
    const env = {
      DATABASE_URL: databaseUrl,
      NUANCHENG_ADMIN_PASSWORD: adminPassword,
      NUANCHENG_DATA_DIR: data.path,
      NUANCHENG_AIR_INBOX: inbox,
      NUANCHENG_CHANNELS: JSON.stringify(channels),
    };
    servers.push(...(await Promise.all([startServerProcess(env), startServerProcess(env)])));
    await until(() => existsSync(join(inbox, 'done')), 'the inbox folders');
    // Written beside the inbox and renamed in, as a feed client should, so no server reads half a file.
    const staged = join(data.path, 'china_sites_20250101.csv');
    writeFileSync(staged, feedDay('20250101', 160));
    renameSync(staged, join(inbox, 'china_sites_20250101.csv'));
    await until(() => readdirSync(join(inbox, 'done')).length === 1, 'the import');
    await until(() => receiver!.delivered.size === 1, "the ecology bureau's notice");
    expect([...receiver.delivered]).toEqual(['air-target-risk:2025:ordos:city-heavy-day-ratio:lost/ecology']);

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ action: string; n: number }>(
        "SELECT action, count(*)::int AS n FROM audit_log WHERE action IN ('air.feed.imported', 'air.target.lost') GROUP BY action ORDER BY action",
      );
      expect(rows).toEqual([
        { action: 'air.feed.imported', n: 1 },
        { action: 'air.target.lost', n: 1 },
      ]);
    } finally {
      await client.end();
    }
  }, 180_000);
});

import { pino } from 'pino';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { meteoPlan, sampleWarning } from '../../test/support/dissemination.ts';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { tempDir } from '../../test/support/temp-dir.ts';
import type { Store } from '../store/database.ts';
import { listEndpointRoutes, replaceEndpointRoutes } from '../store/outbox-endpoints.repository.ts';
import { outboxCounts, pruneSent, requeueDead } from '../store/outbox-status.repository.ts';
import { setUpDissemination } from './dissemination-setup.ts';
import { enqueueWarningDissemination } from './outbox.ts';

function capture(): { logger: pino.Logger; lines: () => { level: number; msg: string }[] } {
  const out: string[] = [];
  const logger = pino(
    { level: 'info' },
    {
      write: (line: string) => {
        out.push(line);
      },
    },
  );
  return { logger, lines: () => out.map((line) => JSON.parse(line) as { level: number; msg: string }) };
}

const channels = JSON.stringify({
  endpoints: [
    {
      id: 'website',
      kind: 'webhook',
      url: 'http://127.0.0.1:9/hook',
      secret: { env: 'TEST_WEBSITE_SECRET' },
      channels: ['website'],
    },
    { id: 'gov-office', kind: 'email', to: ['office@ordos.example'], reportsTo: ['市人民政府'] },
  ],
  smtp: { host: '127.0.0.1', port: 2525, from: 'warnings@ordos.example' },
});

describe.each(engines)('setting up dissemination on %s', (engine) => {
  let store: Store;
  const dir = tempDir();
  afterEach(async () => store?.close());
  afterAll(() => dir.remove());

  it('stores the configured routes and builds a dispatcher', async () => {
    store = await openTestStore(engine);
    const log = capture();
    const setup = await setUpDissemination({
      db: store.db,
      plan: meteoPlan(),
      env: { NUANCHENG_CHANNELS: channels, TEST_WEBSITE_SECRET: 's' },
      dataDir: dir.path,
      logger: log.logger,
    });
    expect(setup.source).toBe('NUANCHENG_CHANNELS');
    expect(setup.dispatcher).not.toBeNull();
    await setup.dispatcher!.stop();
    expect(await listEndpointRoutes(store.db)).toEqual([
      {
        id: 'gov-office',
        kind: 'email',
        channels: [],
        reportsTo: ['市人民政府'],
        addresses: ['office@ordos.example'],
        notices: [],
      },
      { id: 'website', kind: 'webhook', channels: ['website'], reportsTo: [], addresses: [], notices: [] },
    ]);
  });

  it('with no channel configured: no routes, no dispatcher, and one line in the log saying so', async () => {
    store = await openTestStore(engine);
    await replaceEndpointRoutes(
      store.db,
      [{ id: 'old', kind: 'webhook', channels: ['website'], reportsTo: [], addresses: [] }],
      new Date(),
    );
    await store.db.transaction().execute((trx) => enqueueWarningDissemination(trx, sampleWarning(), meteoPlan()));
    const log = capture();
    const setup = await setUpDissemination({
      db: store.db,
      plan: meteoPlan(),
      env: {},
      dataDir: dir.path,
      logger: log.logger,
    });
    expect(setup.dispatcher).toBeNull();
    expect(await listEndpointRoutes(store.db)).toEqual([]);
    const warnings = log
      .lines()
      .filter((line) => line.level === 40)
      .map((line) => line.msg);
    expect(warnings).toEqual([
      'outbox: messages are waiting for endpoints that are no longer configured',
      'outbox: no dissemination channel is configured (NUANCHENG_CHANNELS, NUANCHENG_CHANNELS_FILE or channels.json in the data folder): warnings are not sent',
    ]);
  });

  it('a secret named by an unset environment variable stops the start, naming the field', async () => {
    store = await openTestStore(engine);
    await expect(
      setUpDissemination({
        db: store.db,
        plan: meteoPlan(),
        env: { NUANCHENG_CHANNELS: channels },
        dataDir: dir.path,
        logger: capture().logger,
      }),
    ).rejects.toThrow(
      'NUANCHENG_CHANNELS: endpoints[0].secret: the environment variable TEST_WEBSITE_SECRET is not set',
    );
  });

  it('given-up messages are counted, and queued again on request', async () => {
    store = await openTestStore(engine);
    await replaceEndpointRoutes(
      store.db,
      [{ id: 'website', kind: 'webhook', channels: ['website'], reportsTo: [], addresses: [] }],
      new Date(),
    );
    await store.db
      .transaction()
      .execute((trx) =>
        enqueueWarningDissemination(trx, sampleWarning(), meteoPlan(), new Date('2024-07-01T00:00:00Z')),
      );
    await store.db
      .updateTable('outbox_messages')
      .set({ status: 'dead', attempts: 8, last_error: 'HTTP 401' })
      .execute();
    expect((await outboxCounts(store.db)).map((c) => [c.endpointId, c.status, c.messages])).toEqual([
      ['website', 'dead', 1],
    ]);
    expect(await requeueDead(store.db, new Date('2024-07-02T00:00:00Z'), 'other')).toBe(0);
    expect(await requeueDead(store.db, new Date('2024-07-02T00:00:00Z'), 'website')).toBe(1);
    expect(await outboxCounts(store.db)).toEqual([
      { endpointId: 'website', status: 'pending', messages: 1, at: '2024-07-02T00:00:00.000Z' },
    ]);
  });

  it('counts the messages of one warning, and prunes sent ones (with their payloads) but never pending or dead ones', async () => {
    store = await openTestStore(engine);
    await replaceEndpointRoutes(
      store.db,
      [
        { id: 'website', kind: 'webhook', channels: ['website'], reportsTo: [], addresses: [] },
        { id: 'screens', kind: 'webhook', channels: ['displayScreen'], reportsTo: [], addresses: [] },
      ],
      new Date(),
    );
    const at = new Date('2024-07-01T00:00:00Z');
    await store.db.transaction().execute((trx) => enqueueWarningDissemination(trx, sampleWarning(), meteoPlan(), at));
    await store.db
      .transaction()
      .execute((trx) =>
        enqueueWarningDissemination(trx, sampleWarning({ id: 'msg-2', identifier: 'CN-2' }), meteoPlan(), at),
      );
    await store.db
      .updateTable('outbox_messages')
      .set({ status: 'sent', sent_at: '2024-07-01T00:01:00.000Z' })
      .where('endpoint_id', '=', 'website')
      .execute();
    expect((await outboxCounts(store.db, 'msg-2')).map((c) => [c.endpointId, c.status, c.messages])).toEqual([
      ['screens', 'pending', 1],
      ['website', 'sent', 1],
    ]);
    expect(await pruneSent(store.db, new Date('2024-07-01T00:01:00.000Z'))).toBe(0);
    expect(await pruneSent(store.db, new Date('2024-07-02T00:00:00Z'))).toBe(2);
    expect((await outboxCounts(store.db)).map((c) => [c.endpointId, c.status, c.messages])).toEqual([
      ['screens', 'pending', 2],
    ]);
    const payloads = await store.db.selectFrom('outbox_payloads').select('endpoint_id').execute();
    expect(payloads.map((p) => p.endpoint_id)).toEqual(['screens', 'screens']);
  });
});

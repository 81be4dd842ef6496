import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { engines, freshPostgresUrl } from '../../test/support/engines.ts';
import { meteoPlan, sampleWarning } from '../../test/support/dissemination.ts';
import { startReceiver, type Receiver } from '../../test/support/http-receiver.ts';
import { tempDir } from '../../test/support/temp-dir.ts';
import { openStore, type Engine, type Store } from '../store/database.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { claimDueMessages } from '../store/outbox-dispatch.repository.ts';
import { replaceEndpointRoutes } from '../store/outbox-endpoints.repository.ts';
import { upsertSmsSubscribers } from '../store/sms-subscribers.repository.ts';
import { smsGatewaySender } from './channels/sms-gateway.ts';
import { Dispatcher } from './dispatcher.ts';
import { enqueueWarningDissemination } from './outbox.ts';

const queuedAt = new Date('2024-07-01T00:00:00.000Z');

/** Two connections (pools) to one store, as two dispatcher processes would have. */
async function twoConnections(engine: Engine): Promise<{ a: Store; b: Store; close: () => Promise<void> }> {
  if (engine === 'postgres') {
    const url = await freshPostgresUrl();
    const a = openStore(url);
    await migrateToLatest(a.db);
    const b = openStore(url);
    return {
      a,
      b,
      close: async () => {
        await a.close();
        await b.close();
      },
    };
  }
  const dir = tempDir();
  const file = join(dir.path, 'outbox.sqlite');
  const a = openStore(file);
  await migrateToLatest(a.db);
  const b = openStore(file);
  return {
    a,
    b,
    close: async () => {
      await a.close();
      await b.close();
      dir.remove();
    },
  };
}

async function queue(store: Store, phones: number): Promise<void> {
  await replaceEndpointRoutes(
    store.db,
    [{ id: 'sms-gateway', kind: 'sms', channels: [], reportsTo: [], addresses: [] }],
    queuedAt,
  );
  await upsertSmsSubscribers(
    store.db,
    Array.from({ length: phones }, (_, i) => ({ phone: String(13_800_000_000 + i), divisionCode: '150627' })),
  );
  await store.db
    .transaction()
    .execute((trx) =>
      enqueueWarningDissemination(trx, sampleWarning({ hazard: 'gale', areaCodes: ['150600'] }), meteoPlan(), queuedAt),
    );
}

describe.each(engines)('claims on %s', (engine) => {
  let stores: Awaited<ReturnType<typeof twoConnections>> | undefined;
  let receiver: Receiver | undefined;
  afterEach(async () => {
    await receiver?.close();
    await stores?.close();
  });

  it("a claimed message is nobody else's until its lease runs out; then it is due again, the attempt counted", async () => {
    stores = await twoConnections(engine);
    await queue(stores.a, 3);
    const at = (s: number) => new Date(queuedAt.getTime() + s * 1000);
    const first = await claimDueMessages(stores.a.db, {
      endpointId: 'sms-gateway',
      owner: 'a',
      now: at(0),
      leaseUntil: at(60),
      limit: 2,
    });
    expect(first.map((m) => m.attempts)).toEqual([1, 1]);
    const second = await claimDueMessages(stores.b.db, {
      endpointId: 'sms-gateway',
      owner: 'b',
      now: at(30),
      leaseUntil: at(90),
      limit: 10,
    });
    expect(second).toHaveLength(1);
    expect(second[0]!.recipient).not.toBe(first[0]!.recipient);
    expect(
      await claimDueMessages(stores.b.db, {
        endpointId: 'sms-gateway',
        owner: 'b',
        now: at(59),
        leaseUntil: at(119),
        limit: 10,
      }),
    ).toEqual([]);
    const retaken = await claimDueMessages(stores.b.db, {
      endpointId: 'sms-gateway',
      owner: 'b',
      now: at(61),
      leaseUntil: at(121),
      limit: 10,
    });
    expect(retaken.map((m) => m.recipient).sort()).toEqual(first.map((m) => m.recipient).sort());
    expect(retaken.map((m) => m.attempts)).toEqual([2, 2]);
  });

  it('two dispatchers at once, each with several workers, send every message once', async () => {
    stores = await twoConnections(engine);
    await queue(stores.a, 300);
    receiver = await startReceiver(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { status: 200 };
    });
    const sender = () =>
      smsGatewaySender({
        id: 'sms-gateway',
        url: `${receiver!.url}/sms`,
        token: undefined,
        secret: undefined,
        batchSize: 7,
        concurrency: 3,
        timeoutMs: 5000,
        rate: { perSecond: 100_000, burst: 100_000 },
      });
    const logger = pino({ level: 'silent' });
    const [one, two] = await Promise.all([
      new Dispatcher({ db: stores.a.db, senders: [sender()], logger, owner: 'one' }).runOnce(),
      new Dispatcher({ db: stores.b.db, senders: [sender()], logger, owner: 'two' }).runOnce(),
    ]);
    expect(one.sent + two.sent).toBe(300);
    expect(receiver.arrivals.size).toBe(300);
    expect([...receiver.arrivals.values()].every((count) => count === 1)).toBe(true);
    const left = await stores.a.db
      .selectFrom('outbox_messages')
      .select('status')
      .where('status', '!=', 'sent')
      .execute();
    expect(left).toEqual([]);
  });
});

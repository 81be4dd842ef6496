import { afterEach, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { meteoPlan, sampleWarning } from '../../test/support/dissemination.ts';
import type { EndpointRoute } from '../alerts/dissemination/endpoints.ts';
import type { Store } from '../store/database.ts';
import { replaceEndpointRoutes } from '../store/outbox-endpoints.repository.ts';
import { upsertSmsSubscribers } from '../store/sms-subscribers.repository.ts';
import { enqueueWarningDissemination } from './outbox.ts';

const plan = meteoPlan();
const endpoints: EndpointRoute[] = [
  { id: 'sms-gateway', kind: 'sms', channels: [], reportsTo: [], addresses: [] },
  { id: 'website', kind: 'webhook', channels: ['website'], reportsTo: [], addresses: [] },
  {
    id: 'gov-mail',
    kind: 'email',
    channels: [],
    reportsTo: ['市人民政府', '市防灾减灾救灾委员会'],
    addresses: ['a@ordos.example', 'b@ordos.example'],
  },
];

async function seeded(engine: (typeof engines)[number]): Promise<Store> {
  const store = await openTestStore(engine);
  await replaceEndpointRoutes(store.db, endpoints, new Date('2024-07-01T00:00:00Z'));
  await upsertSmsSubscribers(store.db, [
    { phone: '13900000001', divisionCode: '150602' },
    { phone: '13900000002', divisionCode: '150602' },
    { phone: '13900000003', divisionCode: '150603' },
    { phone: '13900000004', divisionCode: '150621' },
    { phone: '13900000005', divisionCode: '152501' },
  ]);
  return store;
}

async function messages(store: Store) {
  return store.db
    .selectFrom('outbox_messages')
    .select(['endpoint_id', 'recipient', 'status', 'attempts'])
    .orderBy('endpoint_id')
    .orderBy('recipient')
    .execute();
}

describe.each(engines)('the outbox on %s', (engine) => {
  let store: Store;
  afterEach(async () => store?.close());

  it('3.3.4: a rainstorm warning queues the full-network SMS to the subscribers of its area, with the other channels', async () => {
    store = await seeded(engine);
    const result = await store.db
      .transaction()
      .execute((trx) => enqueueWarningDissemination(trx, sampleWarning({ areaCodes: ['150602', '150603'] }), plan));
    expect(result).toEqual({ messages: 6 });
    expect(await messages(store)).toEqual([
      { endpoint_id: 'gov-mail', recipient: 'a@ordos.example', status: 'pending', attempts: 0 },
      { endpoint_id: 'gov-mail', recipient: 'b@ordos.example', status: 'pending', attempts: 0 },
      { endpoint_id: 'sms-gateway', recipient: '13900000001', status: 'pending', attempts: 0 },
      { endpoint_id: 'sms-gateway', recipient: '13900000002', status: 'pending', attempts: 0 },
      { endpoint_id: 'sms-gateway', recipient: '13900000003', status: 'pending', attempts: 0 },
      { endpoint_id: 'website', recipient: '', status: 'pending', attempts: 0 },
    ]);
    const payloads = await store.db
      .selectFrom('outbox_payloads')
      .select(['endpoint_id', 'purpose', 'routing'])
      .orderBy('endpoint_id')
      .execute();
    expect(payloads.map((p) => [p.endpoint_id, p.purpose])).toEqual([
      ['gov-mail', 'firstReport'],
      ['sms-gateway', 'public'],
      ['website', 'public'],
    ]);
    expect(JSON.parse(payloads[1]!.routing)).toMatchObject({
      clause: '3.3.4',
      fullNetworkSms: { send: true, reason: 'hazard' },
    });
  });

  it('3.3.4: a city-wide code (150600) reaches every county of the city and no other', async () => {
    store = await seeded(engine);
    await store.db
      .transaction()
      .execute((trx) => enqueueWarningDissemination(trx, sampleWarning({ areaCodes: ['150600'] }), plan));
    const phones = (await messages(store)).filter((m) => m.endpoint_id === 'sms-gateway').map((m) => m.recipient);
    expect(phones).toEqual(['13900000001', '13900000002', '13900000003', '13900000004']);
  });

  it('3.3.4: a fog warning sends no SMS unless a duty officer judged it of major impact', async () => {
    store = await seeded(engine);
    await store.db
      .transaction()
      .execute((trx) => enqueueWarningDissemination(trx, sampleWarning({ hazard: 'fog' }), plan));
    expect((await messages(store)).filter((m) => m.endpoint_id === 'sms-gateway')).toEqual([]);
    await store.db
      .transaction()
      .execute((trx) =>
        enqueueWarningDissemination(
          trx,
          sampleWarning({ hazard: 'fog', identifier: 'CN-fog-2', id: 'msg-2', majorImpact: true }),
          plan,
        ),
      );
    expect((await messages(store)).filter((m) => m.endpoint_id === 'sms-gateway')).toHaveLength(3);
  });

  it('7.1: an Exercise warning queues nothing at all', async () => {
    store = await seeded(engine);
    const result = await store.db
      .transaction()
      .execute((trx) => enqueueWarningDissemination(trx, sampleWarning({ status: 'Exercise' }), plan));
    expect(result).toEqual({ messages: 0 });
    expect(await messages(store)).toEqual([]);
    expect(await store.db.selectFrom('outbox_payloads').selectAll().execute()).toEqual([]);
  });

  it('messages commit with the warning or not at all', async () => {
    store = await seeded(engine);
    await expect(
      store.db.transaction().execute(async (trx) => {
        await enqueueWarningDissemination(trx, sampleWarning(), plan);
        throw new Error('the warning could not be written');
      }),
    ).rejects.toThrow('the warning could not be written');
    expect(await messages(store)).toEqual([]);
  });

  it('committing the same warning message again queues nothing more', async () => {
    store = await seeded(engine);
    await store.db.transaction().execute((trx) => enqueueWarningDissemination(trx, sampleWarning(), plan));
    const again = await store.db
      .transaction()
      .execute((trx) => enqueueWarningDissemination(trx, sampleWarning(), plan));
    expect(again).toEqual({ messages: 0 });
    expect(await messages(store)).toHaveLength(6);
  });

  it('with no endpoint configured a warning queues nothing', async () => {
    store = await openTestStore(engine);
    const result = await store.db
      .transaction()
      .execute((trx) => enqueueWarningDissemination(trx, sampleWarning(), plan));
    expect(result).toEqual({ messages: 0 });
  });
});

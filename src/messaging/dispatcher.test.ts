import { createHmac } from 'node:crypto';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { meteoPlan, sampleWarning } from '../../test/support/dissemination.ts';
import { startReceiver, type Answer, type ReceivedRequest, type Receiver } from '../../test/support/http-receiver.ts';
import type { EndpointRoute } from '../alerts/dissemination/endpoints.ts';
import { auditTrail, verifyAuditLog } from '../store/audit.repository.ts';
import type { Store } from '../store/database.ts';
import { replaceEndpointRoutes } from '../store/outbox-endpoints.repository.ts';
import { upsertSmsSubscribers } from '../store/sms-subscribers.repository.ts';
import type { ChannelSender } from './channels/sender.ts';
import { smsGatewaySender } from './channels/sms-gateway.ts';
import { webhookSender } from './channels/webhook.ts';
import { wecomSender } from './channels/wecom.ts';
import { Dispatcher } from './dispatcher.ts';
import { enqueueWarningDissemination } from './outbox.ts';

const plan = meteoPlan();
const queuedAt = new Date('2024-07-01T00:00:00.000Z');
const logger = pino({ level: 'silent' });
const fast = { perSecond: 1000, burst: 1000 };
const policy = { baseMs: 1000, maxMs: 60_000, maxAttempts: 3 };
const routes: EndpointRoute[] = [
  { id: 'sms-gateway', kind: 'sms', channels: [], reportsTo: [], addresses: [] },
  { id: 'website', kind: 'webhook', channels: ['website'], reportsTo: [], addresses: [] },
  { id: 'screens', kind: 'webhook', channels: ['displayScreen'], reportsTo: [], addresses: [] },
  { id: 'gov-bot', kind: 'wecom', channels: [], reportsTo: ['市人民政府'], addresses: [] },
];

function senders(url: string): ChannelSender[] {
  return [
    smsGatewaySender({
      id: 'sms-gateway',
      url: `${url}/sms`,
      token: 'gw-token',
      secret: undefined,
      batchSize: 10,
      concurrency: 2,
      timeoutMs: 5000,
      rate: fast,
    }),
    webhookSender({ id: 'website', url: `${url}/website`, secret: 'website-secret', timeoutMs: 5000, rate: fast }),
    webhookSender({ id: 'screens', url: `${url}/screens`, secret: 'screens-secret', timeoutMs: 5000, rate: fast }),
    wecomSender({ id: 'gov-bot', url: `${url}/wecom?key=bot-key`, timeoutMs: 5000, rate: fast }),
  ];
}

async function queued(engine: (typeof engines)[number], subscribers = 25): Promise<Store> {
  const store = await openTestStore(engine);
  await replaceEndpointRoutes(store.db, routes, new Date());
  await upsertSmsSubscribers(
    store.db,
    Array.from({ length: subscribers }, (_, i) => ({ phone: String(13_900_000_000 + i), divisionCode: '150602' })),
  );
  await store.db
    .transaction()
    .execute((trx) => enqueueWarningDissemination(trx, sampleWarning({ areaCodes: ['150602'] }), plan, queuedAt));
  return store;
}

async function statuses(store: Store, endpoint: string) {
  return store.db
    .selectFrom('outbox_messages')
    .select(['status', 'attempts', 'next_attempt_at', 'last_error', 'receipt'])
    .where('endpoint_id', '=', endpoint)
    .execute();
}

function wecomOk(request: ReceivedRequest): Answer | undefined {
  return request.path.startsWith('/wecom') ? { status: 200, body: '{"errcode":0,"errmsg":"ok"}' } : undefined;
}

describe.each(engines)('the dispatcher on %s', (engine) => {
  let store: Store;
  let receiver: Receiver;
  afterEach(async () => {
    await receiver?.close();
    await store?.close();
  });

  it('sends every channel its text: signed webhooks, SMS batches with a key per number, the bot markdown', async () => {
    store = await queued(engine);
    receiver = await startReceiver((request) => wecomOk(request) ?? { status: 200, body: '{"batchId":"b-1"}' });
    const summary = await new Dispatcher({
      db: store.db,
      senders: senders(receiver.url),
      logger,
      retry: policy,
    }).runOnce();
    expect(summary).toEqual({ sent: 28, retried: 0, dead: 0 });

    const website = receiver.requests.find((r) => r.path === '/website')!;
    const timestamp = website.headers['x-nuancheng-timestamp'] as string;
    const expected = `sha256=${createHmac('sha256', 'website-secret').update(`${timestamp}.${website.body}`).digest('hex')}`;
    expect(website.headers['x-nuancheng-signature']).toBe(expected);
    expect(website.headers['idempotency-key']).toBe('CN-150600-20240701T0800-rainstorm-1/website');
    expect(JSON.parse(website.body)).toMatchObject({
      idempotencyKey: 'CN-150600-20240701T0800-rainstorm-1/website',
      purpose: 'public',
      warning: { level: 'II' },
    });

    const sms = receiver.requests.filter((r) => r.path === '/sms');
    expect(sms.map((r) => (JSON.parse(r.body) as { messages: unknown[] }).messages.length).sort()).toEqual([10, 10, 5]);
    const first = JSON.parse(sms[0]!.body) as {
      segments: string[];
      messages: { to: string; idempotencyKey: string }[];
    };
    expect(first.segments.every((segment) => segment.length <= 70)).toBe(true);
    expect(first.messages[0]!.idempotencyKey).toBe(
      `CN-150600-20240701T0800-rainstorm-1/sms-gateway/${first.messages[0]!.to}`,
    );
    expect(sms[0]!.headers.authorization).toBe('Bearer gw-token');

    const bot = receiver.requests.find((r) => r.path.startsWith('/wecom'))!;
    const markdown = JSON.parse(bot.body) as { msgtype: string; markdown: { content: string } };
    expect(markdown.msgtype).toBe('markdown');
    expect(markdown.markdown.content).toContain('首报:报市委、市人民政府');

    expect(receiver.delivered.size).toBe(28);
    expect(
      (await statuses(store, 'sms-gateway')).every(
        (m) => m.status === 'sent' && JSON.parse(m.receipt!).batchId === 'b-1',
      ),
    ).toBe(true);
    const trail = await auditTrail(store.db, 'warning_message', 'msg-0001');
    expect(trail.map((e) => e.action).filter((a) => a === 'warning.message.sent')).toHaveLength(6);
    expect(await verifyAuditLog(store.db)).toMatchObject({ ok: true });
  });

  it('a failing channel never blocks another; it backs off exponentially, then is given up and reported', async () => {
    store = await queued(engine, 3);
    receiver = await startReceiver(
      (request) => wecomOk(request) ?? (request.path === '/screens' ? { status: 503, body: 'down' } : { status: 200 }),
    );
    let now = new Date('2024-07-01T00:00:00.000Z');
    const dispatcher = new Dispatcher({
      db: store.db,
      senders: senders(receiver.url),
      logger,
      retry: policy,
      now: () => now,
      random: () => 1,
    });
    expect(await dispatcher.runOnce()).toEqual({ sent: 5, retried: 1, dead: 0 });
    expect(await statuses(store, 'screens')).toMatchObject([
      { status: 'pending', attempts: 1, next_attempt_at: '2024-07-01T00:00:01.000Z', last_error: 'HTTP 503: down' },
    ]);
    expect((await statuses(store, 'website'))[0]!.status).toBe('sent');

    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 0, dead: 0 });
    now = new Date('2024-07-01T00:00:01.000Z');
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 1, dead: 0 });
    expect((await statuses(store, 'screens'))[0]!.next_attempt_at).toBe('2024-07-01T00:00:03.000Z');
    now = new Date('2024-07-01T00:00:03.000Z');
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 0, dead: 1 });
    expect(await statuses(store, 'screens')).toMatchObject([{ status: 'dead', attempts: 3 }]);
    expect(receiver.requests.filter((r) => r.path === '/screens')).toHaveLength(3);
    const failed = (await auditTrail(store.db, 'warning_message', 'msg-0001')).filter(
      (e) => e.action === 'warning.message.failed',
    );
    expect(failed).toHaveLength(1);
    expect(failed[0]!.payload).toMatchObject({
      endpoint: 'screens',
      messages: 1,
      attempts: 3,
      error: 'HTTP 503: down',
    });
  });

  it("a refusal (4xx, or the bot's errcode) is given up at once; a gateway may refuse single numbers", async () => {
    store = await queued(engine, 3);
    receiver = await startReceiver((request) => {
      if (request.path.startsWith('/wecom'))
        return { status: 200, body: '{"errcode":93000,"errmsg":"invalid webhook url"}' };
      if (request.path === '/website') return { status: 401, body: 'bad signature' };
      if (request.path === '/sms')
        return {
          status: 200,
          body: JSON.stringify({
            batchId: 'b-2',
            rejected: [
              { idempotencyKey: 'CN-150600-20240701T0800-rainstorm-1/sms-gateway/13900000001', reason: 'empty number' },
            ],
          }),
        };
      return { status: 200 };
    });
    const summary = await new Dispatcher({
      db: store.db,
      senders: senders(receiver.url),
      logger,
      retry: policy,
    }).runOnce();
    expect(summary).toEqual({ sent: 3, retried: 0, dead: 3 });
    expect(await statuses(store, 'gov-bot')).toMatchObject([
      { status: 'dead', last_error: 'errcode 93000: invalid webhook url' },
    ]);
    expect(await statuses(store, 'website')).toMatchObject([{ status: 'dead', last_error: 'HTTP 401: bad signature' }]);
    const sms = await store.db
      .selectFrom('outbox_messages')
      .select(['recipient', 'status'])
      .where('endpoint_id', '=', 'sms-gateway')
      .orderBy('recipient')
      .execute();
    expect(sms).toEqual([
      { recipient: '13900000000', status: 'sent' },
      { recipient: '13900000001', status: 'dead' },
      { recipient: '13900000002', status: 'sent' },
    ]);
  });

  it('a receiver that is not there is retried like a busy one', async () => {
    store = await queued(engine, 0);
    const closed = await startReceiver();
    const url = closed.url;
    await closed.close();
    receiver = await startReceiver((request) => wecomOk(request) ?? { status: 200 });
    const all = senders(receiver.url).filter((s) => s.endpointId !== 'website');
    all.push(webhookSender({ id: 'website', url: `${url}/website`, secret: 's', timeoutMs: 5000, rate: fast }));
    const summary = await new Dispatcher({ db: store.db, senders: all, logger, retry: policy }).runOnce();
    expect(summary).toEqual({ sent: 2, retried: 1, dead: 0 });
    expect((await statuses(store, 'website'))[0]!.last_error).toBe('ECONNREFUSED');
  });

  it("keeps to each channel's rate limit: with the clock still, a burst of 2 sends 2 and no more", async () => {
    store = await queued(engine, 5);
    receiver = await startReceiver((request) => wecomOk(request) ?? { status: 200 });
    const now = new Date('2024-07-01T00:00:00.000Z');
    const limited = senders(receiver.url).map((sender) =>
      sender.kind === 'sms' ? { ...sender, batchSize: 1, rate: { perSecond: 1, burst: 2 } } : sender,
    );
    const dispatcher = new Dispatcher({
      db: store.db,
      senders: limited,
      logger,
      retry: policy,
      now: () => now,
      pollMs: 20,
    });
    dispatcher.start();
    await waitFor(() => receiver.requests.filter((r) => r.path === '/sms').length >= 2 && receiver.delivered.size >= 5);
    // Several polls later, still two: the bucket refills only as the (still) clock moves.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await dispatcher.stop();
    expect(receiver.requests.filter((r) => r.path === '/sms')).toHaveLength(2);
    expect((await statuses(store, 'sms-gateway')).filter((m) => m.status === 'pending')).toHaveLength(3);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 1000) throw new Error('waited 10 s in vain');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

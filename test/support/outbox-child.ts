// A dispatcher process for the kill test (src/messaging/outbox-kill.test.ts), run as `node --import tsx`.
// MODE=commit: queues a warning's messages in one transaction, prints "committed N", then waits for a line on
// standard input before it starts sending (so the test can kill it between commit and send, or while sending).
// MODE=dispatch: sends until nothing is pending, then prints "drained" and exits.
import { createInterface } from 'node:readline';
import { pino } from 'pino';
import { smsGatewaySender } from '../../src/messaging/channels/sms-gateway.ts';
import { webhookSender } from '../../src/messaging/channels/webhook.ts';
import { wecomSender } from '../../src/messaging/channels/wecom.ts';
import { Dispatcher } from '../../src/messaging/dispatcher.ts';
import { enqueueWarningDissemination } from '../../src/messaging/outbox.ts';
import { openStore } from '../../src/store/database.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { pendingByEndpoint } from '../../src/store/outbox-status.repository.ts';
import { replaceEndpointRoutes } from '../../src/store/outbox-endpoints.repository.ts';
import { upsertSmsSubscribers } from '../../src/store/sms-subscribers.repository.ts';
import { meteoPlan, sampleWarning } from './dissemination.ts';

const { MODE, DATABASE_URL, RECEIVER_URL, LEASE_MS, PHONES } = process.env;
const store = openStore(DATABASE_URL!);
const rate = { perSecond: 10_000, burst: 10_000 };
const dispatcher = new Dispatcher({
  db: store.db,
  logger: pino({ level: 'silent' }),
  leaseMs: Number(LEASE_MS),
  retry: { baseMs: 100, maxMs: 1000, maxAttempts: 50 },
  senders: [
    smsGatewaySender({
      id: 'sms-gateway',
      url: `${RECEIVER_URL}/sms`,
      token: undefined,
      secret: undefined,
      batchSize: 4,
      concurrency: 2,
      timeoutMs: 1000,
      rate,
    }),
    webhookSender({ id: 'website', url: `${RECEIVER_URL}/website`, secret: 's1', timeoutMs: 1000, rate }),
    webhookSender({ id: 'screens', url: `${RECEIVER_URL}/screens`, secret: 's2', timeoutMs: 1000, rate }),
    wecomSender({ id: 'gov-bot', url: `${RECEIVER_URL}/wecom`, timeoutMs: 1000, rate }),
  ],
});

if (MODE === 'commit') {
  await migrateToLatest(store.db);
  await replaceEndpointRoutes(
    store.db,
    [
      { id: 'sms-gateway', kind: 'sms', channels: [], reportsTo: [], addresses: [] },
      { id: 'website', kind: 'webhook', channels: ['website'], reportsTo: [], addresses: [] },
      { id: 'screens', kind: 'webhook', channels: ['displayScreen'], reportsTo: [], addresses: [] },
      { id: 'gov-bot', kind: 'wecom', channels: [], reportsTo: ['市委'], addresses: [] },
    ],
    new Date(),
  );
  await upsertSmsSubscribers(
    store.db,
    Array.from({ length: Number(PHONES) }, (_, i) => ({ phone: String(13_700_000_000 + i), divisionCode: '150602' })),
  );
  const { messages } = await store.db
    .transaction()
    .execute((trx) => enqueueWarningDissemination(trx, sampleWarning({ areaCodes: ['150600'] }), meteoPlan()));
  process.stdout.write(`committed ${messages}\n`);
  const lines = createInterface({ input: process.stdin });
  await new Promise((resolve) => lines.once('line', resolve));
  lines.close();
  // Killed somewhere in here by the test.
  await dispatcher.runOnce();
} else {
  const deadline = Date.now() + 60_000;
  while ((await pendingByEndpoint(store.db)).length > 0) {
    if (Date.now() > deadline) throw new Error('the outbox did not drain');
    await dispatcher.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.stdout.write('drained\n');
}
await dispatcher.stop();
await store.close();

// Queueing one warning to every phone in Ordos (2.3 million, the city's population) inside the warning's
// transaction: time, peak memory and store size, on SQLite (a temporary file) and on PostgreSQL (a fresh
// database on 127.0.0.1, skipped when none answers).
import { statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { sql } from 'kysely';
import { defaultPlansDir, loadPlanFolder } from '../src/catalog/plan-files.ts';
import { smsGatewaySender } from '../src/messaging/channels/sms-gateway.ts';
import { Dispatcher } from '../src/messaging/dispatcher.ts';
import { enqueueWarningDissemination, type WarningForDissemination } from '../src/messaging/outbox.ts';
import type { MeteoPlan } from '../src/plans/registry.ts';
import { openStore, type Store } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { replaceEndpointRoutes } from '../src/store/outbox-endpoints.repository.ts';
import { upsertSmsSubscribers, type SmsSubscriber } from '../src/store/sms-subscribers.repository.ts';
import { tempDir } from '../test/support/temp-dir.ts';
import { pino } from 'pino';
import { mib, report } from './support.ts';
import { withBenchDatabase } from './postgres.ts';

// The population of Ordos; BENCH_OUTBOX_PHONES sets another (a quick look at a smaller city).
const population = Number(process.env.BENCH_OUTBOX_PHONES ?? 2_300_000);
const divisions = ['150602', '150603', '150621', '150622', '150623', '150624', '150625', '150626', '150627'];

function* subscribers(count: number): Generator<SmsSubscriber> {
  for (let i = 0; i < count; i++)
    yield { phone: String(13_900_000_000 + i * 7), divisionCode: divisions[i % divisions.length]! };
}

const warning: WarningForDissemination = {
  id: 'bench-warning-0001',
  identifier: 'CN-150600-20240701080000-rainstorm',
  msgType: 'Alert',
  status: 'Actual',
  hazard: 'rainstorm',
  level: 'II',
  headlineZh: '鄂尔多斯市气象台发布暴雨橙色预警',
  descriptionZh: '预计未来24小时全市大部地区将出现暴雨,局地大暴雨,请注意防范城市内涝、山洪和地质灾害。',
  areaCodes: ['150600'],
  sent: '2024-07-01T00:00:00Z',
  expires: '2024-07-02T00:00:00Z',
  capXml: '<alert/>',
};

/**
 * Times `fn` and reads the kernel's peak resident set after it (maxRSS, the whole run so far): SQLite works inside
 * this process and blocks it while a statement runs, so sampling from a timer would miss its peak.
 */
async function peakRss<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; peak: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start, peak: process.resourceUsage().maxRSS * 1024 };
}

async function queueCity(store: Store, plan: MeteoPlan, label: string, size: () => Promise<number>): Promise<void> {
  await replaceEndpointRoutes(
    store.db,
    [
      { id: 'sms-gateway', kind: 'sms', channels: [], reportsTo: [], addresses: [] },
      { id: 'city-website', kind: 'webhook', channels: ['website'], reportsTo: [], addresses: [] },
      {
        id: 'duty-email',
        kind: 'email',
        channels: [],
        reportsTo: ['市委', '市人民政府', '市防灾减灾救灾委员会'],
        addresses: ['duty@ordos.example'],
      },
    ],
    new Date(),
  );
  const load = await peakRss(() => upsertSmsSubscribers(store.db, subscribers(population)));
  report(`${label}: load ${load.value.toLocaleString('en')} subscribers`, `${(load.ms / 1000).toFixed(1)} s`);
  const before = await size();
  report(`${label}:   RSS before queueing`, mib(process.memoryUsage().rss));
  const queued = await peakRss(() =>
    store.db.transaction().execute((trx) => enqueueWarningDissemination(trx, warning, plan)),
  );
  report(
    `${label}: queue one warning to ${queued.value.messages.toLocaleString('en')} messages`,
    `${(queued.ms / 1000).toFixed(1)} s (target < 60 s)`,
  );
  report(`${label}:   peak RSS of the run so far (kernel maxRSS)`, mib(queued.peak));
  report(`${label}:   store growth`, mib((await size()) - before));
  await dispatchSome(store, label, 100_000);
}

/**
 * Sends the first `count` of those SMS through a gateway on 127.0.0.1 (batches of 1,000, 4 workers), with the
 * whole city still pending behind them: what the claim, the send and the receipt cost per message.
 */
async function dispatchSome(store: Store, label: string, count: number): Promise<void> {
  let numbers = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      numbers += (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { messages: unknown[] }).messages.length;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"batchId":"bench"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  const dispatcher = new Dispatcher({
    db: store.db,
    logger: pino({ level: 'silent' }),
    senders: [
      smsGatewaySender({
        id: 'sms-gateway',
        url,
        token: undefined,
        secret: undefined,
        batchSize: 1000,
        concurrency: 4,
        timeoutMs: 15_000,
        rate: { perSecond: 1e9, burst: 1e9 },
      }),
    ],
  });
  const start = performance.now();
  dispatcher.start();
  while (numbers < count) await new Promise((resolve) => setTimeout(resolve, 20));
  await dispatcher.stop();
  const seconds = (performance.now() - start) / 1000;
  server.close();
  const sent = await store.db
    .selectFrom('outbox_messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'sent')
    .executeTakeFirstOrThrow();
  report(
    `${label}: send ${Number(sent.n).toLocaleString('en')} SMS to a local gateway`,
    `${seconds.toFixed(1)} s (${Math.round(Number(sent.n) / seconds).toLocaleString('en')} numbers/s)`,
  );
}

async function onSqlite(plan: MeteoPlan): Promise<void> {
  const dir = tempDir('nuancheng-bench-outbox-');
  const file = join(dir.path, 'bench.sqlite');
  const store = openStore(file);
  try {
    await migrateToLatest(store.db);
    const size = async (): Promise<number> => {
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
      return statSync(file).size;
    };
    await queueCity(store, plan, 'SQLite', size);
  } finally {
    await store.close();
    dir.remove();
  }
}

async function onPostgres(plan: MeteoPlan): Promise<void> {
  await withBenchDatabase('outbox', async (url) => {
    const store = openStore(url);
    try {
      await migrateToLatest(store.db);
      const size = async (): Promise<number> =>
        (await sql<{ n: number }>`select pg_database_size(current_database()) as n`.execute(store.db)).rows[0]!.n;
      await queueCity(store, plan, 'PostgreSQL', size);
    } finally {
      await store.close();
    }
  });
}

export async function run(): Promise<void> {
  const plan = loadPlanFolder(join(defaultPlansDir, 'meteo-2024')).plan as MeteoPlan;
  await onSqlite(plan);
  await onPostgres(plan);
}

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStream } from '../../src/ingest/nats.ts';
import { openStore, type Store } from '../../src/store/database.ts';
import { formatBeijing, HOUR_MS } from '../../src/weather/observations/time.ts';
import { brokerNames, NATS_URL } from '../support/brokers.ts';
import { engines, freshPostgresUrl } from '../support/engines.ts';
import { freePort } from '../support/free-port.ts';
import { tempDir } from '../support/temp-dir.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const stations = ['53457', '53522', '53529', '53533', '53543', '53545', '53547', '53553', '53644', '53730', '53732'];
const hour = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;

async function until(check: () => Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Issue #13 quality bar and #14 item 4: `npm start`'s server killed (SIGKILL, a real process) while JetStream
 * messages wait, then started again — every observation is stored once, nothing half-written, every message acked.
 */
describe.each(engines)('the server killed -9 during NATS ingestion, on %s', (engine) => {
  const dir = tempDir();
  const names = brokerNames();
  let nc: NatsConnection;
  let databaseUrl: string;
  let store: Store | null = null;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    databaseUrl = engine === 'sqlite' ? join(dir.path, 'nuancheng.sqlite') : await freshPostgresUrl();
    nc = await connect({ servers: NATS_URL });
    await ensureStream(nc, {
      stream: names.natsStream,
      subject: names.natsSubject,
      consumer: names.natsConsumer,
      ackWaitMs: 2000,
    });
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await store?.close();
    const jsm = await jetstreamManager(nc);
    await jsm.streams.delete(names.natsStream).catch(() => {});
    await jsm.streams.delete(names.natsForecastStream).catch(() => {});
    await nc.close();
    dir.remove();
  });

  async function startServer(): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['bin/serve.js'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(await freePort()),
        NUANCHENG_DATA_DIR: dir.path,
        DATABASE_URL: engine === 'sqlite' ? '' : databaseUrl,
        NUANCHENG_ADMIN_PASSWORD: 'kill-test-password-1',
        NUANCHENG_CAP_SIGNING_KEY: '',
        NUANCHENG_CAP_SIGNING_CERT: '',
        NUANCHENG_MQTT_URL: 'off',
        NUANCHENG_NATS_URL: NATS_URL,
        NUANCHENG_NATS_STREAM: names.natsStream,
        NUANCHENG_NATS_SUBJECT: names.natsSubject,
        NUANCHENG_NATS_CONSUMER: names.natsConsumer,
        NUANCHENG_NATS_FORECAST_STREAM: names.natsForecastStream,
        NUANCHENG_NATS_FORECAST_SUBJECT: names.natsForecastSubject,
        NUANCHENG_NATS_ACK_WAIT_MS: '2000',
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
    });
    children.push(child);
    return child;
  }

  async function stored(): Promise<number> {
    store ??= openStore(databaseUrl);
    try {
      const row = await store.db
        .selectFrom('observations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    } catch {
      return 0; // not migrated yet
    }
  }

  async function publish(fromHour: number, hours: number): Promise<void> {
    const js = jetstream(nc);
    const acks: Promise<unknown>[] = [];
    for (let k = fromHour; k < fromHour + hours; k++)
      for (const station of stations)
        acks.push(
          js.publish(
            `${names.natsSubject}.${station}`,
            JSON.stringify({ at: formatBeijing(hour - k * HOUR_MS), precipMm1h: 0.5, tempC: 10 + (k % 7) }),
          ),
        );
    await Promise.all(acks);
  }

  it('killed while messages wait, then restarted: every observation stored once and every message acknowledged', async () => {
    await publish(0, 200); // 2,200 messages waiting before the server starts
    const first = await startServer();
    await until(async () => (await stored()) > 0, 'the first observations stored');
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const atKill = await stored();
    await publish(200, 200); // 2,200 more arrive while no server runs
    const jsm = await jetstreamManager(nc);
    const waiting = await jsm.consumers.info(names.natsStream, names.natsConsumer);
    expect(waiting.num_pending + waiting.num_ack_pending).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(4400);

    const second = await startServer();
    await until(async () => (await stored()) === 4400, 'all 4,400 observations', 90_000);
    await until(async () => {
      const info = await jsm.consumers.info(names.natsStream, names.natsConsumer);
      return info.num_pending === 0 && info.num_ack_pending === 0;
    }, 'every message acknowledged');
    second.kill('SIGTERM');
    await new Promise((resolve) => second.once('exit', resolve));

    // Once each: 11 stations × 400 hours, each (station, hour) exactly one row, none set aside.
    const perStation = await store!.db
      .selectFrom('observations')
      .select(['station', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('station')
      .execute();
    expect(perStation.map((row) => [row.station, Number(row.n)]).sort()).toEqual(stations.map((s) => [s, 400]));
    const rejects = await store!.db.selectFrom('observation_rejects').select('id').execute();
    expect(rejects).toEqual([]);
  }, 180_000);
});

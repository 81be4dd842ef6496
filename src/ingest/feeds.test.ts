import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { brokerNames, MQTT_URL, NATS_URL } from '../../test/support/brokers.ts';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { serviceContext } from '../../test/support/services.ts';
import type { ServiceContext } from '../services/context.ts';
import { countObservations, pageRejects } from '../store/observations.repository.ts';
import { formatBeijing, HOUR_MS } from '../weather/observations/time.ts';
import { startIngestion, type IngestConfig } from './index.ts';
import { ensureStream } from './nats.ts';
import { sampleForecastBytes } from '../../test/support/forecast-files.ts';
import { latestForecastGrid } from '../store/forecasts.repository.ts';

const logger = pino({ level: 'silent' });
const hour = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
const reading = (hoursBefore: number, values: object = {}) =>
  JSON.stringify({ at: formatBeijing(hour - hoursBefore * HOUR_MS), precipMm1h: 1.2, tempC: 18.5, ...values });

/** The bad messages every path must set aside with a reason, keyed by the reason's start (topic station, payload). */
const badMessages: Array<[string, string, RegExp]> = [
  ['53543', '{"at": "2025-07-20T08:00:00+08:00", "tempC": ', /^不是有效的 JSON/],
  ['99999', reading(1), /^station: 未知气象站/],
  ['53543', reading(2, { tempC: 'NaN' }), /^tempC: /],
  ['53543', JSON.stringify({ at: formatBeijing(hour + 48 * HOUR_MS), tempC: 1 }), /^at: .*晚于当前时间/],
  ['53543', reading(3, { units: { windMeanMs: 'km/h' } }), /^units.windMeanMs: 单位错误/],
  ['53543', reading(4, { note: 'x'.repeat(5000) }), /^消息过大/],
];

async function until(check: () => Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const config = (names: ReturnType<typeof brokerNames>, over: Partial<IngestConfig>): IngestConfig => ({
  mqttUrl: null,
  natsUrl: null,
  inbox: null,
  forecastInbox: null,
  inboxPollMs: 50,
  natsAckWaitMs: 30_000,
  storeRetryMs: 5000,
  storeMaxAttempts: 5,
  mqttShareGroup: 'nuancheng',
  ...names,
  ...over,
});

/** Makes the store itself refuse the rows of `table` that match `when` (a trigger), on either engine. */
async function refuseRows(ctx: ServiceContext, engine: string, table: string, when: string): Promise<void> {
  const statements =
    engine === 'sqlite'
      ? [
          `create trigger refuse_${table} before insert on ${table} when new.${when} begin select raise(abort, 'poisoned row'); end`,
        ]
      : [
          `create function refuse_${table}() returns trigger language plpgsql as $$ begin if new.${when} then raise exception 'poisoned row'; end if; return new; end $$`,
          `create trigger refuse_${table} before insert on ${table} for each row execute function refuse_${table}()`,
        ];
  for (const statement of statements) await sql.raw(statement).execute(ctx.store.db);
}

async function rejectsOf(ctx: ServiceContext) {
  return (await pageRejects(ctx.store.db, { limit: 500 })).items;
}

describe.each(engines)('observation feeds against the real brokers on %s', (engine) => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    ctx = serviceContext(await openTestStore(engine));
  });
  afterEach(async () => {
    await ctx.store.close();
  });

  it('MQTT: one topic per station, the payload without its station; bad messages set aside with their reason', async () => {
    const names = brokerNames();
    const feed = await startIngestion(ctx, config(names, { mqttUrl: MQTT_URL }), logger);
    const client = await mqtt.connectAsync(MQTT_URL, { clientId: `${names.mqttClientId}-pub` });
    try {
      for (const station of ['53543', '53457'])
        for (let k = 0; k < 5; k++) await client.publishAsync(`${names.mqttTopic}/${station}`, reading(k), { qos: 1 });
      await client.publishAsync(`${names.mqttTopic}/53543`, reading(0), { qos: 1 }); // a resend
      for (const [station, payload] of badMessages)
        await client.publishAsync(`${names.mqttTopic}/${station}`, payload, { qos: 1 });
      await until(async () => (await rejectsOf(ctx)).length === badMessages.length, 'the dead letters');
      await until(async () => (await countObservations(ctx.store.db)) === 10, 'ten observations');
      const rejects = await rejectsOf(ctx);
      for (const [, payload, reason] of badMessages)
        expect(rejects.find((r) => r.raw.startsWith(payload.slice(0, 100)))).toMatchObject({
          source: 'mqtt',
          reason: expect.stringMatching(reason),
        });
    } finally {
      await client.endAsync();
      await feed.stop();
    }
  });

  it('MQTT: a message the store keeps refusing is tried again, then set aside; the rest of its batch is stored', async () => {
    const names = brokerNames();
    await refuseRows(ctx, engine, 'observations', 'temp_c = 33.3');
    const feed = await startIngestion(
      ctx,
      config(names, { mqttUrl: MQTT_URL, storeRetryMs: 200, storeMaxAttempts: 3 }),
      logger,
    );
    const client = await mqtt.connectAsync(MQTT_URL, { clientId: `${names.mqttClientId}-pub` });
    try {
      for (let k = 0; k < 6; k++) await client.publishAsync(`${names.mqttTopic}/53543`, reading(k), { qos: 1 });
      await client.publishAsync(`${names.mqttTopic}/53543`, reading(7, { tempC: 33.3 }), { qos: 1 });
      await until(async () => (await rejectsOf(ctx)).length === 1, 'the dead letter');
      expect(await countObservations(ctx.store.db)).toBe(6);
      expect((await rejectsOf(ctx))[0]).toMatchObject({
        source: 'mqtt',
        raw: expect.stringContaining('33.3'),
        reason: expect.stringMatching(/^存储连续 3 次未能接收:.*poisoned row/),
      });
    } finally {
      await client.endAsync();
      await feed.stop();
    }
  });

  it('MQTT with two servers: the shared subscription gives each message to one of them', async () => {
    const names = brokerNames();
    const other = serviceContext(await openTestStore(engine));
    const feeds = [
      await startIngestion(ctx, config(names, { mqttUrl: MQTT_URL, mqttClientId: `${names.mqttClientId}-a` }), logger),
      await startIngestion(
        other,
        config(names, { mqttUrl: MQTT_URL, mqttClientId: `${names.mqttClientId}-b` }),
        logger,
      ),
    ];
    const client = await mqtt.connectAsync(MQTT_URL, { clientId: `${names.mqttClientId}-pub` });
    try {
      for (let k = 0; k < 40; k++) await client.publishAsync(`${names.mqttTopic}/53543`, reading(k), { qos: 1 });
      const total = async () => (await countObservations(ctx.store.db)) + (await countObservations(other.store.db));
      await until(async () => (await total()) === 40, 'forty observations between the two');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await total()).toBe(40);
    } finally {
      await client.endAsync();
      for (const feed of feeds) await feed.stop();
      await other.store.close();
    }
  });

  describe('NATS JetStream', () => {
    let nc: NatsConnection;
    const names = brokerNames();
    beforeAll(async () => {
      nc = await connect({ servers: NATS_URL });
    });
    afterAll(async () => {
      const jsm = await jetstreamManager(nc);
      await jsm.streams.delete(names.natsStream).catch(() => {});
      await jsm.streams.delete(names.natsForecastStream).catch(() => {});
      await nc.close();
    });

    it('messages published while no server consumes are stored once the durable consumer runs, and acknowledged', async () => {
      await ensureStream(nc, {
        stream: names.natsStream,
        subject: names.natsSubject,
        consumer: names.natsConsumer,
        ackWaitMs: 30_000,
      });
      const js = jetstream(nc);
      for (let k = 0; k < 24; k++) await js.publish(`${names.natsSubject}.53543`, reading(k));
      await js.publish(`${names.natsSubject}.53543`, reading(0)); // a resend
      for (const [station, payload] of badMessages) await js.publish(`${names.natsSubject}.${station}`, payload);
      const feed = await startIngestion(ctx, config(names, { natsUrl: NATS_URL }), logger);
      try {
        await until(async () => (await rejectsOf(ctx)).length === badMessages.length, 'the dead letters');
        await until(async () => (await countObservations(ctx.store.db)) === 24, '24 observations');
        const jsm = await jetstreamManager(nc);
        await until(async () => {
          const info = await jsm.consumers.info(names.natsStream, names.natsConsumer);
          return info.num_pending === 0 && info.num_ack_pending === 0;
        }, 'every message acknowledged');
        const rejects = await rejectsOf(ctx);
        expect(rejects.every((r) => r.source === 'nats')).toBe(true);
        for (const [, , reason] of badMessages) expect(rejects.some((r) => reason.test(r.reason))).toBe(true);
      } finally {
        await feed.stop();
      }
    });

    it('forecast grids on forecasts.<source>: stored once under the source of the subject; a bad one set aside', async () => {
      const feed = await startIngestion(ctx, config(names, { natsUrl: NATS_URL }), logger);
      try {
        const js = jetstream(nc);
        await js.publish(`${names.natsForecastSubject}.cma`, sampleForecastBytes());
        await js.publish(`${names.natsForecastSubject}.cma`, sampleForecastBytes()); // a resend
        await js.publish(`${names.natsForecastSubject}.cma`, sampleForecastBytes({ precipUnits: 'inch' }));
        await until(async () => (await rejectsOf(ctx)).length === 1, 'the dead letter');
        await until(async () => (await latestForecastGrid(ctx.store.db, '2026-01-01T00:00:00Z')) !== null, 'a grid');
        expect(await latestForecastGrid(ctx.store.db, '2026-01-01T00:00:00Z')).toMatchObject({
          source: 'cma',
          transport: 'nats',
        });
        const jsm = await jetstreamManager(nc);
        await until(async () => {
          const info = await jsm.consumers.info(names.natsForecastStream, names.natsConsumer);
          return info.num_pending === 0 && info.num_ack_pending === 0;
        }, 'every forecast acknowledged');
        expect((await rejectsOf(ctx))[0]).toMatchObject({
          source: 'nats',
          reason: expect.stringMatching(/precipMm\.units/),
        });
      } finally {
        await feed.stop();
      }
    });

    it('a message the store keeps refusing is set aside after the deliveries allowed; the rest of its batch is stored', async () => {
      const own = brokerNames();
      // A row the store itself refuses, as a broken constraint or a full disk would: validation cannot see it.
      await refuseRows(ctx, engine, 'observations', 'temp_c = 33.3');
      await refuseRows(ctx, engine, 'forecast_grids', "source = 'ec'");
      const js = jetstream(nc);
      await ensureStream(nc, {
        stream: own.natsStream,
        subject: own.natsSubject,
        consumer: own.natsConsumer,
        ackWaitMs: 30_000,
      });
      for (let k = 0; k < 6; k++) await js.publish(`${own.natsSubject}.53543`, reading(k));
      await js.publish(`${own.natsSubject}.53543`, reading(7, { tempC: 33.3 }));
      const natsConfig = { natsUrl: NATS_URL, storeRetryMs: 200, storeMaxAttempts: 3 };
      const feed = await startIngestion(ctx, config(own, natsConfig), logger);
      try {
        await js.publish(`${own.natsForecastSubject}.ec`, sampleForecastBytes({ source: 'ec' }));
        await until(async () => (await rejectsOf(ctx)).length === 2, 'the two dead letters');
        expect(await countObservations(ctx.store.db)).toBe(6);
        const rejects = await rejectsOf(ctx);
        expect(rejects.map((r) => r.reason)).toEqual([
          expect.stringMatching(/^存储连续 3 次未能接收:.*poisoned row/),
          expect.stringMatching(/^存储连续 3 次未能接收:.*poisoned row/),
        ]);
        expect(rejects.find((r) => r.raw.includes('33.3'))).toMatchObject({ source: 'nats' });
        expect(rejects.find((r) => r.raw.startsWith('NetCDF'))).toMatchObject({ source: 'nats' });
        const jsm = await jetstreamManager(nc);
        for (const stream of [own.natsStream, own.natsForecastStream])
          await until(async () => {
            const info = await jsm.consumers.info(stream, own.natsConsumer);
            return info.num_pending === 0 && info.num_ack_pending === 0;
          }, `every message of ${stream} acknowledged`);
      } finally {
        await feed.stop();
        const jsm = await jetstreamManager(nc);
        await jsm.streams.delete(own.natsStream).catch(() => {});
        await jsm.streams.delete(own.natsForecastStream).catch(() => {});
      }
    });
  });

  it('the watched folders: a .nc forecast in the observation inbox; .nc and .json grids in the forecast inbox', async () => {
    const inbox = mkdtempSync(join(tmpdir(), 'inbox-'));
    const forecastInbox = mkdtempSync(join(tmpdir(), 'forecasts-'));
    try {
      writeFileSync(join(inbox, 'cma-0720.nc'), sampleForecastBytes({ source: 'cma' }));
      writeFileSync(
        join(forecastInbox, 'a.nc'),
        sampleForecastBytes({ source: 'ec', issuedAt: '2025-07-20T20:00:00+08:00' }),
      );
      writeFileSync(join(forecastInbox, 'b.nc'), sampleForecastBytes({ source: 'ec' }).subarray(0, 100));
      writeFileSync(join(forecastInbox, 'c.json'), '{"source": "ec"');
      const feed = await startIngestion(ctx, config(brokerNames(), { inbox, forecastInbox }), logger);
      try {
        await until(
          async () =>
            [inbox, forecastInbox].every((f) => readdirSync(f).every((n) => ['done', 'rejected'].includes(n))),
          'files moved',
        );
      } finally {
        await feed.stop();
      }
      expect(readdirSync(join(inbox, 'done'))).toEqual(['cma-0720.nc']);
      expect(readdirSync(join(forecastInbox, 'done'))).toEqual(['a.nc']);
      expect(readdirSync(join(forecastInbox, 'rejected')).sort()).toEqual(['b.nc', 'c.json']);
      expect((await latestForecastGrid(ctx.store.db, '2026-01-01T00:00:00Z'))!.source).toBe('ec');
      const reasons = (await rejectsOf(ctx)).map((r) => `${r.source} ${r.reason}`).sort();
      expect(reasons).toEqual([
        expect.stringMatching(/^file c\.json: 不是有效的 JSON 或 NetCDF 文件/),
        expect.stringMatching(/^file 格点预报无法接收:/),
      ]);
    } finally {
      rmSync(inbox, { recursive: true, force: true });
      rmSync(forecastInbox, { recursive: true, force: true });
    }
  });

  it('the watched folder: JSON and CSV files go to done/, an unreadable one to rejected/ with a dead letter', async () => {
    const inbox = mkdtempSync(join(tmpdir(), 'inbox-'));
    try {
      const at = (k: number) => formatBeijing(hour - k * HOUR_MS);
      writeFileSync(
        join(inbox, 'a.json'),
        JSON.stringify({
          observations: [
            { station: '53543', at: at(1), tempC: 3 },
            { station: '1', at: at(1) },
          ],
        }),
      );
      writeFileSync(
        join(inbox, 'b.csv'),
        `station,at,tempC,precipMm1h\n53457,${at(1)},2.5,0\n53457,${at(2)},,0.4\n53457,1\n`,
      );
      writeFileSync(join(inbox, 'c.json'), '{"observations": [');
      writeFileSync(join(inbox, 'd.json.part'), 'still being written');
      const feed = await startIngestion(ctx, config(brokerNames(), { inbox }), logger);
      try {
        await until(
          async () => readdirSync(inbox).filter((n) => !['done', 'rejected'].includes(n)).length === 1,
          'files moved',
        );
      } finally {
        await feed.stop();
      }
      expect(readdirSync(join(inbox, 'done')).sort()).toEqual(['a.json', 'b.csv']);
      expect(readdirSync(join(inbox, 'rejected'))).toEqual(['c.json']);
      expect(await countObservations(ctx.store.db)).toBe(3);
      const reasons = (await rejectsOf(ctx)).map((r) => `${r.source} ${r.reason}`).sort();
      expect(reasons).toEqual([
        expect.stringMatching(/^file CSV 行应有 4 列/),
        expect.stringMatching(/^file c\.json: 不是有效的 JSON/),
        expect.stringMatching(/^file station: 未知气象站/),
      ]);
    } finally {
      rmSync(inbox, { recursive: true, force: true });
    }
  });
});

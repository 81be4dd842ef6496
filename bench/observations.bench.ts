// National scale (issue #13): 70,000 stations report one hour in one burst. Observations stored per second through
// the ingestion service (validation, idempotent insert, dead letters, audit, one transaction), as an HTTP batch and
// as the MQTT/NATS feeds batch it (2,000 messages a transaction), against a bare bulk insert of the same rows beside
// it (SQLite: one prepared INSERT in a transaction; PostgreSQL: COPY FROM STDIN), on each engine.
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { systemPrincipal } from '../src/access/principal.ts';
import type { WeatherStation } from '../src/geo/types.ts';
import type { ServiceContext } from '../src/services/context.ts';
import { ingestObservations, type IncomingObservation } from '../src/services/observations.service.ts';
import { openStore, type Store } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { formatBeijing, HOUR_MS } from '../src/weather/observations/time.ts';
import { serviceContext } from '../test/support/services.ts';
import { tempDir } from '../test/support/temp-dir.ts';
import { random, report } from './support.ts';
import { withBenchDatabase } from './postgres.ts';

const STATIONS = Number(process.env.BENCH_OBSERVATION_STATIONS ?? 70_000);
const FEED_BATCH = 2000;
const columns = [
  'station',
  'at',
  'precip_mm_1h',
  'snow_mm_1h',
  'temp_c',
  'ground_temp_c',
  'wind_mean_ms',
  'wind_gust_ms',
  'visibility_m',
  'phenomenon',
  'source',
  'received_at',
] as const;

/** A national network: five-digit ids from 10000, spread over the city's divisions (the geography maps them). */
function nationalContext(store: Store): ServiceContext {
  const base = serviceContext(store);
  const divisions = base.geography.divisions.map((d) => d.code);
  const stations: WeatherStation[] = Array.from({ length: STATIONS }, (_, i) => ({
    id: String(10_000 + i),
    name: `站${i}`,
    stationType: '一般站',
    lat: 39,
    lon: 109,
    altM: 1300,
    divisionCode: divisions[i % divisions.length]!,
  }));
  return { ...base, geography: { ...base.geography, stations } };
}

function burst(hourMs: number) {
  const next = random(STATIONS + hourMs / HOUR_MS);
  return Array.from({ length: STATIONS }, (_, i) => ({
    station: String(10_000 + i),
    at: formatBeijing(hourMs),
    precipMm1h: Math.round(next() * 200) / 10,
    snowMm1h: 0,
    tempC: Math.round((next() * 40 - 5) * 10) / 10,
    groundTempC: null,
    windMeanMs: Math.round(next() * 150) / 10,
    windGustMs: 16,
    visibilityM: Math.round(next() * 20_000),
    phenomenon: null,
  }));
}

/** The same rows as the service stores them, for the bare insert. */
function rowsOf(observations: ReturnType<typeof burst>): (string | number | null)[][] {
  const receivedAt = new Date().toISOString();
  return observations.map((o) => [
    o.station,
    new Date(Date.parse(o.at)).toISOString(),
    o.precipMm1h,
    o.snowMm1h,
    o.tempC,
    o.groundTempC,
    o.windMeanMs,
    o.windGustMs,
    o.visibilityM,
    o.phenomenon,
    'http',
    receivedAt,
  ]);
}

const perSecond = (count: number, ms: number) => `${Math.round((count / ms) * 1000).toLocaleString('en')} /s`;

async function measure(
  engine: string,
  ctx: ServiceContext,
  bare: (rows: (string | number | null)[][]) => Promise<void>,
) {
  const hour = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
  const principal = systemPrincipal('bench');

  const http = burst(hour - HOUR_MS).map((json): IncomingObservation => ({ json }));
  let started = performance.now();
  const outcome = await ingestObservations(ctx, principal, 'http', http);
  const httpMs = performance.now() - started;
  if (outcome.stored !== STATIONS) throw new Error(`stored ${outcome.stored} of ${STATIONS}`);
  report(
    `${engine}: service, one HTTP batch of ${STATIONS.toLocaleString('en')}`,
    `${perSecond(STATIONS, httpMs)} (${httpMs.toFixed(0)} ms)`,
  );

  const messages = burst(hour - 2 * HOUR_MS).map(({ station, ...rest }) => ({
    text: JSON.stringify(rest),
    stationFromChannel: station,
  }));
  started = performance.now();
  for (let i = 0; i < messages.length; i += FEED_BATCH)
    await ingestObservations(ctx, principal, 'nats', messages.slice(i, i + FEED_BATCH));
  const feedMs = performance.now() - started;
  report(
    `${engine}: service, MQTT/NATS messages (${FEED_BATCH} a transaction)`,
    `${perSecond(STATIONS, feedMs)} (${feedMs.toFixed(0)} ms)`,
  );

  started = performance.now();
  const again = await ingestObservations(ctx, principal, 'http', http);
  const resendMs = performance.now() - started;
  if (again.stored !== 0) throw new Error('a resend stored rows');
  report(
    `${engine}: service, the same burst resent (idempotent)`,
    `${perSecond(STATIONS, resendMs)} (${resendMs.toFixed(0)} ms)`,
  );

  const rows = rowsOf(burst(hour - 3 * HOUR_MS));
  started = performance.now();
  await bare(rows);
  const bareMs = performance.now() - started;
  report(`${engine}: bare bulk insert of the same rows`, `${perSecond(STATIONS, bareMs)} (${bareMs.toFixed(0)} ms)`);
  report(`${engine}: service / bare`, `${(httpMs / bareMs).toFixed(1)}× the time`);
}

async function onSqlite(): Promise<void> {
  const dir = tempDir();
  const file = join(dir.path, 'bench.sqlite');
  const store = openStore(file);
  try {
    await migrateToLatest(store.db);
    await sql`create table observations_bare as select * from observations where 0`.execute(store.db);
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(file);
    raw.pragma('journal_mode = WAL');
    const insert = raw.prepare(
      `insert into observations_bare (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
    );
    await measure('SQLite', nationalContext(store), async (rows) => {
      raw.transaction(() => {
        for (const row of rows) insert.run(row);
      })();
    });
    raw.close();
  } finally {
    await store.close();
    dir.remove();
  }
}

const copyCell = (value: string | number | null) => (value === null ? '\\N' : String(value));

async function onPostgres(): Promise<void> {
  await withBenchDatabase('obs', async (url) => {
    const store = openStore(url);
    const client = new pg.Client({ connectionString: url });
    try {
      await migrateToLatest(store.db);
      await client.connect();
      await client.query('create table observations_bare (like observations including all)');
      await measure('PostgreSQL', nationalContext(store), async (rows) => {
        const copy = client.query(copyFrom(`copy observations_bare (${columns.join(', ')}) from stdin`));
        const lines = Readable.from(rows.map((row) => `${row.map(copyCell).join('\t')}\n`));
        await pipeline(lines, copy);
      });
    } finally {
      await client.end();
      await store.close();
    }
  });
}

export async function run(): Promise<void> {
  await onSqlite();
  await onPostgres();
}

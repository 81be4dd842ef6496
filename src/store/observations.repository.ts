import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Observation } from '../weather/observations/observation.ts';
import { after, pageOf, type Page, type PageRequest } from './pagination.ts';
import type { Database } from './schema.ts';
import type { ObservationSource, ObservationsTable } from './tables/observations.ts';

/** Rows per INSERT: 12 parameters each stays below SQLite's and PostgreSQL's bound-parameter limits. */
const ROWS_PER_STATEMENT = 1000;

function toRow(observation: Observation, source: ObservationSource, receivedAt: string): ObservationsTable {
  return {
    station: observation.station,
    at: new Date(observation.atMs).toISOString(),
    precip_mm_1h: observation.precipMm1h,
    snow_mm_1h: observation.snowMm1h,
    temp_c: observation.tempC,
    ground_temp_c: observation.groundTempC,
    wind_mean_ms: observation.windMeanMs,
    wind_gust_ms: observation.windGustMs,
    visibility_m: observation.visibilityM,
    phenomenon: observation.phenomenon,
    source,
    received_at: receivedAt,
  };
}

function toObservation(row: ObservationsTable): Observation {
  return {
    station: row.station,
    atMs: Date.parse(row.at),
    precipMm1h: row.precip_mm_1h,
    snowMm1h: row.snow_mm_1h,
    tempC: row.temp_c,
    groundTempC: row.ground_temp_c,
    windMeanMs: row.wind_mean_ms,
    windGustMs: row.wind_gust_ms,
    visibilityM: row.visibility_m,
    phenomenon: row.phenomenon,
  };
}

/**
 * Stores observations; one already stored for the same station and time is left as it is (a resend changes
 * nothing). Returns how many rows were new. Run it inside the caller's transaction for all-or-nothing.
 */
export async function insertObservations(
  db: Kysely<Database>,
  observations: readonly Observation[],
  source: ObservationSource,
  receivedAt: string,
): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < observations.length; start += ROWS_PER_STATEMENT) {
    const rows = observations.slice(start, start + ROWS_PER_STATEMENT).map((o) => toRow(o, source, receivedAt));
    const result = await db
      .insertInto('observations')
      .values(rows)
      .onConflict((conflict) => conflict.columns(['station', 'at']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/** Every station's observations with fromMs < at ≤ toMs, by station, oldest first. */
export async function observationsBetween(
  db: Kysely<Database>,
  fromMs: number,
  toMs: number,
): Promise<Map<string, Observation[]>> {
  const rows = await db
    .selectFrom('observations')
    .selectAll()
    .where('at', '>', new Date(fromMs).toISOString())
    .where('at', '<=', new Date(toMs).toISOString())
    .orderBy('at')
    .execute();
  const byStation = new Map<string, Observation[]>();
  for (const row of rows) {
    const list = byStation.get(row.station) ?? [];
    list.push(toObservation(row));
    byStation.set(row.station, list);
  }
  return byStation;
}

export async function countObservations(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('observations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface ObservationReject {
  id: string;
  source: ObservationSource;
  raw: string;
  reason: string;
  receivedAt: string;
}

/** Sets bad messages aside with their reason (dead letters); returns them as stored. */
export async function insertRejects(
  db: Kysely<Database>,
  rejects: ReadonlyArray<{ source: ObservationSource; raw: string; reason: string }>,
  receivedAt: string,
): Promise<ObservationReject[]> {
  const rows = rejects.map((reject) => ({ id: randomUUID(), ...reject, received_at: receivedAt }));
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT)
    await db
      .insertInto('observation_rejects')
      .values(rows.slice(start, start + ROWS_PER_STATEMENT))
      .execute();
  return rows.map(({ received_at, ...rest }) => ({ ...rest, receivedAt: received_at }));
}

/** The dead letters newest first, a page at a time. */
export async function pageRejects(db: Kysely<Database>, page: PageRequest): Promise<Page<ObservationReject>> {
  let select = db.selectFrom('observation_rejects').selectAll();
  if (page.cursor) select = select.where(after(['received_at', 'id'], 'desc', page.cursor));
  const rows = await select
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return pageOf(
    rows,
    page.limit,
    (row) => [row.received_at, row.id],
    (row) => ({ id: row.id, source: row.source, raw: row.raw, reason: row.reason, receivedAt: row.received_at }),
  );
}

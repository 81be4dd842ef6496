import type { Kysely } from 'kysely';
import type { ForecastGrid } from '../weather/forecast/forecast-grid.ts';
import type { Database } from './schema.ts';
import type { ForecastGridsTable, ObservationSource } from './tables/observations.ts';

export interface StoredForecastGrid extends ForecastGrid {
  transport: ObservationSource;
  receivedAt: string;
}

function toForecast(row: ForecastGridsTable): StoredForecastGrid {
  const { fields, days } = JSON.parse(row.values_json) as Pick<ForecastGrid, 'fields' | 'days'>;
  return {
    source: row.source,
    issuedAt: row.issued_at,
    validTimes: JSON.parse(row.valid_times) as string[],
    grid: JSON.parse(row.grid) as ForecastGrid['grid'],
    fields,
    days,
    transport: row.transport,
    receivedAt: row.received_at,
  };
}

/**
 * Stores a forecast grid; one already stored for the same source and issue time is left as it is (a resend
 * changes nothing). Returns whether it was new. Run it inside the caller's transaction.
 */
export async function insertForecastGrid(
  db: Kysely<Database>,
  forecast: ForecastGrid,
  transport: ObservationSource,
  receivedAt: string,
): Promise<boolean> {
  const result = await db
    .insertInto('forecast_grids')
    .values({
      source: forecast.source,
      issued_at: forecast.issuedAt,
      valid_from: forecast.validTimes[0]!,
      valid_to: forecast.validTimes.at(-1)!,
      valid_times: JSON.stringify(forecast.validTimes),
      grid: JSON.stringify(forecast.grid),
      values_json: JSON.stringify({ fields: forecast.fields, days: forecast.days }),
      transport,
      received_at: receivedAt,
    })
    .onConflict((conflict) => conflict.columns(['source', 'issued_at']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The forecast issued last at or before `atIso` (of any source; the latest received breaks a tie), or null. */
export async function latestForecastGrid(db: Kysely<Database>, atIso: string): Promise<StoredForecastGrid | null> {
  const row = await db
    .selectFrom('forecast_grids')
    .selectAll()
    .where('issued_at', '<=', atIso)
    .orderBy('issued_at', 'desc')
    .orderBy('received_at', 'desc')
    .orderBy('source')
    .limit(1)
    .executeTakeFirst();
  return row ? toForecast(row) : null;
}

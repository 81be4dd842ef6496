export type ObservationSource = 'http' | 'mqtt' | 'nats' | 'file';

export interface ObservationsTable {
  station: string;
  /** ISO 8601 UTC: the end of the interval the amounts cover. */
  at: string;
  precip_mm_1h: number | null;
  snow_mm_1h: number | null;
  temp_c: number | null;
  ground_temp_c: number | null;
  wind_mean_ms: number | null;
  wind_gust_ms: number | null;
  visibility_m: number | null;
  phenomenon: 'fog' | 'dust' | null;
  source: ObservationSource;
  received_at: string;
}

export interface ObservationRejectsTable {
  id: string;
  source: ObservationSource;
  /** The payload as received (text; cut to a bounded length for oversized messages). */
  raw: string;
  /** zh-CN: what was wrong. */
  reason: string;
  received_at: string;
}

/** A received forecast grid (forecast-grid.ts), its grid and values as JSON text. */
export interface ForecastGridsTable {
  source: string;
  /** ISO 8601 UTC, as are the valid times. */
  issued_at: string;
  valid_from: string;
  valid_to: string;
  /** JSON list of ISO times. */
  valid_times: string;
  /** JSON `GridSpec`. */
  grid: string;
  /** JSON `{ fields, days }`. */
  values_json: string;
  transport: ObservationSource;
  received_at: string;
}

export interface ObservationTables {
  observations: ObservationsTable;
  observation_rejects: ObservationRejectsTable;
  forecast_grids: ForecastGridsTable;
}

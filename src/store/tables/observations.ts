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

export interface ObservationTables {
  observations: ObservationsTable;
  observation_rejects: ObservationRejectsTable;
}

/** A national air monitoring station (the station list 站点列表). */
export interface AirStationsTable {
  code: string;
  name: string;
  city: string;
  lon: number | null;
  lat: number | null;
}

/**
 * One station-hour of the national feed: `date` (ISO) and `hour` (0-23) as the feed labels them, the hour
 * ending at hour:00; concentrations in µg/m³ (CO mg/m³), null where the feed has none.
 */
export interface AirHourlyTable {
  station: string;
  date: string;
  hour: number;
  pm25: number | null;
  pm10: number | null;
  so2: number | null;
  no2: number | null;
  o3: number | null;
  co: number | null;
}

/** Every feed file imported, by content: importing the same bytes again adds nothing. */
export interface AirImportsTable {
  sha256: string;
  file: string;
  station_hours: number;
  first_hour: string;
  last_hour: string;
  imported_at: string;
}

/** A day flagged as dust-affected, for one region (its name) or `*` for all. */
export interface AirDustDaysTable {
  region: string;
  date: string;
  note: string;
  flagged_at: string;
}

/** A state a year's target reached (at-risk, lost) for a region, recorded once: the notice's idempotency key. */
export interface AirTargetRisksTable {
  year: number;
  /** The plan's region id. */
  region: string;
  target_id: string;
  status: string;
  /** The last day of the data that showed it. */
  as_of: string;
  reason: string;
  noticed_at: string;
}

export interface AirTables {
  air_stations: AirStationsTable;
  air_hourly: AirHourlyTable;
  air_imports: AirImportsTable;
  air_dust_days: AirDustDaysTable;
  air_target_risks: AirTargetRisksTable;
}

export interface PlanVersionsTable {
  plan_id: string;
  version: string;
  content_hash: string;
  kind: string;
  content: string;
  first_loaded_at: string;
}

export interface DivisionsTable {
  code: string;
  name: string;
  area_km2: number;
  geometry: string;
}

export interface WeatherStationsTable {
  id: string;
  name: string;
  station_type: string;
  lat: number;
  lon: number;
  alt_m: number;
  division_code: string;
}

export interface FoundationTables {
  plan_versions: PlanVersionsTable;
  divisions: DivisionsTable;
  weather_stations: WeatherStationsTable;
}

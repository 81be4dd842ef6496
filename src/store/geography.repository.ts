import type { Kysely } from 'kysely';
import type { Division, Geography, MultiPolygon, WeatherStation } from '../geo/types.ts';
import type { Database } from './schema.ts';

/** A division as the store keeps it: WGS84 geometry only (the GCJ-02 copy lives in the asset). */
export type StoredDivision = Omit<Division, 'geometryGcj02'>;

/**
 * Writes the divisions and weather stations, replacing what a previous start wrote for the same codes and ids,
 * so running it at every start changes nothing unless the assets changed.
 */
export async function saveGeography(db: Kysely<Database>, geography: Geography): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const division of geography.divisions) {
      const changes = { name: division.name, area_km2: division.areaKm2, geometry: JSON.stringify(division.geometry) };
      await trx
        .insertInto('divisions')
        .values({ code: division.code, ...changes })
        .onConflict((oc) => oc.column('code').doUpdateSet(changes))
        .execute();
    }
    for (const station of geography.stations) {
      const changes = {
        name: station.name,
        station_type: station.stationType,
        lat: station.lat,
        lon: station.lon,
        alt_m: station.altM,
        division_code: station.divisionCode,
      };
      await trx
        .insertInto('weather_stations')
        .values({ id: station.id, ...changes })
        .onConflict((oc) => oc.column('id').doUpdateSet(changes))
        .execute();
    }
  });
}

export async function listDivisions(db: Kysely<Database>): Promise<StoredDivision[]> {
  const rows = await db.selectFrom('divisions').selectAll().orderBy('code').execute();
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    areaKm2: row.area_km2,
    geometry: JSON.parse(row.geometry) as MultiPolygon,
  }));
}

export async function listWeatherStations(db: Kysely<Database>): Promise<WeatherStation[]> {
  const rows = await db.selectFrom('weather_stations').selectAll().orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    stationType: row.station_type,
    lat: row.lat,
    lon: row.lon,
    altM: row.alt_m,
    divisionCode: row.division_code,
  }));
}

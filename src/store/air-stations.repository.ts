import type { Kysely } from 'kysely';
import type { AirStation } from '../air/feed/index.ts';
import type { Database } from './schema.ts';

const CHUNK = 1000;

/** Writes the station list, replacing a station's name, city and position when the list changed them. */
export async function saveAirStations(db: Kysely<Database>, stations: readonly AirStation[]): Promise<number> {
  return db.transaction().execute((trx) => writeAirStations(trx, stations));
}

/** `saveAirStations` inside a transaction the caller holds. */
export async function writeAirStations(trx: Kysely<Database>, stations: readonly AirStation[]): Promise<number> {
  for (let i = 0; i < stations.length; i += CHUNK) {
    await trx
      .insertInto('air_stations')
      .values(stations.slice(i, i + CHUNK).map(({ code, name, city, lon, lat }) => ({ code, name, city, lon, lat })))
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          city: eb.ref('excluded.city'),
          lon: eb.ref('excluded.lon'),
          lat: eb.ref('excluded.lat'),
        })),
      )
      .execute();
  }
  return stations.length;
}

export async function listAirStations(
  db: Kysely<Database>,
  filter: { city?: string; codes?: readonly string[] } = {},
): Promise<AirStation[]> {
  let query = db.selectFrom('air_stations').selectAll().orderBy('code');
  if (filter.city !== undefined) query = query.where('city', '=', filter.city);
  if (filter.codes !== undefined) {
    if (filter.codes.length === 0) return [];
    query = query.where('code', 'in', [...filter.codes]);
  }
  return query.execute();
}

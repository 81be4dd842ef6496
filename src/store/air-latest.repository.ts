import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Each station's latest stored hour (date and hour as the feed labels them); stations without any are absent. */
export async function latestHourOfStations(
  db: Kysely<Database>,
  stations: readonly string[],
): Promise<Map<string, { date: string; hour: number }>> {
  if (stations.length === 0) return new Map();
  const days = await db
    .selectFrom('air_hourly')
    .select((eb) => ['station', eb.fn.max('date').as('date')])
    .where('station', 'in', [...stations])
    .groupBy('station')
    .execute();
  const latest = new Map<string, { date: string; hour: number }>();
  for (const day of days) {
    if (!day.date) continue;
    const row = await db
      .selectFrom('air_hourly')
      .select((eb) => eb.fn.max('hour').as('hour'))
      .where('station', '=', day.station)
      .where('date', '=', day.date)
      .executeTakeFirst();
    if (row?.hour !== undefined && row.hour !== null)
      latest.set(day.station, { date: day.date, hour: Number(row.hour) });
  }
  return latest;
}

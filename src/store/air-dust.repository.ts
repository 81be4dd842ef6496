import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface DustDay {
  /** A region's name, or `*` for every region and station. */
  region: string;
  date: string;
  note: string;
  flaggedAt: string;
}

/** Flags a day as dust-affected; flagging it again replaces the note. */
export async function flagDustDay(db: Kysely<Database>, day: Omit<DustDay, 'flaggedAt'>, now: Date): Promise<DustDay> {
  const row = { region: day.region, date: day.date, note: day.note, flagged_at: now.toISOString() };
  await db
    .insertInto('air_dust_days')
    .values(row)
    .onConflict((oc) => oc.columns(['region', 'date']).doUpdateSet({ note: row.note, flagged_at: row.flagged_at }))
    .execute();
  return { ...day, flaggedAt: row.flagged_at };
}

export async function listDustDays(db: Kysely<Database>, year: number): Promise<DustDay[]> {
  const rows = await db
    .selectFrom('air_dust_days')
    .selectAll()
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .orderBy('date')
    .orderBy('region')
    .execute();
  return rows.map((row) => ({ region: row.region, date: row.date, note: row.note, flaggedAt: row.flagged_at }));
}

/** Removes a dust flag; false when the day was not flagged for that region. */
export async function unflagDustDay(db: Kysely<Database>, region: string, date: string): Promise<DustDay | undefined> {
  const row = await db
    .selectFrom('air_dust_days')
    .selectAll()
    .where('region', '=', region)
    .where('date', '=', date)
    .executeTakeFirst();
  if (!row) return undefined;
  await db.deleteFrom('air_dust_days').where('region', '=', region).where('date', '=', date).execute();
  return { region: row.region, date: row.date, note: row.note, flaggedAt: row.flagged_at };
}

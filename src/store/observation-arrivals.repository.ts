import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** What arrived in a period of receipt: the newest observation time among it and the first and last receipt. */
export interface Arrivals {
  count: number;
  newestAt: string;
  firstReceivedAt: string;
  lastReceivedAt: string;
}

/** Observations received after `sinceIso` (by receipt time, on its index); undefined when none. */
export async function arrivalsSince(db: Kysely<Database>, sinceIso: string): Promise<Arrivals | undefined> {
  const row = await db
    .selectFrom('observations')
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      eb.fn.max('at').as('newest_at'),
      eb.fn.min('received_at').as('first_received'),
      eb.fn.max('received_at').as('last_received'),
    ])
    .where('received_at', '>', sinceIso)
    .executeTakeFirstOrThrow();
  if (Number(row.count) === 0 || row.newest_at === null) return undefined;
  return {
    count: Number(row.count),
    newestAt: row.newest_at,
    firstReceivedAt: row.first_received!,
    lastReceivedAt: row.last_received!,
  };
}

/**
 * The version of the data a window of observation times holds: how many rows and the newest receipt. A row
 * added (late or on time) changes it; the same data read again gives the same version.
 */
export async function windowDataVersion(db: Kysely<Database>, fromIso: string, toIso: string): Promise<string> {
  const row = await db
    .selectFrom('observations')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.max('received_at').as('last_received')])
    .where('at', '>', fromIso)
    .where('at', '<=', toIso)
    .executeTakeFirstOrThrow();
  return `${Number(row.count)}/${row.last_received ?? '-'}`;
}

/** The times (ISO UTC) of the stored observations in a period, for a backfill or a replay to walk. */
export async function observationTimeRange(
  db: Kysely<Database>,
  fromIso: string,
  toIso: string,
): Promise<{ first: string; last: string } | undefined> {
  const row = await db
    .selectFrom('observations')
    .select((eb) => [eb.fn.min('at').as('first'), eb.fn.max('at').as('last')])
    .where('at', '>', fromIso)
    .where('at', '<=', toIso)
    .executeTakeFirstOrThrow();
  return row.first === null || row.last === null ? undefined : { first: row.first, last: row.last };
}

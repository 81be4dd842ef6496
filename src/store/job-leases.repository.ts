import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Makes sure a job has its lease row (a new job has run no slot yet). */
export async function ensureJobLease(db: Kysely<Database>, name: string): Promise<void> {
  await db
    .insertInto('job_leases')
    .values({
      name,
      slot: -1,
      holder: null,
      lease_until: null,
      last_started_at: null,
      last_finished_at: null,
      last_error: null,
    })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

/**
 * Takes the job's lease for a slot, atomically: only if no server ran this slot yet and no live lease is held
 * (one that ran out belongs to a server that died). True when this holder is to run it.
 */
export async function claimJobSlot(
  db: Kysely<Database>,
  claim: { name: string; slot: number; holder: string; now: string; leaseUntil: string },
): Promise<boolean> {
  const result = await db
    .updateTable('job_leases')
    .set({ slot: claim.slot, holder: claim.holder, lease_until: claim.leaseUntil, last_started_at: claim.now })
    .where('name', '=', claim.name)
    .where('slot', '<', claim.slot)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', claim.now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives the lease back once the run ended, with its error if it failed. */
export async function releaseJobSlot(
  db: Kysely<Database>,
  release: { name: string; holder: string; now: string; error: string | null },
): Promise<void> {
  await db
    .updateTable('job_leases')
    .set({ holder: null, lease_until: null, last_finished_at: release.now, last_error: release.error })
    .where('name', '=', release.name)
    .where('holder', '=', release.holder)
    .execute();
}

export interface JobLeaseRecord {
  name: string;
  slot: number;
  holder: string | null;
  leaseUntil: string | null;
  lastStartedAt: string | null;
  lastFinishedAt: string | null;
  lastError: string | null;
}

export async function jobLeases(db: Kysely<Database>): Promise<JobLeaseRecord[]> {
  const rows = await db.selectFrom('job_leases').selectAll().orderBy('name').execute();
  return rows.map((row) => ({
    name: row.name,
    slot: Number(row.slot),
    holder: row.holder,
    leaseUntil: row.lease_until,
    lastStartedAt: row.last_started_at,
    lastFinishedAt: row.last_finished_at,
    lastError: row.last_error,
  }));
}

import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface PlanVersionRecord {
  planId: string;
  version: string;
  contentHash: string;
  kind: string;
  content: unknown;
}

/**
 * Keeps every plan text the system has ever run with, so a stored decision's (plan, hash) can always be
 * looked up, even after the plan file is revised. Recording the same text again changes nothing.
 */
export async function recordPlanVersions(db: Kysely<Database>, plans: PlanVersionRecord[], now: Date): Promise<number> {
  let added = 0;
  await db.transaction().execute(async (trx) => {
    for (const plan of plans) {
      const result = await trx
        .insertInto('plan_versions')
        .values({
          plan_id: plan.planId,
          version: plan.version,
          content_hash: plan.contentHash,
          kind: plan.kind,
          content: JSON.stringify(plan.content),
          first_loaded_at: now.toISOString(),
        })
        .onConflict((oc) => oc.columns(['plan_id', 'content_hash']).doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
  });
  return added;
}

export async function findPlanVersion(
  db: Kysely<Database>,
  planId: string,
  contentHash: string,
): Promise<PlanVersionRecord | undefined> {
  const row = await db
    .selectFrom('plan_versions')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('content_hash', '=', contentHash)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    planId: row.plan_id,
    version: row.version,
    contentHash: row.content_hash,
    kind: row.kind,
    content: JSON.parse(row.content),
  };
}

export async function listPlanVersions(
  db: Kysely<Database>,
  planId: string,
): Promise<Array<{ version: string; contentHash: string; firstLoadedAt: string }>> {
  const rows = await db
    .selectFrom('plan_versions')
    .select(['version', 'content_hash', 'first_loaded_at'])
    .where('plan_id', '=', planId)
    .orderBy('first_loaded_at')
    .execute();
  return rows.map((row) => ({
    version: row.version,
    contentHash: row.content_hash,
    firstLoadedAt: row.first_loaded_at,
  }));
}

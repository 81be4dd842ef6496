import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { AirTargetRisksTable } from './tables/air.ts';

export interface AirTargetRiskRecord {
  year: number;
  region: string;
  targetId: string;
  status: string;
  asOf: string;
  reason: string;
  noticedAt: string;
}

/** Records that a target reached a state this year; false when it was recorded before (by any server). */
export async function recordTargetRisk(trx: Kysely<Database>, risk: AirTargetRiskRecord): Promise<boolean> {
  const row: AirTargetRisksTable = {
    year: risk.year,
    region: risk.region,
    target_id: risk.targetId,
    status: risk.status,
    as_of: risk.asOf,
    reason: risk.reason,
    noticed_at: risk.noticedAt,
  };
  const inserted = await trx
    .insertInto('air_target_risks')
    .values(row)
    .onConflict((oc) => oc.columns(['year', 'region', 'target_id', 'status']).doNothing())
    .returning('target_id')
    .execute();
  return inserted.length === 1;
}

export async function listTargetRisks(db: Kysely<Database>, year: number): Promise<AirTargetRiskRecord[]> {
  const rows = await db
    .selectFrom('air_target_risks')
    .selectAll()
    .where('year', '=', year)
    .orderBy('noticed_at')
    .orderBy('region')
    .orderBy('target_id')
    .orderBy('status')
    .execute();
  return rows.map((row) => ({
    year: Number(row.year),
    region: row.region,
    targetId: row.target_id,
    status: row.status,
    asOf: row.as_of,
    reason: row.reason,
    noticedAt: row.noticed_at,
  }));
}

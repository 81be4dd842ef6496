import type { Kysely } from 'kysely';
import { after, pageOf, type Page, type PageRequest } from './pagination.ts';
import type { Database } from './schema.ts';
import type { LedgerIndicatorValuesTable } from './tables/ledger-indicators.ts';

export interface IndicatorUnitRecord {
  planId: string;
  targetId: string;
  unit: string;
  assignedAt: string;
  assignedBy: string;
}

export interface IndicatorValueRecord {
  id: string;
  planId: string;
  targetId: string;
  unit: string;
  period: string;
  periodEnd: string;
  value: number;
  source: string;
  evidence: string;
  note: string | null;
  reportedAt: string;
  reportedBy: string;
  planVersion: string;
}

function toValue(row: LedgerIndicatorValuesTable): IndicatorValueRecord {
  return {
    id: row.id,
    planId: row.plan_id,
    targetId: row.target_id,
    unit: row.unit,
    period: row.period,
    periodEnd: row.period_end,
    // PostgreSQL's double precision arrives as a number, SQLite's REAL too; Number() guards a driver returning text.
    value: Number(row.value),
    source: row.source,
    evidence: row.evidence,
    note: row.note,
    reportedAt: row.reported_at,
    reportedBy: row.reported_by,
    planVersion: row.plan_version,
  };
}

/** Sets (or changes) the unit that answers for a target; returns the unit it had before, if any. */
export async function assignIndicatorUnit(trx: Kysely<Database>, record: IndicatorUnitRecord): Promise<string | null> {
  const before = await trx
    .selectFrom('ledger_indicator_units')
    .select('unit')
    .where('plan_id', '=', record.planId)
    .where('target_id', '=', record.targetId)
    .executeTakeFirst();
  await trx
    .insertInto('ledger_indicator_units')
    .values({
      plan_id: record.planId,
      target_id: record.targetId,
      unit: record.unit,
      assigned_at: record.assignedAt,
      assigned_by: record.assignedBy,
    })
    .onConflict((conflict) =>
      conflict.columns(['plan_id', 'target_id']).doUpdateSet({
        unit: record.unit,
        assigned_at: record.assignedAt,
        assigned_by: record.assignedBy,
      }),
    )
    .execute();
  return before?.unit ?? null;
}

/** The units of a plan's targets (every plan's when none is named), keyed `${planId}/${targetId}`. */
export async function indicatorUnits(db: Kysely<Database>, planId?: string): Promise<Map<string, IndicatorUnitRecord>> {
  let query = db.selectFrom('ledger_indicator_units').selectAll();
  if (planId !== undefined) query = query.where('plan_id', '=', planId);
  const rows = await query.execute();
  return new Map(
    rows.map((row) => [
      `${row.plan_id}/${row.target_id}`,
      {
        planId: row.plan_id,
        targetId: row.target_id,
        unit: row.unit,
        assignedAt: row.assigned_at,
        assignedBy: row.assigned_by,
      },
    ]),
  );
}

export async function insertIndicatorValue(
  trx: Kysely<Database>,
  row: LedgerIndicatorValuesTable,
): Promise<IndicatorValueRecord> {
  await trx.insertInto('ledger_indicator_values').values(row).execute();
  return toValue(row);
}

/**
 * The value each (target, period end) stands at: the latest report for it (a correction supersedes), for every
 * target of a plan, in period order. What the trajectories are read from.
 */
export async function currentIndicatorValues(
  db: Kysely<Database>,
  planId: string,
): Promise<Map<string, IndicatorValueRecord[]>> {
  const rows = await db
    .selectFrom('ledger_indicator_values')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('target_id')
    .orderBy('period_end')
    .orderBy('reported_at')
    .orderBy('id')
    .execute();
  const byTarget = new Map<string, IndicatorValueRecord[]>();
  for (const row of rows) {
    const values = byTarget.get(row.target_id) ?? [];
    // Rows come by period end, then report time: a later report of the same period replaces the earlier one.
    if (values.at(-1)?.periodEnd === row.period_end) values.pop();
    values.push(toValue(row));
    byTarget.set(row.target_id, values);
  }
  return byTarget;
}

/** A target's value history as reported, every report kept (newest first), page by page. */
export async function indicatorValueHistory(
  db: Kysely<Database>,
  planId: string,
  targetId: string,
  page: PageRequest,
): Promise<Page<IndicatorValueRecord>> {
  let query = db
    .selectFrom('ledger_indicator_values')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('target_id', '=', targetId);
  if (page.cursor) query = query.where(after(['reported_at', 'id'], 'desc', page.cursor));
  const rows = await query
    .orderBy('reported_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return pageOf(rows, page.limit, (row) => [row.reported_at, row.id], toValue);
}

import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** What the ledger holds about the tasks a unit leads in a year, counted as of an instant. */
export interface UnitTaskCounts {
  unit: string;
  closedOnTime: number;
  closedLate: number;
  overdue: number;
  open: number;
  returned: number;
}

const CLOSED = '办结销号';

/**
 * Counts, per lead unit, the year's tasks as they stood at `asOf` (ISO instant), in SQL on either engine.
 * A deadline is a date in Asia/Shanghai: it ends at 16:00 UTC that day, so `deadline || 'T16:00:00.000Z'` is the
 * instant a task turns late (ISO instants compare as text). A task closed after `asOf` counts as not yet closed.
 */
export async function unitTaskCounts(db: Kysely<Database>, year: number, asOf: string): Promise<UnitTaskCounts[]> {
  const dueEnd = sql<string>`t.deadline || 'T16:00:00.000Z'`;
  const closed = sql<boolean>`(t.node = ${CLOSED} and t.closed_at is not null and t.closed_at <= ${asOf})`;
  const late = sql<boolean>`(t.deadline is not null and ${dueEnd} <= ${asOf})`;
  const rows = await db
    .selectFrom('ledger_tasks as t')
    .innerJoin('ledger_task_units as u', (join) => join.onRef('u.task_id', '=', 't.id').on('u.role', '=', 'lead'))
    .select([
      'u.unit as unit',
      sql<number>`sum(case when ${closed} and (t.deadline is null or t.closed_at < ${dueEnd}) then 1 else 0 end)`.as(
        'closedOnTime',
      ),
      sql<number>`sum(case when ${closed} and t.deadline is not null and t.closed_at >= ${dueEnd} then 1 else 0 end)`.as(
        'closedLate',
      ),
      sql<number>`sum(case when not ${closed} and ${late} then 1 else 0 end)`.as('overdue'),
      sql<number>`sum(case when not ${closed} and not ${late} then 1 else 0 end)`.as('open'),
      sql<number>`(select count(*) from ledger_returns r join ledger_task_units ru on ru.task_id = r.task_id and ru.role = 'lead' join ledger_tasks rt on rt.id = r.task_id where ru.unit = u.unit and rt.year = ${year} and r.at <= ${asOf})`.as(
        'returned',
      ),
    ])
    .where('t.year', '=', year)
    .groupBy('u.unit')
    .execute();
  // PostgreSQL gives sums and counts as bigint text.
  return rows.map((row) => ({
    unit: row.unit,
    closedOnTime: Number(row.closedOnTime),
    closedLate: Number(row.closedLate),
    overdue: Number(row.overdue),
    open: Number(row.open),
    returned: Number(row.returned),
  }));
}

import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { readFeed } from '../../src/air/feed/index.ts';
import { listOrder } from '../../src/ledger/numbers.ts';
import { importFeed } from '../../src/store/air-hourly.repository.ts';
import type { Database } from '../../src/store/schema.ts';

export interface TaskFact {
  year: number;
  number: string;
  lead: string;
  partners?: string[];
  /** ISO date; null for an ongoing task. */
  deadline: string | null;
  /** ISO instant of 办结销号; absent for a task still open. */
  closedAt?: string;
  /** ISO instants of the coordinator's returns at 复核. */
  returns?: string[];
}

/** Two units' year: 市商务局's one task overdue, 市市场监督管理局's one closed before its deadline. */
export const ONE_LATE_ONE_ON_TIME: readonly TaskFact[] = [
  { year: 2025, number: '1', lead: '市商务局', deadline: '2025-01-31' },
  { year: 2025, number: '2', lead: '市市场监督管理局', deadline: '2025-01-31', closedAt: '2025-01-20T00:00:00.000Z' },
];

/** Writes ledger tasks as the chain would leave them (the rows the scorecards count), straight into the store. */
export async function writeTaskFacts(db: Kysely<Database>, facts: readonly TaskFact[]): Promise<void> {
  for (const fact of facts) {
    const id = randomUUID();
    const at = `${fact.year}-01-05T02:00:00.000Z`;
    await db
      .insertInto('ledger_tasks')
      .values({
        id,
        plan_id: 'quality-2024',
        year: fact.year,
        number: fact.number,
        number_order: Number(fact.number),
        list_order: listOrder(fact.year, fact.number),
        action_clause: '四(一)',
        measure_clause: '四(一)1',
        text: `任务 ${fact.number}`,
        deadline: fact.deadline,
        ongoing: fact.deadline === null ? 1 : 0,
        deadline_text: fact.deadline ?? '长期坚持',
        expected_result: null,
        indicator_ref: null,
        node: fact.closedAt ? '办结销号' : '办理',
        set_up_at: at,
        set_up_by: 'test',
        assigned_at: at,
        assigned_by: 'test',
        signed_at: at,
        signed_by: 'test',
        handling_at: at,
        feedback_at: null,
        feedback_by: null,
        reviewed_at: null,
        reviewed_by: null,
        closed_at: fact.closedAt ?? null,
        closed_by: fact.closedAt ? 'test' : null,
        source: 'import',
        source_ref: 'test.xlsx',
        plan_version: 'test',
        plan_hash: 'test',
        created_at: at,
        updated_at: at,
      })
      .execute();
    const units = [
      { role: 'lead' as const, unit: fact.lead },
      ...(fact.partners ?? []).map((unit) => ({ role: 'partner' as const, unit })),
    ];
    await db
      .insertInto('ledger_task_units')
      .values(units.map((unit, position) => ({ task_id: id, role: unit.role, position, unit: unit.unit })))
      .execute();
    for (const returned of fact.returns ?? [])
      await db
        .insertInto('ledger_returns')
        .values({ id: randomUUID(), task_id: id, reason: '佐证材料不全', at: returned, actor: 'test' })
        .execute();
  }
}

const CITY_STATIONS = ['1591A', '1592A', '1593A', '1594A', '1595A'];

/** Hourly feed rows for the city's five stations, every hour of `days` days from 1 January, PM2.5 at `pm25`. */
export async function writeCleanAirDays(db: Kysely<Database>, year: number, days: number, pm25: number) {
  async function* lines() {
    yield `date,hour,type,${CITY_STATIONS.join(',')}`;
    for (let day = 1; day <= days; day++) {
      const date = `${year}01${String(day).padStart(2, '0')}`;
      for (let hour = 0; hour < 24; hour++) {
        const row = (type: string, value: number) =>
          `${date},${hour},${type},${CITY_STATIONS.map(() => value).join(',')}`;
        yield row('PM2.5', pm25);
        yield row('PM10', 40);
        yield row('SO2', 8);
        yield row('NO2', 20);
        yield row('O3', 60);
        yield row('CO', 0.5);
      }
    }
  }
  return importFeed(db, readFeed(lines(), 'clean.csv'), 'clean.csv', () => `clean-${year}-${days}-${pm25}`, new Date());
}

// 督查考核 at the size issue #12 names: 231 tasks led by 40 units, a year of monthly progress reports and returns,
// the quality plan's quantified targets with a value a month — the year's scorecards (SQL facts + the air
// evaluation's read + trajectories + scoring), on SQLite (a temporary file) and PostgreSQL (skipped when none).
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { operatorPrincipal } from '../src/access/principal.ts';
import { yearScorecards } from '../src/services/ledger-scorecards.service.ts';
import { ledgerIndicators } from '../src/services/ledger-indicators.service.ts';
import { openStore, type Store } from '../src/store/database.ts';
import { assignIndicatorUnit } from '../src/store/ledger-indicators.repository.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import type { ServiceContext } from '../src/services/context.ts';
import { writeTaskFacts, type TaskFact } from '../test/support/ledger-facts.ts';
import { serviceContext } from '../test/support/services.ts';
import { tempDir } from '../test/support/temp-dir.ts';
import { formatTiming, random, report, timeAsync } from './support.ts';
import { withBenchDatabase } from './postgres.ts';

const TASKS = 231;
const UNITS = 40;
const YEAR = 2025;
const iso = (month: number, day: number) => `${YEAR}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

async function fill(ctx: ServiceContext): Promise<void> {
  const db = ctx.store.db;
  const units = ctx.plans
    .units()
    .units()
    .slice(0, UNITS)
    .map((unit) => unit.name);
  const next = random(12);
  const facts: TaskFact[] = Array.from({ length: TASKS }, (_, i) => {
    const month = 1 + Math.floor(next() * 12);
    const closed = next() < 0.6;
    return {
      year: YEAR,
      number: String(i + 1),
      lead: units[i % UNITS]!,
      partners: [units[(i + 7) % UNITS]!, units[(i + 13) % UNITS]!],
      deadline: next() < 0.1 ? null : iso(month, 28),
      ...(closed ? { closedAt: `${iso(month, next() < 0.8 ? 20 : 28)}T09:00:00.000Z` } : {}),
      ...(next() < 0.2 ? { returns: [`${iso(month, 10)}T02:00:00.000Z`] } : {}),
    };
  });
  await writeTaskFacts(db, facts);
  // A year of monthly progress reports on every task.
  const tasks = await db.selectFrom('ledger_tasks').select('id').execute();
  const reports = tasks.flatMap((task, t) =>
    Array.from({ length: 12 }, (_, m) => ({
      id: randomUUID(),
      task_id: task.id,
      kind: 'progress' as const,
      unit: units[t % UNITS]!,
      text: `${m + 1}月进展:按计划推进`,
      at: `${iso(m + 1, 25)}T08:00:00.000Z`,
      actor: 'bench',
    })),
  );
  for (let i = 0; i < reports.length; i += 500)
    await db
      .insertInto('ledger_reports')
      .values(reports.slice(i, i + 500))
      .execute();
  // Every target gets a unit; every quantified quality target a value a month.
  const indicators = ledgerIndicators(ctx);
  for (const [i, indicator] of indicators.entries()) {
    await assignIndicatorUnit(db, {
      planId: indicator.planId,
      targetId: indicator.targetId,
      unit: units[i % UNITS]!,
      assignedAt: `${YEAR}-01-02T00:00:00.000Z`,
      assignedBy: 'bench',
    });
    if (indicator.source !== 'reported' || indicator.goal === null) continue;
    const goal = indicator.goal.value;
    await db
      .insertInto('ledger_indicator_values')
      .values(
        Array.from({ length: 12 }, (_, m) => ({
          id: randomUUID(),
          plan_id: indicator.planId,
          target_id: indicator.targetId,
          unit: units[i % UNITS]!,
          period: `${YEAR}-${m + 1}`,
          period_end: iso(m + 1, 28),
          value: goal * (0.8 + 0.02 * m + 0.03 * next()),
          source: 'bench',
          evidence: 'bench',
          note: null,
          reported_at: `${iso(m + 1, 28)}T10:00:00.000Z`,
          reported_by: 'bench',
          plan_version: 'bench',
          plan_hash: 'bench',
        })),
      )
      .execute();
  }
}

async function measure(store: Store, engine: string): Promise<void> {
  await migrateToLatest(store.db);
  // Mid-November: most deadlines past, the year still open (trajectories read against the year's progress).
  const ctx = serviceContext(store, () => new Date(`${YEAR}-11-15T02:00:00.000Z`));
  await fill(ctx);
  const principal = operatorPrincipal('bench');
  const year = await yearScorecards(ctx, principal, YEAR);
  report(`${engine}: units ranked`, `${year.scorecards.length} (${TASKS} tasks, ${TASKS * 12} progress reports)`);
  report(
    `${engine}: yearly scorecards (GET /api/ledger/scorecards)`,
    formatTiming(await timeAsync(() => yearScorecards(ctx, principal, YEAR), 10)),
  );
}

export async function run(): Promise<void> {
  const dir = tempDir();
  const sqlite = openStore(join(dir.path, 'ledger-score.sqlite'));
  try {
    await measure(sqlite, 'SQLite');
  } finally {
    await sqlite.close();
    dir.remove();
  }
  await withBenchDatabase('ledger_score', async (url) => {
    const store = openStore(url);
    try {
      await measure(store, 'PostgreSQL');
    } finally {
      await store.close();
    }
  });
}

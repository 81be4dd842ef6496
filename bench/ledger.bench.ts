// The supervision ledger at the quality plan's size: a year's table of 231 tasks over its 28 measures and 40
// units, imported from .xlsx; a year of work on it (each task handed out, signed and reported on monthly:
// 231 × 12 progress reports through the chain); then the ledger's page queries. On SQLite (a temporary file)
// and PostgreSQL (a fresh database on 127.0.0.1, skipped when none answers).
import { join } from 'node:path';
import { userPrincipal, operatorPrincipal } from '../src/access/principal.ts';
import { PlanCatalog } from '../src/catalog/plan-files.ts';
import { planMeasures } from '../src/ledger/plan-measures.ts';
import { takeLedgerStep } from '../src/services/ledger-steps.service.ts';
import { importLedgerSheet, pageLedger } from '../src/services/ledger.service.ts';
import { openStore, type Store } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { ledgerWorkbook, yearSheet } from '../test/support/ledger-sheet.ts';
import { serviceContext } from '../test/support/services.ts';
import { tempDir } from '../test/support/temp-dir.ts';
import { formatTiming, report, timeAsync } from './support.ts';
import { withBenchDatabase } from './postgres.ts';

const catalog = PlanCatalog.load();
const units = catalog.units();
const tasks = 231;
const reportsPerTask = Number(process.env.BENCH_LEDGER_REPORTS ?? 12);

async function onStore(store: Store, label: string): Promise<void> {
  await migrateToLatest(store.db);
  let clock = new Date('2025-01-05T02:00:00Z');
  const ctx = serviceContext(store, () => clock);
  const leadNames = units
    .units()
    .map((unit) => unit.name)
    .slice(0, 40);
  const content = await ledgerWorkbook(yearSheet(planMeasures(catalog.quality()), leadNames, tasks));
  const operator = operatorPrincipal('bench');
  const request = { planId: 'quality-2024', year: 2025, fileName: 'tasks.xlsx', content };

  let start = performance.now();
  const first = await importLedgerSheet(ctx, operator, request);
  report(`${label}: import ${first.imported} tasks (new store)`, `${(performance.now() - start).toFixed(0)} ms`);
  start = performance.now();
  await importLedgerSheet(ctx, operator, request);
  report(`${label}: import again (each task compared, none changed)`, `${(performance.now() - start).toFixed(0)} ms`);

  const coordinator = userPrincipal({
    id: 'c',
    username: 'market',
    displayName: 'c',
    role: 'unitLiaison',
    unitId: 'market-regulation-bureau',
  });
  const liaisonOf = (name: string) => {
    const unit = units.resolve(name);
    return userPrincipal({
      id: unit.id,
      username: unit.id,
      displayName: unit.name,
      role: 'unitLiaison',
      unitId: unit.id,
    });
  };
  const all = (await pageLedger(ctx, operator, { planId: 'quality-2024', year: 2025 }, { limit: 500 })).items;
  start = performance.now();
  for (const task of all) {
    await takeLedgerStep(ctx, coordinator, task.id, 'assign');
    await takeLedgerStep(ctx, liaisonOf(task.lead[0]!), task.id, 'sign');
  }
  let steps = all.length * 2;
  for (let month = 0; month < reportsPerTask; month++) {
    clock = new Date(Date.UTC(2025, month, 25, 2));
    for (const task of all) {
      await takeLedgerStep(ctx, liaisonOf(task.lead[0]!), task.id, 'progress', { text: `${month + 1}月工作进展` });
      steps++;
    }
  }
  const ms = performance.now() - start;
  report(
    `${label}: a year of work (${steps} steps, ${all.length * reportsPerTask} reports)`,
    `${(ms / 1000).toFixed(1)} s (${(ms / steps).toFixed(1)} ms a step)`,
  );

  clock = new Date('2025-06-20T02:00:00Z');
  const page = await timeAsync(
    () => pageLedger(ctx, operator, { planId: 'quality-2024', year: 2025 }, { limit: 50 }),
    20,
  );
  report(`${label}: ledger page (50 of ${tasks}, lights)`, formatTiming(page));
  const byUnit = await timeAsync(
    () => pageLedger(ctx, operator, { planId: 'quality-2024', unit: leadNames[3] }, { limit: 50 }),
    20,
  );
  report(`${label}: a unit's tasks (lead or partner)`, formatTiming(byUnit));
  const red = await timeAsync(
    () => pageLedger(ctx, operator, { planId: 'quality-2024', light: 'red' }, { limit: 50 }),
    20,
  );
  report(`${label}: red tasks (overdue) on 2025-06-20`, formatTiming(red));
}

export async function run(): Promise<void> {
  const dir = tempDir();
  const sqlite = openStore(join(dir.path, 'ledger.sqlite'));
  try {
    await onStore(sqlite, 'SQLite');
  } finally {
    await sqlite.close();
    dir.remove();
  }
  await withBenchDatabase('ledger', async (url) => {
    const store = openStore(url);
    try {
      await onStore(store, 'PostgreSQL');
    } finally {
      await store.close();
    }
  });
}

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { exited, waitForLine } from '../../test/support/child-process.ts';
import { runCliAsync } from '../../test/support/cli-async.ts';
import { engines, freshPostgresUrl } from '../../test/support/engines.ts';
import { ledgerWorkbook, yearSheet } from '../../test/support/ledger-sheet.ts';
import { tempDir } from '../../test/support/temp-dir.ts';
import { PlanCatalog } from '../catalog/plan-files.ts';
import { planMeasures } from '../ledger/plan-measures.ts';
import { openStore } from '../store/database.ts';
import { migrateToLatest } from '../store/migrate.ts';

const child = fileURLToPath(new URL('../../test/support/ledger-import-child.ts', import.meta.url));
const catalog = PlanCatalog.load();
/** The quality plan's year: 231 tasks (written out from 四, not read from the code). */
const expectedTasks = 231;

async function yearFile(dir: string): Promise<string> {
  const units = catalog
    .units()
    .units()
    .map((unit) => unit.name)
    .slice(0, 40);
  const file = join(dir, 'tasks.xlsx');
  writeFileSync(file, await ledgerWorkbook(yearSheet(planMeasures(catalog.quality()), units, expectedTasks)));
  return file;
}

/** What the store holds after a restart (which migrates, as every start does): tasks, their units and events, import audits. */
async function stored(url: string) {
  const store = openStore(url);
  try {
    await migrateToLatest(store.db);
    const count = async (table: 'ledger_tasks' | 'ledger_task_units' | 'ledger_events') =>
      Number(
        (
          await store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const imports = await store.db
      .selectFrom('audit_log')
      .select('seq')
      .where('action', '=', 'ledger.imported')
      .execute();
    return {
      tasks: await count('ledger_tasks'),
      units: await count('ledger_task_units'),
      events: await count('ledger_events'),
      imports: imports.length,
    };
  } finally {
    await store.close();
  }
}

describe.each(engines)('issue #14: killing a ledger import (SIGKILL) on %s', (engine) => {
  let dir: ReturnType<typeof tempDir> | undefined;
  const children: ChildProcessWithoutNullStreams[] = [];
  afterEach(() => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    dir?.remove();
  });
  const storeUrl = async (d: string) => (engine === 'postgres' ? freshPostgresUrl() : join(d, 'ledger.sqlite'));

  it('with tasks written but not committed: after restart nothing of the file is there; imported again, whole and once', async () => {
    dir = tempDir();
    const file = await yearFile(dir.path);
    const url = await storeUrl(dir.path);
    const first = spawn(process.execPath, ['--import', 'tsx', child], {
      env: { ...process.env, DATABASE_URL: url, FILE: file, PAUSE_AFTER: '120' },
    });
    children.push(first);
    await waitForLine(first, /midway/);
    first.kill('SIGKILL');
    expect(await exited(first)).toBe('SIGKILL');
    expect(await stored(url)).toEqual({ tasks: 0, units: 0, events: 0, imports: 0 });

    for (let run = 0; run < 2; run++) {
      const again = await runCliAsync(['ledger', 'import', file, '--plan', 'quality-2024', '--year', '2025'], {
        env: { DATABASE_URL: url },
      });
      expect(again.status, again.stderr).toBe(0);
      expect(JSON.parse(again.stdout)).toEqual({ imported: expectedTasks });
    }
    const whole = await stored(url);
    expect(whole).toMatchObject({ tasks: expectedTasks, events: expectedTasks, imports: 2 });
    expect(whole.units).toBe(expectedTasks * 3);
  }, 180_000);

  it('a real `nuancheng ledger import` killed at two moments: the file is there whole or not at all', async () => {
    dir = tempDir();
    const file = await yearFile(dir.path);
    for (const delayMs of [2000, 3500]) {
      // A store of its own each time: on a quiet machine the import may finish before the kill, and a second
      // complete import of the same file is (rightly) a second audited import.
      const own = join(dir.path, String(delayMs));
      mkdirSync(own);
      const url = await storeUrl(own);
      const cli = spawn(
        process.execPath,
        [
          fileURLToPath(new URL('../../bin/nuancheng.js', import.meta.url)),
          'ledger',
          'import',
          file,
          '--plan',
          'quality-2024',
          '--year',
          '2025',
        ],
        { env: { ...process.env, DATABASE_URL: url } },
      );
      children.push(cli as ChildProcessWithoutNullStreams);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      cli.kill('SIGKILL');
      await exited(cli as ChildProcessWithoutNullStreams);
      const now = await stored(url);
      console.log(
        `ledger import (${engine}) killed after ${delayMs} ms: ${now.tasks === 0 ? 'nothing stored' : 'stored whole'}`,
      );
      expect([0, expectedTasks]).toContain(now.tasks);
      expect(now.events).toBe(now.tasks === 0 ? 0 : expectedTasks);
      expect(now.imports).toBe(now.tasks === 0 ? 0 : 1);
    }
  }, 180_000);
});

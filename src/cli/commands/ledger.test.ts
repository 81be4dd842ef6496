import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../../../test/support/cli-in-process.ts';
import { engines, freshPostgresUrl } from '../../../test/support/engines.ts';
import { ledgerWorkbook, sampleSheet, type TestSheet } from '../../../test/support/ledger-sheet.ts';
import { tempDir } from '../../../test/support/temp-dir.ts';

const cliTestMs = 120_000;

describe.each(engines)('contract: nuancheng ledger import | list | export, on %s', (engine) => {
  let dir: ReturnType<typeof tempDir> | undefined;
  afterEach(() => dir?.remove());

  async function setUp() {
    dir = tempDir();
    const database = engine === 'postgres' ? await freshPostgresUrl() : join(dir.path, 'nuancheng.sqlite');
    const env = { NUANCHENG_DATA_DIR: dir.path, DATABASE_URL: '' };
    const run = (...args: string[]) => runCliInProcess([...args, '--database', database], env);
    const write = async (name: string, sheet: TestSheet) => {
      const file = join(dir!.path, name);
      writeFileSync(file, await ledgerWorkbook(sheet));
      return file;
    };
    const list = async (year = '2025') => {
      const result = await run('ledger', 'list', '--plan', 'quality-2024', '--year', year, '--json');
      expect(result.stderr).toBe('');
      return (JSON.parse(result.stdout) as { tasks: Record<string, unknown>[] }).tasks;
    };
    return { run, write, list };
  }

  it(
    'imports the usual layout (title row, merged 重点任务, short unit names, Chinese dates), lists it by 序号',
    async () => {
      const { run, write, list } = await setUp();
      const file = await write('tasks.xlsx', sampleSheet());
      const imported = await run('ledger', 'import', file, '--plan', 'quality-2024', '--year', '2025');
      expect(imported).toMatchObject({ status: 0, stderr: '' });
      expect(JSON.parse(imported.stdout)).toEqual({ imported: 5 });

      const tasks = await list();
      expect(tasks.map((task) => task.number)).toEqual(['1', '2', '3', '4', '10']);
      expect(tasks[1]).toMatchObject({
        number: '2',
        measureClause: '四(一)3',
        text: '实施“放心消费行动”',
        lead: ['市商务局'],
        partners: ['市市场监督管理局', '市发展和改革委员会'],
        deadline: '2025-12-31',
        ongoing: false,
        year: 2025,
        node: '立项',
      });
      expect(['green', 'yellow', 'red']).toContain(tasks[1]!.light);
      expect(tasks[2]).toMatchObject({ measureClause: '四(一)3', deadline: null, ongoing: true, light: 'green' });
      expect(tasks[3]).toMatchObject({ measureClause: '四(一)3', deadline: '2025-09-30', lead: ['市市场监督管理局'] });
      expect(tasks[4]).toMatchObject({
        measureClause: '四(二)1',
        deadline: '2025-12-31',
        partners: ['市工业和信息化局', '市能源局'],
      });
      expect(tasks[0]).toMatchObject({ deadline: '2025-06-30', partners: ['市工业和信息化局', '市能源局'] });

      // Importing again leaves one copy of each task; a changed row is updated in place.
      const again = sampleSheet();
      again.rows[0]![2] = '组织实施重大科技专项(修订)';
      const second = await run(
        'ledger',
        'import',
        await write('tasks2.xlsx', again),
        '--plan',
        'quality-2024',
        '--year',
        '2025',
      );
      expect(JSON.parse(second.stdout)).toEqual({ imported: 5 });
      const after = await list();
      expect(after).toHaveLength(5);
      expect(after[0]!.text).toBe('组织实施重大科技专项(修订)');
    },
    cliTestMs,
  );

  it(
    'export → import into an empty store gives the same tasks (round trip), with 当前环节 and 状态',
    async () => {
      const { run, write, list } = await setUp();
      await run(
        'ledger',
        'import',
        await write('tasks.xlsx', sampleSheet()),
        '--plan',
        'quality-2024',
        '--year',
        '2025',
      );
      const out = join(dir!.path, 'export.xlsx');
      const exported = await run('ledger', 'export', '--plan', 'quality-2024', '--year', '2025', '--out', out);
      expect(exported.status).toBe(0);
      const before = await list();

      const fresh = tempDir();
      try {
        const database = engine === 'postgres' ? await freshPostgresUrl() : join(fresh.path, 'n.sqlite');
        const env = { NUANCHENG_DATA_DIR: fresh.path, DATABASE_URL: '' };
        const reimport = await runCliInProcess(
          ['ledger', 'import', out, '--plan', 'quality-2024', '--year', '2025', '--database', database],
          env,
        );
        expect(reimport).toMatchObject({ status: 0, stderr: '' });
        const listed = await runCliInProcess(
          ['ledger', 'list', '--plan', 'quality-2024', '--year', '2025', '--json', '--database', database],
          env,
        );
        expect(JSON.parse(listed.stdout).tasks).toEqual(before);
      } finally {
        fresh.remove();
      }
      expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    },
    cliTestMs,
  );

  it(
    'bad rows: every problem as FILE: SHEET!CELL: reason, exit 2, nothing stored',
    async () => {
      const { run, write, list } = await setUp();
      const file = await write('bad.xlsx', {
        rows: [
          ['1', '四(一)1', '措施一', '市质监局', '', '2025年6月底'],
          ['1', '四(一)1', '措施二', '市科技局', '', '尽快'],
          ['3', '四(九)1', '措施三', '市科技局', '', '2025年6月底'],
          ['4', '四(一)1', '', '市科技局', '市财政局', { formula: 'TODAY()' }],
          ['', '四(一)1', '措施五', '', '', ''],
          ['6', '四(一)1', '措施六', '市科技局', '', '2025年6月底'],
        ],
      });
      const result = await run('ledger', 'import', file, '--plan', 'quality-2024', '--year', '2025');
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toEqual([
        `${file}: 2025年!D2: unknown unit "市质监局"`,
        `${file}: 2025年!A3: repeated 序号 "1" (first in row 2)`,
        `${file}: 2025年!F3: not a date: "尽快"`,
        `${file}: 2025年!B4: no measure of the plan is named "四(九)1"`,
        `${file}: 2025年!F5: formula cells are not accepted (=TODAY())`,
        `${file}: 2025年!A6: 序号 is empty`,
        `${file}: 2025年!D6: 牵头单位 is empty`,
        `${file}: 2025年!F6: 完成时限 is empty`,
      ]);
      expect(await list()).toEqual([]);
    },
    cliTestMs,
  );

  it(
    'whole-file problems: not a workbook, no header, unknown plan, missing file — FILE: reason, exit 2',
    async () => {
      const { run, write, list } = await setUp();
      const csv = join(dir!.path, 'tasks.csv');
      writeFileSync(csv, '序号,重点任务,具体措施,牵头单位,配合单位,完成时限\n1,四(一)1,x,市科技局,,2025年6月底\n');
      const notXlsx = await run('ledger', 'import', csv, '--plan', 'quality-2024', '--year', '2025');
      expect(notXlsx).toMatchObject({ status: 2, stderr: `${csv}: not an Excel workbook (.xlsx)\n` });

      const noHeader = await write('noheader.xlsx', {
        titleRows: ['a', 'b', 'c', 'd', 'e'],
        rows: [['1', '四(一)1', 'x', '市科技局', '', '2025年6月底']],
      });
      const headerless = await run('ledger', 'import', noHeader, '--plan', 'quality-2024', '--year', '2025');
      expect(headerless.status).toBe(2);
      expect(headerless.stderr).toBe(
        `${noHeader}: no header row (序号 / 重点任务 / 具体措施 / 牵头单位 / 配合单位 / 完成时限) in the first five rows of the first sheet\n`,
      );
      const good = await write('good.xlsx', sampleSheet());
      const unknownPlan = await run('ledger', 'import', good, '--plan', 'nowhere-2024', '--year', '2025');
      expect(unknownPlan).toMatchObject({ status: 2, stderr: `${good}: unknown plan "nowhere-2024"\n` });
      const missing = join(dir!.path, 'missing.xlsx');
      expect(await run('ledger', 'import', missing, '--plan', 'quality-2024', '--year', '2025')).toMatchObject({
        status: 2,
        stderr: `${missing}: cannot read the file (ENOENT)\n`,
      });
      expect(await list()).toEqual([]);
    },
    cliTestMs,
  );
});

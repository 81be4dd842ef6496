import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { fuzzEntry, fuzzTimeout } from '../../test/support/fuzz.ts';
import { ledgerHeader, ledgerWorkbook, sampleSheet, type TestCell } from '../../test/support/ledger-sheet.ts';
import { serviceContext } from '../../test/support/services.ts';
import { storeSnapshot } from '../../test/support/store-snapshot.ts';
import { operatorPrincipal } from '../access/principal.ts';
import type { Store } from '../store/database.ts';
import { importLedgerSheet, LedgerFileError } from './ledger.service.ts';

const ledgerTables = ['ledger_tasks', 'ledger_task_units', 'ledger_events', 'audit_log'] as const;

// Cells drawn from what offices write, right and wrong: clauses, titles, units and short forms, Chinese dates,
// unknown names, junk, numbers, dates and formulas.
const cell: fc.Arbitrary<TestCell> = fc.oneof(
  fc.constantFrom('1', '2', '3', '10', '1', '', ' ', '一'),
  fc.constantFrom('四(一)1', '四(二)3 强化产业集群质量发展', '增强质量发展创新动能', '四(九)9', '五(一)'),
  fc.constantFrom('市科技局', '市发改委、市工信局', '市市场监督管理局\n市商务局', '市质监局', '市财政局;;市能源局', ''),
  fc.constantFrom('2025年6月底', '年底前', '2025年第三季度', '长期坚持', '尽快', '2025-02-30', '2026年12月31日前'),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 300 }),
  fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
  fc.constant({ formula: 'SUM(A1:A2)' }),
  fc.constant(null),
);

const sheet = fc.record({
  titleRows: fc.array(fc.string({ maxLength: 8 }), { maxLength: 5 }),
  header: fc.oneof(
    fc.constant(ledgerHeader),
    fc.shuffledSubarray([...ledgerHeader, '备注'], { minLength: 5 }),
    fc.constant(['序 号', '重点\n任务', '具体措施', '牵头单位', '配合单位', '完成时限', '备注'] as string[]),
  ),
  rows: fc.array(fc.array(cell, { minLength: 6, maxLength: 7 }), { maxLength: 12 }),
  merge: fc.option(fc.integer({ min: 1, max: 4 })),
});

/** A valid workbook's bytes cut short or with bytes changed: the reader refuses them, never crashes. */
const damaged = fc.tuple(fc.nat(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }));

describe.each(engines)(
  'issue #14: ledger import under fuzzing (%s): a file is stored whole or not at all',
  (engine) => {
    let store: Store;
    let valid: Buffer;
    beforeAll(async () => {
      store = await openTestStore(engine);
      valid = await ledgerWorkbook(sampleSheet());
    });
    afterAll(async () => store?.close());
    const ctx = () => serviceContext(store, () => new Date('2025-03-01T00:00:00Z'));
    const operator = operatorPrincipal('fuzz');

    it(
      'sheets of random cells (merges, formulas, dates, unknown units): refused with cells named, or stored whole',
      async () => {
        let before = '';
        const stats = await fuzzEntry({
          name: `ledger import of a generated sheet (importLedgerSheet, ${engine})`,
          runs: engine === 'sqlite' ? 60 : 30,
          input: sheet,
          attempt: async (input) => {
            before = await storeSnapshot(store, ledgerTables);
            const headerWidth = input.header.length;
            const merges =
              input.merge && input.rows.length >= 2
                ? [
                    `B${input.titleRows.length + 2}:B${input.titleRows.length + 1 + Math.min(input.merge + 1, input.rows.length)}`,
                  ]
                : [];
            const content = await ledgerWorkbook({
              titleRows: input.titleRows,
              header: input.header,
              rows: input.rows.map((row) => row.slice(0, headerWidth)),
              merges,
            });
            const count = async () =>
              Number(
                (
                  await store.db
                    .selectFrom('ledger_tasks')
                    .select((eb) => eb.fn.countAll().as('n'))
                    .executeTakeFirstOrThrow()
                ).n,
              );
            const tasksBefore = await count();
            const result = await importLedgerSheet(ctx(), operator, {
              planId: 'quality-2024',
              year: 2025,
              fileName: 'f.xlsx',
              content,
            });
            // Accepted: every task row is stored (a sheet of only blank rows imports none).
            expect(result.imported).toBeLessThanOrEqual(input.rows.length);
            expect(await count()).toBe(tasksBefore + result.created);
          },
          isRefusal: (error) =>
            error instanceof LedgerFileError &&
            error.problems.length > 0 &&
            error.problems.every((p) => p.reason.length > 0 && (p.cell === undefined || /^[A-Z]+\d+$/.test(p.cell))),
          afterEach: async (outcome) => {
            if (outcome === 'refused') expect(await storeSnapshot(store, ledgerTables)).toBe(before);
          },
        });
        expect(stats.refused).toBeGreaterThan(0);
      },
      fuzzTimeout(60, 120_000),
    );

    it(
      'a workbook cut short or with bytes changed: refused as not a workbook, or read; never a crash',
      async () => {
        let before = '';
        const stats = await fuzzEntry({
          name: `ledger import of damaged .xlsx bytes (importLedgerSheet, ${engine})`,
          runs: engine === 'sqlite' ? 60 : 30,
          input: damaged,
          attempt: async ([cut, edits]) => {
            before = await storeSnapshot(store, ledgerTables);
            const content = Buffer.from(valid.subarray(0, cut % (valid.length + 1)));
            for (const [at, byte] of edits) if (content.length > 0) content[at % content.length] = byte;
            await importLedgerSheet(ctx(), operator, {
              planId: 'quality-2024',
              year: 2025,
              fileName: 'f.xlsx',
              content,
            });
          },
          isRefusal: (error) => error instanceof LedgerFileError,
          afterEach: async (outcome) => {
            if (outcome === 'refused') expect(await storeSnapshot(store, ledgerTables)).toBe(before);
          },
        });
        expect(stats.refused).toBeGreaterThan(0);
      },
      fuzzTimeout(60, 120_000),
    );
  },
);

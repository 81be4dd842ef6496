import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleKernels, kernelsModulePath, kernelsModuleText } from '../../../../scripts/kernels.ts';
import { scaleOf } from '../scales.ts';
import { KernelArena, type KernelCondition } from './arena.ts';

/** The plain reading: per unit, valid when all (any) parts have a value; a step met when all (any) parts meet it. */
function plainTotals(
  { columns, signs, steps, any }: Omit<KernelCondition, 'columns'> & { columns: Float64Array[] },
  weights: Float64Array,
) {
  const weight = new Array<number>(steps.length + 1).fill(0);
  const count = new Array<number>(steps.length + 1).fill(0);
  const join = (tests: boolean[]) => (any ? tests.some(Boolean) : tests.every(Boolean));
  for (let i = 0; i < weights.length; i++) {
    const values = columns.map((column, p) => signs[p]! * column[i]!);
    const add = (k: number) => {
      weight[k]! += weights[i]!;
      count[k]!++;
    };
    if (join(values.map((v) => !Number.isNaN(v)))) add(0);
    steps.forEach((bounds, s) => {
      if (join(values.map((v, p) => v >= bounds[p]!))) add(s + 1);
    });
  }
  return { weight, count };
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('grading kernels', () => {
  it('the module in kernels-wasm.ts is the one kernel-source.ts assembles to (npm run kernels)', async () => {
    expect(readFileSync(kernelsModulePath, 'utf8')).toBe(kernelsModuleText(await assembleKernels()));
  });

  it('sum weights and counts as the plain reading does: 1–3 parts, all and any, 1–9 steps, odd sizes, NaN', () => {
    const next = seeded(11);
    for (let round = 0; round < 300; round++) {
      const size = Math.floor(next() * 40);
      const parts = 1 + Math.floor(next() * 3);
      // Values on a coarse grid, so that many of them sit exactly on a bound.
      const columns = Array.from({ length: parts }, () =>
        Float64Array.from({ length: size }, () => (next() < 0.1 ? Number.NaN : Math.floor(next() * 9) - 4)),
      );
      const condition: Omit<KernelCondition, 'columns'> & { columns: Float64Array[] } = {
        columns,
        signs: columns.map(() => (next() < 0.5 ? 1 : -1)),
        steps: Array.from({ length: 1 + Math.floor(next() * 9) }, () => columns.map(() => Math.floor(next() * 9) - 4)),
        any: next() < 0.5,
      };
      const weights = Float64Array.from({ length: size }, () => Math.floor(next() * 1e6));
      const totals = new KernelArena().totals(condition, weights);
      expect({ weight: [...totals.weight], count: [...totals.count] }).toEqual(plainTotals(condition, weights));
    }
  });

  it('refuse an arena once a newer grading has started', () => {
    const column = Float64Array.from([1, 2, Number.NaN]);
    const weights = Float64Array.from([10, 20, 30]);
    const arena = new KernelArena();
    const condition = { columns: [column], signs: [1], steps: [[2]], any: false };
    expect([...arena.totals(condition, weights).weight]).toEqual([30, 20]);
    new KernelArena();
    expect(() => arena.totals(condition, weights)).toThrow(/newer grading/);
  });

  it('sum a daily column where the kernel left it, an odd last unit padded to count nowhere', () => {
    // Three units observed over 1, 2 and 3 days; two days ≥ 35 ℃ needed.
    const series = { offsets: Int32Array.from([0, 1, 3, 6]), values: Float64Array.from([36, 36, 37, 30, 35, 36]) };
    const arena = new KernelArena();
    const ladder = Float64Array.from([Number.NaN, Number.NEGATIVE_INFINITY, 35]);
    const scale = scaleOf({
      key: 'tmax',
      source: 'units',
      field: 'tmax',
      kind: 'past-days',
      op: '>=',
      days: 2,
      limits: [35],
    });
    const resident = arena.daily(series, scale, ladder, (column) => {
      column[0] = ladder[1]!;
    });
    expect([...arena.read(resident)]).toEqual([Number.NEGATIVE_INFINITY, 35, 35]);
    const totals = arena.totals(
      { columns: [resident], signs: [1], steps: [[35]], any: false },
      Float64Array.from([1, 2, 4]),
    );
    expect({ weight: [...totals.weight], count: [...totals.count] }).toEqual({ weight: [7, 6], count: [3, 2] });
  });

  it('refuse columns and weights of different sizes, and a step without a bound per part', () => {
    const arena = new KernelArena();
    expect(() =>
      arena.totals({ columns: [new Float64Array(3)], signs: [1], steps: [[0]], any: false }, new Float64Array(4)),
    ).toThrow(/3 values for 4 weights/);
    expect(() =>
      arena.totals(
        { columns: [new Float64Array(3), new Float64Array(3)], signs: [1, 1], steps: [[0]], any: false },
        new Float64Array(3),
      ),
    ).toThrow(/2 parts/);
  });
});

import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../plans/meteo/grading-rule.schema.ts';
import type { FieldKind } from '../../plans/meteo/situation-fields.ts';
import { dayColumns } from './day-scales.ts';
import type { DaySeries } from './measure-table.ts';
import { compares, scaleOf, type Scale } from './scales.ts';
import { KernelArena } from './simd/arena.ts';

/** The plain reading: every counted day (latest observed, first forecast) meets the limit. */
function reference(days: number[], kind: FieldKind, scale: Scale, limit: number): 'invalid' | boolean {
  const counted = kind === 'past-days' ? days.slice(-scale.days).reverse() : days.slice(0, scale.days);
  if (days.length === 0) return 'invalid';
  if (days.length < scale.days) return kind === 'past-days' ? false : 'invalid';
  if (counted.some(Number.isNaN)) return 'invalid';
  return counted.every((v) => compares(v, scale.op, limit));
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('daily values per scale (8.2.8): ranked as every counted day would be', () => {
  const next = seeded(7);
  const rows: number[][] = Array.from({ length: 3001 }, () => {
    const length = Math.floor(next() * 7);
    // Values on and around the limits, a missing day now and then.
    return Array.from({ length }, () =>
      next() < 0.05
        ? Number.NaN
        : [34, 35, 36, 37, 38, 40, 41][Math.floor(next() * 7)]! + (next() < 0.3 ? 0 : next() - 0.5),
    );
  });
  const offsets = Int32Array.from([0, ...rows.map((_, i) => rows.slice(0, i + 1).reduce((n, r) => n + r.length, 0))]);
  const series: DaySeries = { offsets, values: Float64Array.from(rows.flat()) };

  for (const kind of ['past-days', 'next-days'] as const) {
    for (const op of ['>=', '>', '<=', '<'] as Comparison[]) {
      it(`${kind} ${op}: 1 day against 40 ℃, 3 days against 35/37/40, 5 days against seven limits`, () => {
        const mildestFirst = (limits: number[]) => (op === '>=' || op === '>' ? limits : [...limits].reverse());
        const scales: Scale[] = (
          [
            [1, [40]],
            [3, [35, 37, 40]],
            [5, [34, 35, 36, 37, 38, 39, 40]],
          ] as const
        ).map(([days, limits]) =>
          scaleOf({
            key: `${kind} ${op} ${days}`,
            source: 'units',
            field: 'f',
            kind,
            op,
            days,
            limits: mildestFirst([...limits]),
          }),
        );
        const arena = new KernelArena();
        const columns = dayColumns(series, scales, rows.length, arena);
        for (const scale of scales) {
          const stored = columns.get(scale)!;
          const column = stored instanceof Float64Array ? stored : arena.read(stored);
          rows.forEach((days, i) => {
            for (const limit of scale.limits) {
              const expected = reference(days, kind, scale, limit);
              const value = column[i]!;
              const actual = Number.isNaN(value) ? 'invalid' : compares(value, op, limit);
              if (actual !== expected)
                expect({ days, days_: scale.days, limit, value }).toEqual({ days, days_: scale.days, limit, expected });
            }
          });
        }
      });
    }
  }
});

import type { Comparison } from '../../plans/meteo/grading-rule.schema.ts';
import type { CompiledCondition, CompiledRoute, CompiledThreshold } from './compile.ts';
import { totalFamily, unrolledFamily, type Family } from './families.ts';
import type { MeasureTable } from './measure-table.ts';
import { boundOf, decidingDays, emptyTotals, signOf, totalColumn, type RankTotals, type Scale } from './scales.ts';

/** Per row: no valid value for the condition (0), valid but not meeting it (1), or meeting it (2). */
export const INVALID = 0;
export const MET = 2;

export function compares(value: number, op: Comparison, limit: number): boolean {
  switch (op) {
    case '>=': return value >= limit;
    case '>': return value > limit;
    case '<=': return value <= limit;
    case '<': return value < limit;
  }
}

export interface Tally {
  /** Weight of the rows meeting the condition, and of the rows with a valid value for it. */
  met: number;
  valid: number;
  /** How many rows meet it. */
  count: number;
}

type StateOf = (row: number) => number;

/** Met and valid weight from totals per rank: valid from rank 1, met from rank `from`. */
function fromTotals({ weight, count: counts }: RankTotals, from: number): Tally {
  let met = 0;
  let valid = 0;
  let count = 0;
  for (let r = 1; r < weight.length; r++) {
    valid += weight[r]!;
    if (r >= from) {
      met += weight[r]!;
      count += counts[r]!;
    }
  }
  return { met, valid, count };
}

/**
 * Evaluates the plan's conditions over one table. A single-threshold route reads the totals of its scale (one
 * pass ranks all the thresholds on a quantity); a combined route reads the totals of its family (one pass for
 * all its levels). Any other shape of condition is evaluated row by row.
 */
export class TableEvaluator {
  private readonly columns = new Map<Scale, Float64Array>();
  private readonly totals = new Map<Scale | Family, Map<Float64Array, RankTotals>>();

  /** `scales`: every scale of this table in the grading, so the daily ones sharing a field are read in one pass. */
  constructor(private readonly table: MeasureTable, private readonly scales: readonly Scale[]) {}

  /** The values a scale ranks: the field's column, or each unit's deciding day; NaN where the table has none. */
  private column(scale: Scale): Float64Array {
    let column = this.columns.get(scale);
    if (column) return column;
    if (scale.kind === 'past-days' || scale.kind === 'next-days') {
      const series = this.table.days.get(scale.field);
      const siblings = this.scales.filter((s) => s.field === scale.field && signOf(s.op) === signOf(scale.op));
      if (series) {
        const byDays = decidingDays(series, scale.kind, scale.op, siblings.map((s) => s.days), this.table.size);
        for (const sibling of siblings) this.columns.set(sibling, byDays.get(sibling.days)!);
        column = byDays.get(scale.days)!;
      }
    } else {
      column = this.table.numbers.get(scale.field);
    }
    column ??= new Float64Array(this.table.size).fill(Number.NaN);
    this.columns.set(scale, column);
    return column;
  }

  private totalsOf(of: Scale | Family, weights: Float64Array, compute: () => RankTotals): RankTotals {
    let byWeights = this.totals.get(of);
    if (!byWeights) this.totals.set(of, (byWeights = new Map()));
    let totals = byWeights.get(weights);
    if (!totals) byWeights.set(weights, (totals = compute()));
    return totals;
  }

  /** The table has no value at all for this scale's quantity (a grid forecast without observations). */
  private absent(scale: Scale): boolean {
    return !(scale.kind === 'past-days' || scale.kind === 'next-days' ? this.table.days : this.table.numbers).has(scale.field);
  }

  tally(route: CompiledRoute, weights: Float64Array): Tally {
    const { condition, family } = route;
    const nothing: Tally = { met: 0, valid: 0, count: 0 };
    if ('threshold' in condition) {
      const { scale, step } = condition.threshold;
      if (this.absent(scale)) return nothing;
      return fromTotals(this.totalsOf(scale, weights, () => totalColumn(this.column(scale), scale, weights)), step + 2);
    }
    if (family && unrolledFamily(family.family)) {
      const of = family.family;
      // "All" of parts one of which no unit has: no unit has a valid value.
      if (of.all && of.parts.some((part) => this.absent(part.scale))) return nothing;
      const totals = this.totalsOf(of, weights, () => {
        const out = emptyTotals(of.members.length + 2);
        totalFamily(of, of.parts.map((part) => this.column(part.scale)), weights, out);
        return out;
      });
      return fromTotals(totals, family.place + 2);
    }
    const state = this.stateOf(condition);
    const tally: Tally = { met: 0, valid: 0, count: 0 };
    for (let i = 0; i < this.table.size; i++) {
      const s = state(i);
      if (s !== INVALID) tally.valid += weights[i]!;
      if (s === MET) {
        tally.met += weights[i]!;
        tally.count++;
      }
    }
    return tally;
  }

  /** A row's state for a condition, row by row: for naming the rows that meet it, and for unusual shapes. */
  private stateOf(condition: CompiledCondition): StateOf {
    if ('threshold' in condition) return this.thresholdState(condition.threshold);
    const all = 'all' in condition;
    const parts = (all ? condition.all : condition.any).map((part) => this.stateOf(part));
    // all: the weakest state wins (one missing field makes the row invalid); any: the strongest.
    return all
      ? (row) => parts.reduce((state, part) => Math.min(state, part(row)), MET)
      : (row) => parts.reduce((state, part) => Math.max(state, part(row)), INVALID);
  }

  private thresholdState(threshold: CompiledThreshold): StateOf {
    const { scale, step } = threshold;
    const column = this.column(scale);
    const sign = signOf(scale.op);
    const bound = boundOf(scale.op, scale.limits[step]!);
    return (row) => {
      const x = sign * column[row]!;
      return +(x === x) + +(x >= bound);
    };
  }

  /** The ids of the first `limit` rows meeting the condition, in table order. */
  metIds(condition: CompiledCondition, limit: number): string[] {
    const state = this.stateOf(condition);
    const ids: string[] = [];
    for (let i = 0; i < this.table.size && ids.length < limit; i++) {
      if (state(i) === MET) ids.push(this.table.idOf(i));
    }
    return ids;
  }
}

import type { CompiledCondition, CompiledRoute, CompiledThreshold } from './compile.ts';
import { flatThresholds, type Family } from './families.ts';
import type { MeasureTable } from './measure-table.ts';
import { dayColumns } from './day-scales.ts';
import type { Scale } from './scales.ts';
import { fitsKernels, type KernelArena, type Resident, type StepTotals } from './simd/arena.ts';

/** Per row: no valid value for the condition (0), valid but not meeting it (1), or meeting it (2). */
export const INVALID = 0;
export const MET = 2;

export interface Tally {
  /** Weight of the rows meeting the condition, and of the rows with a valid value for it. */
  met: number;
  valid: number;
  /** How many rows meet it. */
  count: number;
}

type StateOf = (row: number) => number;

/** Met and valid weight of step `step` (0 = the mildest limit of a scale, or the first member of a family). */
function fromSteps({ weight, count }: StepTotals, step: number): Tally {
  return { met: weight[step + 1]!, valid: weight[0]!, count: count[step + 1]! };
}

/**
 * Evaluates the plan's conditions over one table. A single-threshold route reads the sums of its scale (one
 * pass sums all the limits on a quantity); a combined route reads the sums of its family (one pass for all
 * its levels). Both run in the kernels (simd/); any other shape of condition is evaluated row by row.
 */
export class TableEvaluator {
  private readonly columns = new Map<Scale, Float64Array | Resident>();
  private readonly totals = new Map<Scale | Family, Map<Float64Array, StepTotals>>();

  /** `scales`: every scale of this table in the grading, so the daily ones sharing a field are read in one pass. */
  constructor(
    private readonly table: MeasureTable,
    private readonly scales: readonly Scale[],
    private readonly arena: KernelArena,
  ) {}

  /** The values a scale compares: the field's column, or each unit's daily reduction; NaN where the table has none. */
  private column(scale: Scale): Float64Array | Resident {
    let column = this.columns.get(scale);
    if (column) return column;
    if (scale.kind === 'past-days' || scale.kind === 'next-days') {
      const series = this.table.days.get(scale.field);
      if (series) {
        const siblings = this.scales.filter((s) => s.field === scale.field);
        for (const [sibling, values] of dayColumns(series, siblings, this.table.size, this.arena))
          this.columns.set(sibling, values);
        column = this.columns.get(scale)!;
      }
    } else {
      column = this.table.numbers.get(scale.field);
    }
    column ??= new Float64Array(this.table.size).fill(Number.NaN);
    this.columns.set(scale, column);
    return column;
  }

  /** The same values as an array, for reading row by row. */
  private values(scale: Scale): Float64Array {
    const column = this.column(scale);
    return column instanceof Float64Array ? column : this.arena.read(column);
  }

  private totalsOf(of: Scale | Family, weights: Float64Array, compute: () => StepTotals): StepTotals {
    let byWeights = this.totals.get(of);
    if (!byWeights) this.totals.set(of, (byWeights = new Map()));
    let totals = byWeights.get(weights);
    if (!totals) byWeights.set(weights, (totals = compute()));
    return totals;
  }

  /** The table has no value at all for this scale's quantity (a grid forecast without observations). */
  private absent(scale: Scale): boolean {
    return !(scale.kind === 'past-days' || scale.kind === 'next-days' ? this.table.days : this.table.numbers).has(
      scale.field,
    );
  }

  tally(route: CompiledRoute, weights: Float64Array): Tally {
    const { condition, family } = route;
    const nothing: Tally = { met: 0, valid: 0, count: 0 };
    if ('threshold' in condition) {
      const { scale, step } = condition.threshold;
      if (this.absent(scale)) return nothing;
      return fromSteps(
        this.totalsOf(scale, weights, () =>
          this.arena.totals(
            {
              columns: [this.column(scale)],
              signs: [scale.sign],
              steps: scale.bounds.map((bound) => [bound]),
              any: false,
            },
            weights,
          ),
        ),
        step,
      );
    }
    if (family && fitsKernels(family.family.scales.length)) {
      const of = family.family;
      // "All" of parts one of which no unit has: no unit has a valid value.
      if (of.all && of.scales.some((scale) => this.absent(scale))) return nothing;
      return fromSteps(
        this.totalsOf(of, weights, () =>
          this.arena.totals(
            {
              columns: of.scales.map((scale) => this.column(scale)),
              signs: of.scales.map((scale) => scale.sign),
              steps: of.bounds,
              any: !of.all,
            },
            weights,
          ),
        ),
        family.place,
      );
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
    const column = this.values(scale);
    const { sign } = scale;
    const bound = scale.bounds[step]!;
    return (row) => {
      const x = sign * column[row]!;
      return +(x === x) + +(x >= bound);
    };
  }

  /** The ids of the first `limit` rows meeting the condition, in table order. */
  metIds(condition: CompiledCondition, limit: number): string[] {
    const ids: string[] = [];
    const flat = flatThresholds(condition);
    if (flat) {
      // One test per part in a plain loop: a closure per part, called per row, is the slow path.
      const columns = flat.thresholds.map(({ scale }) => this.values(scale));
      const signs = flat.thresholds.map(({ scale }) => scale.sign);
      const bounds = flat.thresholds.map(({ scale, step }) => scale.bounds[step]!);
      for (let i = 0; i < this.table.size && ids.length < limit; i++) {
        let met = !flat.any;
        for (let p = 0; p < columns.length; p++) {
          const hit = signs[p]! * columns[p]![i]! >= bounds[p]!;
          met = flat.any ? met || hit : met && hit;
        }
        if (met) ids.push(this.table.idOf(i));
      }
      return ids;
    }
    const state = this.stateOf(condition);
    for (let i = 0; i < this.table.size && ids.length < limit; i++) {
      if (state(i) === MET) ids.push(this.table.idOf(i));
    }
    return ids;
  }
}

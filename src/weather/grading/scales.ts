import type { Comparison } from '../../plans/meteo/grading-rule.schema.ts';
import type { FieldKind } from '../../plans/meteo/situation-fields.ts';
import type { DaySeries } from './measure-table.ts';

/**
 * All thresholds the plan puts on one quantity with one comparison (e.g. forecast mean wind ≥ force 6, 8, 10,
 * 11, 12), ordered from the mildest to the strictest, so that one pass over the units ranks each unit against
 * all of them: a unit meeting a threshold meets every milder one.
 *
 * A unit's rank on a scale is 0 when it has no valid value, else 1 + the number of limits it meets; the
 * threshold at place `step` is met when rank ≥ step + 2.
 */
export interface Scale {
  key: string;
  source: 'units' | 'stations';
  field: string;
  kind: FieldKind;
  op: Comparison;
  days: number;
  /** Mildest first. */
  limits: number[];
}

/** Per rank, the weight and the number of units at that rank. */
export interface RankTotals {
  weight: Float64Array;
  count: Float64Array;
}

export function emptyTotals(size: number): RankTotals {
  return { weight: new Float64Array(size), count: new Float64Array(size) };
}

/** Mildest first: for ≥ and > a higher limit is stricter, for ≤ and < a lower one. */
export function mildestFirst(op: Comparison): (a: number, b: number) => number {
  return op === '>=' || op === '>' ? (a, b) => a - b : (a, b) => b - a;
}

const bits = new Float64Array(1);
const word = new BigInt64Array(bits.buffer);

/** The next double above x: for doubles, v > x exactly when v ≥ nextUp(x). */
function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Number.POSITIVE_INFINITY) return x;
  if (x === 0) return Number.MIN_VALUE;
  bits[0] = x;
  word[0]! += x > 0 ? 1n : -1n;
  return bits[0]!;
}

/**
 * Every comparison as "sign·v ≥ bound": v ≤ L is −v ≥ −L, and v > L is v ≥ nextUp(L). All scales then run
 * through one branch-free test, (x >= b) counting 0 or 1, with NaN neither valid nor meeting anything: a branch
 * per unit costs more than the comparisons, on data that crosses thresholds at random.
 */
export function signOf(op: Comparison): number {
  return op === '>=' || op === '>' ? 1 : -1;
}

export function boundOf(op: Comparison, limit: number): number {
  const signed = signOf(op) * limit;
  return op === '>' || op === '<' ? nextUp(signed) : signed;
}

/** Bounds compared unrolled; a scale or family part with more runs the general loop. */
export const unrolled = 6;

/** Six bounds, unused places NaN (which nothing meets). */
export type Bounds = [number, number, number, number, number, number];

export function padded(bounds: readonly number[]): Bounds {
  const out = [...bounds];
  while (out.length < unrolled) out.push(Number.NaN);
  return out as Bounds;
}

/**
 * 0 for NaN, else 1 + how many of the first `n` bounds x meets. The tests on `n` come out the same for every
 * unit of a pass, so they are predicted and cost nothing; the comparisons themselves do not branch.
 */
export function rankAt(x: number, n: number, b0: number, b1: number, b2: number, b3: number, b4: number, b5: number): number {
  let r = +(x === x) + +(x >= b0);
  if (n > 1) {
    r += +(x >= b1);
    if (n > 2) {
      r += +(x >= b2);
      if (n > 3) {
        r += +(x >= b3);
        if (n > 4) {
          r += +(x >= b4);
          if (n > 5) r += +(x >= b5);
        }
      }
    }
  }
  return r;
}

/**
 * Scales of up to three limits (most of the plan's) sum into running totals instead of a table per rank:
 * valid weight and count, and per limit the weight and count meeting it. The totals per rank are their
 * differences, exact because every weight is a whole number.
 */
function totalFew(column: Float64Array, sign: number, bounds: readonly number[], weights: Float64Array, totals: RankTotals): void {
  const n = bounds.length;
  const [b0, b1, b2] = padded(bounds);
  let vw = 0; let vc = 0;
  let w0 = 0; let w1 = 0; let w2 = 0;
  let k0 = 0; let k1 = 0; let k2 = 0;
  for (let i = 0; i < column.length; i++) {
    const x = sign * column[i]!;
    const w = weights[i]!;
    const v = +(x === x);
    const m0 = +(x >= b0);
    const m1 = +(x >= b1);
    const m2 = +(x >= b2);
    vw += w * v; vc += v;
    w0 += w * m0; k0 += m0;
    w1 += w * m1; k1 += m1;
    w2 += w * m2; k2 += m2;
  }
  const met = [vw, w0, w1, w2].slice(0, n + 1);
  const counts = [vc, k0, k1, k2].slice(0, n + 1);
  met.forEach((weight, r) => {
    totals.weight[r + 1] = weight - (met[r + 1] ?? 0);
    totals.count[r + 1] = counts[r]! - (counts[r + 1] ?? 0);
  });
}

/** Weight and count per rank, straight from the column in one pass. */
export function totalColumn(column: Float64Array, scale: Scale, weights: Float64Array): RankTotals {
  const n = scale.limits.length;
  const totals = emptyTotals(n + 2);
  const { weight, count } = totals;
  const sign = signOf(scale.op);
  const bounds = scale.limits.map((limit) => boundOf(scale.op, limit));
  if (n <= 3) {
    totalFew(column, sign, bounds, weights, totals);
    return totals;
  }
  if (n > unrolled) {
    for (let i = 0; i < column.length; i++) {
      const x = sign * column[i]!;
      let r = +(x === x);
      for (const b of bounds) r += +(x >= b);
      weight[r]! += weights[i]!;
      count[r]!++;
    }
    return totals;
  }
  const [b0, b1, b2, b3, b4, b5] = padded(bounds);
  for (let i = 0; i < column.length; i++) {
    const r = rankAt(sign * column[i]!, n, b0, b1, b2, b3, b4, b5);
    weight[r]! += weights[i]!;
    count[r]!++;
  }
  return totals;
}

/**
 * Daily values as one number per unit and per number of days: every one of `days` days must meet a limit, so
 * the coldest of them decides for ≥ and >, the warmest for ≤ and <. Observed days are the latest ones and
 * count as valid from one day; forecast days are the first ones and need all of them. No valid list gives NaN;
 * a valid list shorter than `days` gives an infinity on the wrong side of every limit (valid, meeting nothing).
 * One pass serves every number of days asked for (high temperature asks for 1, 3 and 5 observed days).
 */
export function decidingDays(series: DaySeries, kind: FieldKind, op: Comparison, daysWanted: readonly number[], size: number): Map<number, Float64Array> {
  const { offsets, values } = series;
  const sign = signOf(op);
  const latest = kind === 'past-days';
  const longest = Math.max(...daysWanted);
  // By number of days: the column to write, or undefined for a count nobody asked for.
  const byDays: Array<Float64Array | undefined> = Array.from({ length: longest + 1 }, (_, d) => (daysWanted.includes(d) ? new Float64Array(size) : undefined));
  const short = latest ? -sign * Number.POSITIVE_INFINITY : Number.NaN;
  for (let i = 0; i < size; i++) {
    const start = offsets[i]!;
    const length = offsets[i + 1]! - start;
    // Latest first for observed days, first first for forecast days; Math.min keeps NaN (a missing day).
    const first = latest ? start + length - 1 : start;
    const step = latest ? -1 : 1;
    let least = Number.POSITIVE_INFINITY;
    for (let d = 1; d <= longest; d++) {
      least = d <= length ? Math.min(least, sign * values[first + step * (d - 1)]!) : least;
      const out = byDays[d];
      // Observed: valid from one day, meeting nothing when short; forecast: all days or no value.
      if (out) out[i] = d <= length ? sign * least : length === 0 ? Number.NaN : short;
    }
  }
  return new Map(daysWanted.map((days) => [days, byDays[days]!]));
}

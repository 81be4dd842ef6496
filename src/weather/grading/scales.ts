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

/** Limits compared unrolled; unused places hold NaN, which nothing meets. */
export const unrolled = 6;

/**
 * A scale as "sign·v ≥ bound" for every limit: v ≤ L is −v ≥ −L, and v > L is v ≥ nextUp(L). Every scale then
 * runs through the same branch-free loop: (x >= b) counts 0 or 1, and NaN is neither valid nor meets anything.
 * A branch per unit costs more than the comparisons on data that crosses thresholds at random.
 */
export interface AtLeast {
  sign: number;
  bounds: number[];
}

export function atLeast(scale: Scale): AtLeast {
  const sign = scale.op === '>=' || scale.op === '>' ? 1 : -1;
  const strict = scale.op === '>' || scale.op === '<';
  const bounds = scale.limits.map((limit) => (strict ? nextUp(sign * limit) : sign * limit));
  while (bounds.length < unrolled) bounds.push(Number.NaN);
  return { sign, bounds };
}

function rankNumbers(column: Float64Array, scale: Scale, rank: Uint8Array): void {
  const { sign, bounds } = atLeast(scale);
  if (bounds.length > unrolled) {
    for (let i = 0; i < column.length; i++) {
      const x = sign * column[i]!;
      let r = +(x === x);
      for (const b of bounds) r += +(x >= b);
      rank[i] = r;
    }
    return;
  }
  const [b0, b1, b2, b3, b4, b5] = bounds as [number, number, number, number, number, number];
  for (let i = 0; i < column.length; i++) {
    const x = sign * column[i]!;
    rank[i] = +(x === x) + +(x >= b0) + +(x >= b1) + +(x >= b2) + +(x >= b3) + +(x >= b4) + +(x >= b5);
  }
}

/** Ranks and totals in one pass, for a scale that no combined condition reads. */
function totalNumbers(column: Float64Array, scale: Scale, weights: Float64Array, totals: RankTotals): void {
  const { sign, bounds } = atLeast(scale);
  const [b0, b1, b2, b3, b4, b5] = bounds as [number, number, number, number, number, number];
  const { weight, count } = totals;
  for (let i = 0; i < column.length; i++) {
    const x = sign * column[i]!;
    const r = +(x === x) + +(x >= b0) + +(x >= b1) + +(x >= b2) + +(x >= b3) + +(x >= b4) + +(x >= b5);
    weight[r]! += weights[i]!;
    count[r]!++;
  }
}

/**
 * Daily values as one number per unit: all `days` must meet a limit, so the coldest of them decides for ≥ and >,
 * the warmest for ≤ and <. Observed days are the latest ones and count as valid from one day; forecast days
 * are the first ones and need all of them. No valid list gives NaN; a valid list shorter than `days` gives an
 * infinity on the wrong side of every limit (valid, meeting nothing). The result ranks like any column.
 */
export function decidingDay(series: DaySeries, scale: Scale, size: number): Float64Array {
  const { offsets, values } = series;
  const { days } = scale;
  const sign = scale.op === '>=' || scale.op === '>' ? 1 : -1;
  const latest = scale.kind === 'past-days';
  const out = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const start = offsets[i]!;
    const length = offsets[i + 1]! - start;
    if (length < (latest ? 1 : days)) { out[i] = Number.NaN; continue; }
    if (length < days) { out[i] = -sign * Number.POSITIVE_INFINITY; continue; }
    const from = latest ? start + length - days : start;
    let least = sign * values[from]!;
    for (let d = from + 1; d < from + days && least === least; d++) {
      const x = sign * values[d]!;
      if (!(x >= least)) least = x;
    }
    out[i] = sign * least;
  }
  return out;
}

/** Every unit's rank on the scale, from its column (see `decidingDay` for daily values). */
export function rankColumn(column: Float64Array, scale: Scale): Uint8Array {
  const rank = new Uint8Array(column.length);
  rankNumbers(column, scale, rank);
  return rank;
}

export function totalRanks(rank: Uint8Array, weights: Float64Array, totals: RankTotals): void {
  const { weight, count } = totals;
  for (let i = 0; i < rank.length; i++) {
    const r = rank[i]!;
    weight[r]! += weights[i]!;
    count[r]!++;
  }
}

export function emptyTotals(size: number): RankTotals {
  return { weight: new Float64Array(size), count: new Float64Array(size) };
}

/** Weight and count per rank, straight from the column in one pass. */
export function totalColumn(column: Float64Array, scale: Scale, weights: Float64Array): RankTotals {
  const totals = emptyTotals(Math.max(unrolled, scale.limits.length) + 2);
  if (scale.limits.length <= unrolled) totalNumbers(column, scale, weights, totals);
  else totalRanks(rankColumn(column, scale), weights, totals);
  return totals;
}

import type { Comparison } from '../../plans/meteo/grading-rule.schema.ts';
import type { FieldKind } from '../../plans/meteo/situation-fields.ts';

/**
 * All thresholds the plan puts on one quantity with one comparison (e.g. forecast mean wind ≥ force 6, 8, 10,
 * 11, 12), ordered from the mildest to the strictest, so that one pass over the units sums all of them; a
 * threshold is known by its `step` on the scale (0 = the mildest).
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
  /** The comparison as `sign · value ≥ bound`, a bound per limit (see `boundOf`). */
  sign: number;
  bounds: number[];
}

/** A scale with its comparison form worked out from its limits. */
export function scaleOf(scale: Omit<Scale, 'sign' | 'bounds'>): Scale {
  return { ...scale, sign: signOf(scale.op), bounds: scale.limits.map((limit) => boundOf(scale.op, limit)) };
}

/** The plan's comparison, read plainly. */
export function compares(value: number, op: Comparison, limit: number): boolean {
  switch (op) {
    case '>=':
      return value >= limit;
    case '>':
      return value > limit;
    case '<=':
      return value <= limit;
    case '<':
      return value < limit;
  }
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
 * Every comparison as "sign·v ≥ bound": v ≤ L is −v ≥ −L, and v > L is v ≥ nextUp(L). Every scale and family
 * then runs through one test, with NaN neither valid nor meeting anything (simd/kernel-source.ts).
 */
export function signOf(op: Comparison): number {
  return op === '>=' || op === '>' ? 1 : -1;
}

export function boundOf(op: Comparison, limit: number): number {
  const signed = signOf(op) * limit;
  return op === '>' || op === '<' ? nextUp(signed) : signed;
}

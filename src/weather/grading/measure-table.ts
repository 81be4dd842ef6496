import type { ShareBasis } from '../../plans/meteo/grading-rule.schema.ts';
import type { FieldKind } from '../../plans/meteo/situation-fields.ts';

/** Daily values of every row, end to end: row i holds `values[offsets[i]] … values[offsets[i + 1] - 1]`. */
export interface DaySeries {
  offsets: Int32Array;
  values: Float64Array;
}

/**
 * Area units or stations in columns (struct of arrays), so that a rule runs as a few tight loops over typed
 * arrays: a 90,000-cell grid grades in milliseconds.
 *
 * Numbers: NaN is "no valid value"; +Infinity is a valid "none" (a null visibility: no fog or sand there),
 * which never falls below a threshold. Grades are stored as their place on the field's scale.
 * Weights are whole numbers (areas in m²; 1 per station), so sums of them are exact and shares compare exactly.
 */
export interface MeasureTable {
  size: number;
  idOf(index: number): string;
  numbers: ReadonlyMap<string, Float64Array>;
  days: ReadonlyMap<string, DaySeries>;
  weights: Partial<Record<ShareBasis, Float64Array>>;
}

/** km² → whole m²: the unit the share arithmetic counts in. */
export function squareMetres(areaKm2: number): number {
  return Math.round(areaKm2 * 1e6);
}

const totals = new WeakMap<Float64Array, number>();

/**
 * The sum of a table's weights, computed once per weights array (a cached grid grades many forecasts). Sums
 * stay exact only below 2^53; the national grid (about 1e13 m²) is far below it.
 */
export function exactTotal(weights: Float64Array, what: string): number {
  let total = totals.get(weights);
  if (total !== undefined) return total;
  total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i]!;
  if (!Number.isSafeInteger(total))
    throw new RangeError(`${what}: total ${total} is too large to compare shares exactly`);
  totals.set(weights, total);
  return total;
}

/**
 * One input value as the table stores it: numbers as they are, a grade as its place on the scale, a null
 * visibility as +Infinity (a valid "none"), anything else missing (NaN).
 */
export function storedValue(value: unknown, kind: FieldKind, scale?: readonly string[]): number {
  if (typeof value === 'number') return value;
  if (kind === 'grade' && typeof value === 'string' && scale) {
    const place = scale.indexOf(value);
    return place < 0 ? Number.NaN : place;
  }
  if (kind === 'visibility' && value === null) return Number.POSITIVE_INFINITY;
  return Number.NaN;
}

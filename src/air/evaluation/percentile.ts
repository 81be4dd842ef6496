import { roundHalfEvenRatio } from '../rounding.ts';

/**
 * HJ 663-2013 formula (3)-(4): the p-th percentile of n values sorted ascending is X(s) + (k − s)(X(s+1) − X(s))
 * with k = 1 + (n − 1)·p/100 and s its integer part, rounded half-to-even to the values' unit. The values are
 * integers in their reporting unit (CO in 0.1 mg/m³), and k's fraction is (n − 1)·p mod 100 hundredths, so the
 * whole computation is exact.
 */
export function percentileRounded(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('a percentile of no values');
  const sorted = Float64Array.from(values).sort();
  const scaled = (sorted.length - 1) * p;
  const s = Math.floor(scaled / 100);
  const fraction = scaled - s * 100;
  const low = sorted[s]!;
  if (fraction === 0 || s + 1 >= sorted.length) return low;
  return roundHalfEvenRatio(low * 100 + fraction * (sorted[s + 1]! - low), 100);
}

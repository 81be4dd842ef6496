import { compares, type Scale } from './scales.ts';
import type { KernelArena, Resident } from './simd/arena.ts';
import { maxSteps } from './simd/kernel-source.ts';
import type { DaySeries } from './measure-table.ts';

/**
 * Daily values as one number per unit and per scale: every one of a scale's `days` days must meet a limit.
 * Observed days are the latest ones and count as valid from one day; forecast days are the first ones and
 * need all of them. A missing day among those counted gives NaN, as does no day at all; an observed list
 * shorter than `days` gives an infinity on the wrong side of every limit (valid, meeting nothing).
 *
 * The number written is the strictest of the scale's limits that every counted day meets (or an infinity
 * below them all), not the coldest day itself: it ranks exactly as the coldest day would on this scale, and
 * it needs no running minimum, which branches per day (`Math.min`, a ternary) and mispredicts on days that
 * rise and fall at random. A limit is met when every day meets it: each day compared and the results joined
 * with `and`, two units at a time in the kernels (simd/kernel-source.ts); a missing day fails every
 * comparison and the validity test. Units with fewer days than counted take the plain reading below, which
 * is also the one the kernel is tested against.
 */
export function dayColumns(
  series: DaySeries,
  scales: readonly Scale[],
  size: number,
  arena: KernelArena,
): Map<Scale, Float64Array | Resident> {
  const { offsets } = series;
  const columns = new Map<Scale, Float64Array | Resident>();
  const longest = Math.max(...scales.map((scale) => scale.days));
  const short: number[] = [];
  for (let row = 0; row < size; row++) if (offsets[row + 1]! - offsets[row]! < longest) short.push(row);
  // The longest first: the series is copied once, padded for it.
  for (const scale of [...scales].sort((a, b) => b.days - a.days)) {
    const ladder = ladderOf(scale);
    const amend = (column: Float64Array) => {
      for (const row of short) {
        if (offsets[row + 1]! - offsets[row]! < scale.days) column[row] = ladder[plainRank(series, scale, row)]!;
      }
    };
    if (scale.limits.length >= 1 && scale.limits.length <= maxSteps) {
      columns.set(scale, arena.daily(series, scale, ladder, amend));
    } else {
      const column = new Float64Array(size);
      for (let row = 0; row < size; row++) column[row] = ladder[plainRank(series, scale, row)]!;
      columns.set(scale, column);
    }
  }
  return columns;
}

/** Observed days are counted from the latest back; forecast days from the first. */
export function isObserved(scale: Scale): boolean {
  return scale.kind === 'past-days';
}

/** By rank: NaN (no valid value), −sign·∞ (valid, meeting no limit), then a value meeting each limit in turn. */
function ladderOf({ sign, bounds }: Scale): Float64Array {
  // sign · bound is the limit itself for ≥ and ≤, the next double beyond it for > and <.
  return Float64Array.from([Number.NaN, -sign * Number.POSITIVE_INFINITY, ...bounds.map((bound) => sign * bound)]);
}

/** 0 without a valid value, else 1 + the number of limits every counted day meets. */
export function plainRank(series: DaySeries, scale: Scale, row: number): number {
  const latest = isObserved(scale);
  const start = series.offsets[row]!;
  const length = series.offsets[row + 1]! - start;
  if (length === 0) return 0;
  if (length < scale.days) return latest ? 1 : 0;
  const counted = latest
    ? series.values.subarray(start + length - scale.days, start + length)
    : series.values.subarray(start, start + scale.days);
  if (counted.some(Number.isNaN)) return 0;
  return 1 + scale.limits.filter((limit) => counted.every((value) => compares(value, scale.op, limit))).length;
}

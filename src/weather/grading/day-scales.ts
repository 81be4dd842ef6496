import type { Comparison } from '../../plans/meteo/grading-rule.schema.ts';
import type { FieldKind } from '../../plans/meteo/situation-fields.ts';
import { boundOf, compares, signOf, type Scale } from './scales.ts';
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
 * rise and fall at random. A limit is met when every day meets it, each day compared and the results joined
 * with `&`, which does not branch; a missing day fails every comparison and the validity test.
 *
 * All the scales on one field are read in one pass. Units with at least as many days as the longest scale
 * counts (every unit of a grid forecast) run through a loop compiled for exactly these scales: a loop over
 * three or five days inside the loop over 90,000 units costs more than the comparisons themselves. The
 * others take the plain path below, which is also the reading the compiled loop is tested against.
 */
export function dayColumns(series: DaySeries, kind: FieldKind, scales: readonly Scale[], size: number): Map<Scale, Float64Array> {
  const latest = kind === 'past-days';
  const outs = scales.map(() => new Float64Array(size));
  const ladders = scales.map(ladderOf);
  const plain = (row: number) => {
    scales.forEach((scale, k) => {
      outs[k]![row] = ladders[k]![plainRank(series, latest, scale, row)]!;
    });
  };
  const longest = Math.max(...scales.map((scale) => scale.days));
  const kernel = compiledKernel(latest, scales);
  kernel(series.offsets, series.values, size, longest, scales.map((scale) => Float64Array.from(scale.limits)), ladders, outs, plain);
  return new Map(scales.map((scale, k) => [scale, outs[k]!]));
}

/** By rank: NaN (no valid value), −sign·∞ (valid, meeting no limit), then a value meeting each limit in turn. */
function ladderOf(scale: Scale): Float64Array {
  const sign = signOf(scale.op);
  // sign · boundOf is the limit itself for ≥ and ≤, the next double beyond it for > and <.
  return Float64Array.from([Number.NaN, -sign * Number.POSITIVE_INFINITY, ...scale.limits.map((limit) => sign * boundOf(scale.op, limit))]);
}

/** 0 without a valid value, else 1 + the number of limits every counted day meets. */
export function plainRank(series: DaySeries, latest: boolean, scale: Scale, row: number): number {
  const start = series.offsets[row]!;
  const length = series.offsets[row + 1]! - start;
  if (length === 0) return 0;
  if (length < scale.days) return latest ? 1 : 0;
  const counted = latest ? series.values.subarray(start + length - scale.days, start + length) : series.values.subarray(start, start + scale.days);
  if (counted.some(Number.isNaN)) return 0;
  return 1 + scale.limits.filter((limit) => counted.every((value) => compares(value, scale.op, limit))).length;
}

type Kernel = (
  offsets: Int32Array, values: Float64Array, size: number, longest: number,
  limits: Float64Array[], ladders: Float64Array[], outs: Float64Array[], plain: (row: number) => void,
) => void;

const kernels = new Map<string, Kernel>();
const operators: Record<Comparison, string> = { '>=': '>=', '>': '>', '<=': '<=', '<': '<' };

/**
 * The loop for one set of scales, written out for their days and limits and compiled once per shape (not per
 * limit: limits are arguments). Only whole numbers and the four comparison operators enter the source.
 */
function compiledKernel(latest: boolean, scales: readonly Scale[]): Kernel {
  const shape = `${latest} ${scales.map((scale) => `${scale.days}${scale.op}${scale.limits.length}`).join(' ')}`;
  let kernel = kernels.get(shape);
  if (kernel) return kernel;
  const longest = Math.max(...scales.map((scale) => scale.days));
  const days = Array.from({ length: longest }, (_, d) => d);
  const lines: string[] = [];
  scales.forEach((scale, k) => {
    lines.push(`const ladder${k} = ladders[${k}], out${k} = outs[${k}];`);
    scale.limits.forEach((_, j) => lines.push(`const limit${k}_${j} = limits[${k}][${j}];`));
  });
  lines.push('for (let i = 0; i < size; i++) {');
  lines.push('  const start = offsets[i], length = offsets[i + 1] - start;');
  lines.push('  if (length < longest) { plain(i); continue; }');
  // Day d: the d-th latest observed, the d-th forecast.
  lines.push(`  const first = ${latest ? 'start + length - 1' : 'start'};`);
  for (const d of days) lines.push(`  const x${d} = values[first ${latest ? '-' : '+'} ${d}];`);
  // valid${d}: days 0 … d all have a value.
  for (const d of days) lines.push(`  const valid${d} = ${d === 0 ? '' : `valid${d - 1} & `}+(x${d} === x${d});`);
  scales.forEach((scale, k) => {
    const op = operators[scale.op];
    const counted = days.slice(0, scale.days);
    const met = scale.limits.map((_, j) => counted.map((d) => `+(x${d} ${op} limit${k}_${j})`).join(' & '));
    lines.push(`  out${k}[i] = ladder${k}[valid${scale.days - 1}${met.map((term) => ` + (${term})`).join('')}];`);
  });
  lines.push('}');
  // A valid unit ranks 1 + the limits met; an invalid one meets none of them either (NaN fails them all).
  kernel = new Function('offsets', 'values', 'size', 'longest', 'limits', 'ladders', 'outs', 'plain', `'use strict';\n${lines.join('\n')}`) as Kernel;
  kernels.set(shape, kernel);
  return kernel;
}

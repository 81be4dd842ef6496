import { IAQI_LEVELS } from './breakpoints.ts';

/** What `iaqiMilli` returns for a concentration above a table that has no 500 level (SO2 1 h, O3 8 h). */
export const ABOVE_TABLE = -1;

/**
 * HJ 633-2012 formula (1), rounded up as the national real-time feed rounds it. `c` and the table are integers
 * in thousandths of the unit, so the only division is one of two exact integers: its quotient is at most 100
 * and at least 1/1,140,000 away from the next integer when it is not one, far beyond a double's error, so
 * `Math.ceil` never rounds a true integer up.
 * Above the top breakpoint: 500 when the table reaches IAQI 500, else `ABOVE_TABLE`.
 */
export function iaqiMilli(table: Int32Array, c: number): number {
  const last = table.length - 1;
  if (c > table[last]!) return last === IAQI_LEVELS.length - 1 ? 500 : ABOVE_TABLE;
  let i = 1;
  while (c > table[i]!) i++;
  const lowC = table[i - 1]!;
  const lowI = IAQI_LEVELS[i - 1]!;
  return lowI + Math.ceil(((IAQI_LEVELS[i]! - lowI) * (c - lowC)) / (table[i]! - lowC));
}

import { POLLUTANTS, type Pollutant } from '../pollutants.ts';

/** HJ 633-2012 表 2: the six AQI categories, by the upper AQI bound of each. */
export const CATEGORIES = ['优', '良', '轻度污染', '中度污染', '重度污染', '严重污染'] as const;
export type Category = (typeof CATEGORIES)[number];
const UPPER = [50, 100, 150, 200, 300] as const;

export function categoryIndex(aqi: number): number {
  let i = 0;
  while (i < UPPER.length && aqi > UPPER[i]!) i++;
  return i;
}

export function categoryOf(aqi: number): Category {
  return CATEGORIES[categoryIndex(aqi)]!;
}

/** HJ 633-2012 5.2: a primary pollutant is named only when AQI > 50. */
export const PRIMARY_ABOVE = 50;

/** A bit set of pollutants (bit = index in `POLLUTANTS`) → their names, in the standard's order. */
export function primaryNames(mask: number): Pollutant[] {
  return POLLUTANTS.filter((_, index) => (mask & (1 << index)) !== 0);
}

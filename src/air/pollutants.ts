/**
 * The six pollutants of GB 3095-2012, in the order HJ 633-2012 lists primary pollutants. Every typed array in
 * `src/air` is laid out station-major with this index: `values[station * POLLUTANT_COUNT + pollutant]`.
 */
export const POLLUTANTS = ['PM2.5', 'PM10', 'SO2', 'NO2', 'O3', 'CO'] as const;
export type Pollutant = (typeof POLLUTANTS)[number];
export const POLLUTANT_COUNT = POLLUTANTS.length;

export const PM25 = 0;
export const PM10 = 1;
export const SO2 = 2;
export const NO2 = 3;
export const O3 = 4;
export const CO = 5;

/**
 * Concentrations are held as integers in thousandths of their unit (µg/m³; mg/m³ for CO) so that sums, means
 * and breakpoint comparisons are exact: 1.1 mg/m³ is 1100, never 1.1000000000000000888.
 */
export const MILLI = 1000;

export function toMilli(value: number): number {
  return Math.round(value * MILLI);
}

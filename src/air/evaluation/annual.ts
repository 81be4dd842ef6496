import { dailyAqi } from '../aqi/daily.ts';
import { monthStarts } from '../calendar.ts';
import { D_CO, D_NO2, D_O3_8H, D_PM10, D_PM25, D_SO2, DAILY_COUNT } from '../daily-values.ts';
import { roundHalfEvenRatio } from '../rounding.ts';
import { percentileRounded } from './percentile.ts';

/** HJ 663-2013 表 2 / GB 3095-2012 表 4: a year's figure needs 324 daily values, 27 in every month, 25 in February. */
export const DAYS_FOR_ANNUAL = 324;
export const DAYS_PER_MONTH = 27;
export const DAYS_IN_FEBRUARY = 25;

/** The annual figures in the order they are reported (and listed in `incomplete`). */
export const ANNUAL_FIGURES = ['pm25', 'pm10', 'so2', 'no2', 'coP95', 'o3P90'] as const;
export type AnnualFigure = (typeof ANNUAL_FIGURES)[number];

/** Which daily value each annual figure is made of. */
export const FIGURE_SOURCE: Record<AnnualFigure, number> = {
  pm25: D_PM25,
  pm10: D_PM10,
  so2: D_SO2,
  no2: D_NO2,
  coP95: D_CO,
  o3P90: D_O3_8H,
};

export interface AnnualFigures {
  validDays: number;
  pm25: number | null;
  pm10: number | null;
  so2: number | null;
  no2: number | null;
  /** mg/m³, one decimal. */
  coP95: number | null;
  o3P90: number | null;
  /** %, one decimal; null with no valid day. */
  goodDayRatio: number | null;
  heavyDayRatio: number | null;
  incomplete: AnnualFigure[];
}

/** Counts behind the ratios, for year-to-date tracking. */
export interface DayCounts {
  validDays: number;
  goodDays: number;
  heavyDays: number;
}

/** HJ 633 表 2: a good day (优 or 良) has AQI ≤ 100; a heavily polluted day (重度 and above) AQI > 200. */
export const GOOD_DAY_MAX_AQI = 100;
export const HEAVY_DAY_ABOVE_AQI = 200;

export function dayCounts(
  days: Float64Array,
  dayCount: number,
  include: (day: number) => boolean = () => true,
): DayCounts {
  const counts = { validDays: 0, goodDays: 0, heavyDays: 0 };
  for (let day = 0; day < dayCount; day++) {
    if (!include(day)) continue;
    const { aqi } = dailyAqi(days, day);
    if (aqi < 0) continue;
    counts.validDays++;
    if (aqi <= GOOD_DAY_MAX_AQI) counts.goodDays++;
    if (aqi > HEAVY_DAY_ABOVE_AQI) counts.heavyDays++;
  }
  return counts;
}

/** A share of days in %, one decimal, rounded half-to-even; null with no day. */
export function dayRatio(count: number, of: number): number | null {
  return of === 0 ? null : roundHalfEvenRatio(count * 1000, of) / 10;
}

/** The valid daily values of one daily value over the days included, in day order. */
export function validValues(
  days: Float64Array,
  dayCount: number,
  index: number,
  include: (day: number) => boolean,
): number[] {
  const values: number[] = [];
  for (let day = 0; day < dayCount; day++) {
    const value = days[day * DAILY_COUNT + index]!;
    if (value === value && include(day)) values.push(value);
  }
  return values;
}

function complete(days: Float64Array, year: number, index: number, include: (day: number) => boolean): boolean {
  const starts = monthStarts(year);
  let total = 0;
  for (let month = 0; month < 12; month++) {
    let inMonth = 0;
    for (let day = starts[month]!; day < starts[month + 1]!; day++) {
      if (include(day) && days[day * DAILY_COUNT + index] === days[day * DAILY_COUNT + index]) inMonth++;
    }
    if (inMonth < (month === 1 ? DAYS_IN_FEBRUARY : DAYS_PER_MONTH)) return false;
    total += inMonth;
  }
  return total >= DAYS_FOR_ANNUAL;
}

function figure(name: AnnualFigure, values: number[]): number | null {
  if (values.length === 0) return null;
  if (name === 'coP95') return percentileRounded(values, 95) / 10;
  if (name === 'o3P90') return percentileRounded(values, 90);
  return roundHalfEvenRatio(
    values.reduce((sum, value) => sum + value, 0),
    values.length,
  );
}

/**
 * The year's figures of a station or region from its daily values (HJ 663-2013 5): annual means and
 * percentiles of every valid daily value, rounded half-to-even; the ratios of good and heavily polluted days
 * among valid days. `include` leaves days out (dust-affected days, days after a year-to-date cut).
 */
export function annualFigures(
  days: Float64Array,
  year: number,
  include: (day: number) => boolean = () => true,
): AnnualFigures {
  const dayCount = days.length / DAILY_COUNT;
  const counts = dayCounts(days, dayCount, include);
  const result: AnnualFigures = {
    validDays: counts.validDays,
    pm25: null,
    pm10: null,
    so2: null,
    no2: null,
    coP95: null,
    o3P90: null,
    goodDayRatio: dayRatio(counts.goodDays, counts.validDays),
    heavyDayRatio: dayRatio(counts.heavyDays, counts.validDays),
    incomplete: [],
  };
  for (const name of ANNUAL_FIGURES) {
    const index = FIGURE_SOURCE[name];
    result[name] = figure(name, validValues(days, dayCount, index, include));
    if (!complete(days, year, index, include)) result.incomplete.push(name);
  }
  return result;
}

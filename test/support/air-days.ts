import { D_CO, D_NO2, D_O3_1H, D_O3_8H, D_PM10, D_PM25, D_SO2, DAILY_COUNT } from '../../src/air/daily-values.ts';
import { emptyDays } from '../../src/air/evaluation/accumulator.ts';

/** Daily values as a test writes them: concentrations in µg/m³, CO in mg/m³. */
export interface DayValues {
  pm25?: number;
  pm10?: number;
  so2?: number;
  no2?: number;
  o3_8h?: number;
  co?: number;
  o3_1h?: number;
}

/** A clean day: every value valid, AQI 50 (优). */
export const GOOD: DayValues = { pm25: 20, pm10: 50, so2: 10, no2: 20, o3_8h: 80, co: 0.6, o3_1h: 100 };
/** PM2.5 80 → IAQI 107 (轻度污染): valid, not good. */
export const LIGHT: DayValues = { ...GOOD, pm25: 80 };
/** PM2.5 160 → IAQI 210 (重度污染). */
export const HEAVY: DayValues = { ...GOOD, pm25: 160 };

const INDEX: Record<keyof DayValues, number> = {
  pm25: D_PM25,
  pm10: D_PM10,
  so2: D_SO2,
  no2: D_NO2,
  o3_8h: D_O3_8H,
  co: D_CO,
  o3_1h: D_O3_1H,
};

export function yearOfDays(dayCount: number): Float64Array {
  return emptyDays(dayCount);
}

export function setDay(days: Float64Array, day: number, values: DayValues): void {
  for (const [name, value] of Object.entries(values) as Array<[keyof DayValues, number | undefined]>) {
    if (value === undefined) continue;
    days[day * DAILY_COUNT + INDEX[name]] = name === 'co' ? Math.round(value * 10) : value;
  }
}

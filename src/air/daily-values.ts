/**
 * The seven daily values of a station or region, in this order in every daily array of `src/air`
 * (`days[day * DAILY_COUNT + index]`), as integers in their reporting unit (µg/m³; CO in 0.1 mg/m³), NaN
 * where the day's value is not valid. The first six are the pollutants' daily values in `POLLUTANTS` order
 * (O3 as its daily maximum 8-hour mean); the seventh is the O3 daily maximum 1-hour value.
 */
export const DAILY_COUNT = 7;
export const D_PM25 = 0;
export const D_PM10 = 1;
export const D_SO2 = 2;
export const D_NO2 = 3;
export const D_O3_8H = 4;
export const D_CO = 5;
export const D_O3_1H = 6;

/** The six values a valid day needs (HJ 663-2013 4.2: all six daily values of the day). */
export const VALID_DAY_VALUES = [D_PM25, D_PM10, D_SO2, D_NO2, D_O3_8H, D_CO] as const;

/** Thousandths of the base unit per reporting unit: µg/m³ are whole, CO is reported in 0.1 mg/m³. */
export const DAILY_UNIT_MILLI = [1000, 1000, 1000, 1000, 1000, 100, 1000] as const;

/** The reporting unit as a decimal count, for turning an integer daily value back into a concentration. */
export function dailyValueOf(index: number, units: number): number {
  return index === D_CO ? units / 10 : units;
}

export function isValidDay(days: Float64Array, day: number): boolean {
  const base = day * DAILY_COUNT;
  for (const index of VALID_DAY_VALUES) if (Number.isNaN(days[base + index]!)) return false;
  return true;
}

import { D_O3_1H, D_O3_8H, DAILY_UNIT_MILLI } from '../daily-values.ts';
import { CO, MILLI, NO2, O3, PM10, PM25, POLLUTANT_COUNT, SO2 } from '../pollutants.ts';
import { roundHalfEvenRatio } from '../rounding.ts';

/** A station-day's hours: slot 0-23 (slot h-1 = the hour ending at h:00, slot 23 = 24:00), milli-units, -1 missing. */
export const DAY_SLOTS = 24;
export const STATION_DAY_SIZE = DAY_SLOTS * POLLUTANT_COUNT;

/** GB 3095-2012 表 4 / HJ 663-2013 4.1: a 24-hour mean, and the O3 daily maximum 1-hour value, need 20 valid hours. */
export const HOURS_FOR_DAILY_VALUE = 20;
/** An 8-hour O3 mean needs 6 valid hours of its 8. */
export const HOURS_FOR_8H_WINDOW = 6;
/** The O3 daily maximum 8-hour mean needs 14 valid windows of the 17 ending 8:00-24:00 ... */
export const WINDOWS_FOR_O3_8H = 14;
/** ... unless fewer windows already exceed the 8-hour limit of GB 3095-2012 (160 µg/m³). */
export const O3_8H_LIMIT = 160;

const MEAN_POLLUTANTS = [PM25, PM10, SO2, NO2, CO] as const;

/**
 * Writes the seven daily values of one station-day (see `daily-values.ts`) into `out` at `at`, each rounded
 * half-to-even when formed, NaN when not valid. `hours` holds the day at `offset` in the layout above.
 */
export function stationDailyValues(hours: Int32Array, offset: number, out: Float64Array, at: number): void {
  for (const p of MEAN_POLLUTANTS) {
    let sum = 0;
    let count = 0;
    for (let slot = 0; slot < DAY_SLOTS; slot++) {
      const value = hours[offset + slot * POLLUTANT_COUNT + p]!;
      if (value >= 0) {
        sum += value;
        count++;
      }
    }
    out[at + p] = count >= HOURS_FOR_DAILY_VALUE ? roundHalfEvenRatio(sum, count * DAILY_UNIT_MILLI[p]!) : Number.NaN;
  }
  let o3Count = 0;
  let o3Max = 0;
  for (let slot = 0; slot < DAY_SLOTS; slot++) {
    const value = hours[offset + slot * POLLUTANT_COUNT + O3]!;
    if (value >= 0) {
      o3Count++;
      if (value > o3Max) o3Max = value;
    }
  }
  out[at + D_O3_1H] = o3Count >= HOURS_FOR_DAILY_VALUE ? roundHalfEvenRatio(o3Max, MILLI) : Number.NaN;
  out[at + D_O3_8H] = o3Daily8hMax(hours, offset);
}

/** HJ 663-2013 4.1: the largest of the 8-hour means ending 8:00-24:00, each rounded when formed. */
function o3Daily8hMax(hours: Int32Array, offset: number): number {
  let windows = 0;
  let max = -1;
  for (let start = 0; start + 8 <= DAY_SLOTS; start++) {
    let sum = 0;
    let count = 0;
    for (let slot = start; slot < start + 8; slot++) {
      const value = hours[offset + slot * POLLUTANT_COUNT + O3]!;
      if (value >= 0) {
        sum += value;
        count++;
      }
    }
    if (count < HOURS_FOR_8H_WINDOW) continue;
    windows++;
    const mean = roundHalfEvenRatio(sum, count * MILLI);
    if (mean > max) max = mean;
  }
  if (windows >= WINDOWS_FOR_O3_8H || (windows > 0 && max > O3_8H_LIMIT)) return max;
  return Number.NaN;
}

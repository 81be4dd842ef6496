import { DAILY_COUNT } from '../daily-values.ts';
import { roundHalfEvenRatio } from '../rounding.ts';
import { emptyDays } from './accumulator.ts';

/**
 * HJ 663-2013 4.3: a region's daily value is valid when at least 75 % of its stations have a valid daily
 * value (50 % for a region of fewer than 4 stations). Integers, so 5 stations need 4 and 3 stations need 2.
 */
export function enoughStations(valid: number, stationCount: number): boolean {
  if (stationCount === 0 || valid === 0) return false;
  return stationCount < 4 ? valid * 2 >= stationCount : valid * 4 >= stationCount * 3;
}

/**
 * A region's daily values: per day and value, the mean of its stations' valid daily values, rounded
 * half-to-even; a station with no data at all counts as a station without a valid value.
 */
export function regionDailyValues(
  stationDays: ReadonlyMap<string, Float64Array>,
  stations: readonly string[],
  dayCount: number,
): Float64Array {
  const region = emptyDays(dayCount);
  const members = stations
    .map((code) => stationDays.get(code))
    .filter((days): days is Float64Array => days !== undefined);
  for (let at = 0; at < dayCount * DAILY_COUNT; at++) {
    let sum = 0;
    let valid = 0;
    for (const days of members) {
      const value = days[at]!;
      if (value === value) {
        sum += value;
        valid++;
      }
    }
    if (enoughStations(valid, stations.length)) region[at] = roundHalfEvenRatio(sum, valid);
  }
  return region;
}

import { describe, expect, it } from 'vitest';
import { GOOD, setDay, yearOfDays } from '../../../test/support/air-days.ts';
import { D_CO, D_PM25 } from '../daily-values.ts';
import { enoughStations, regionDailyValues } from './region.ts';

function stationsWith(pm25: Record<string, number | null>): Map<string, Float64Array> {
  const map = new Map<string, Float64Array>();
  for (const [code, value] of Object.entries(pm25)) {
    const days = yearOfDays(365);
    if (value !== null) setDay(days, 0, { ...GOOD, pm25: value });
    map.set(code, days);
  }
  return map;
}

describe('HJ 663-2013 4.3: region daily values from station daily values', () => {
  it('75 % of the stations are needed: 4 of 5 are enough, 3 of 5 are not', () => {
    expect(enoughStations(4, 5)).toBe(true);
    expect(enoughStations(3, 5)).toBe(false);
    expect(enoughStations(3, 4)).toBe(true);
    expect(enoughStations(2, 4)).toBe(false);
  });

  it('fewer than 4 stations need 50 %: 2 of 3 and 1 of 2 are enough, 1 of 3 is not', () => {
    expect(enoughStations(2, 3)).toBe(true);
    expect(enoughStations(1, 2)).toBe(true);
    expect(enoughStations(1, 3)).toBe(false);
    expect(enoughStations(0, 0)).toBe(false);
  });

  it('the mean of the valid stations, rounded half-to-even: 20, 21, 22, 23 → 21.5 → 22; a fifth station missing still counts', () => {
    const stations = stationsWith({ A: 20, B: 21, C: 22, D: 23, E: null });
    const days = regionDailyValues(stations, ['A', 'B', 'C', 'D', 'E'], 365);
    expect(days[D_PM25]).toBe(22);
    // CO of GOOD is 0.6 at every station: the mean stays in tenths.
    expect(days[D_CO]).toBe(6);
  });

  it('a station absent from the data counts as a station without a value: 3 present of 5 listed is not enough', () => {
    const stations = stationsWith({ A: 20, B: 22, C: 24 });
    expect(regionDailyValues(stations, ['A', 'B', 'C', 'X', 'Y'], 365)[D_PM25]).toBeNaN();
    expect(regionDailyValues(stations, ['A', 'B', 'C', 'X'], 365)[D_PM25]).toBe(22);
  });

  it('22 and 23 average 22.5 → 22 (half to even)', () => {
    expect(regionDailyValues(stationsWith({ A: 22, B: 23 }), ['A', 'B'], 365)[D_PM25]).toBe(22);
    expect(regionDailyValues(stationsWith({ A: 23, B: 24 }), ['A', 'B'], 365)[D_PM25]).toBe(24);
  });

  it('a region with no station has no valid day', () => {
    const days = regionDailyValues(stationsWith({ A: 20 }), [], 365);
    expect(days.every(Number.isNaN)).toBe(true);
  });
});

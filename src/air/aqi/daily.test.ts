import { describe, expect, it } from 'vitest';
import { GOOD, setDay, yearOfDays } from '../../../test/support/air-days.ts';
import { D_CO, D_O3_1H, DAILY_COUNT } from '../daily-values.ts';
import { O3, PM10, PM25 } from '../pollutants.ts';
import { dailyAqi } from './daily.ts';

function dayOf(values: Parameters<typeof setDay>[2]): Float64Array {
  const days = yearOfDays(1);
  setDay(days, 0, values);
  return days;
}

describe('HJ 633-2012 5.1: the daily AQI of a valid day', () => {
  it('is the largest IAQI of the 24-hour tables, the O3 8-hour and the O3 1-hour value (PM10 151 → 101)', () => {
    expect(dailyAqi(dayOf({ ...GOOD, pm10: 151 }), 0)).toEqual({ aqi: 101, primary: 1 << PM10 });
  });

  it('uses the 24-hour CO table in 0.1 mg/m³: CO 4.1 → 100 + 50·0.1/10 = 100.5 → 101', () => {
    const days = dayOf({ ...GOOD, co: 4.1 });
    expect(days[D_CO]).toBe(41);
    expect(dailyAqi(days, 0).aqi).toBe(101);
  });

  it('names O3 for either O3 value, once, beside a tied pollutant', () => {
    // O3 8 h 160 → 100; PM2.5 75 → 100.
    expect(dailyAqi(dayOf({ ...GOOD, o3_8h: 160, pm25: 75 }), 0)).toEqual({
      aqi: 100,
      primary: (1 << PM25) | (1 << O3),
    });
    // O3 1 h 200 → 100.
    expect(dailyAqi(dayOf({ ...GOOD, o3_1h: 200 }), 0)).toEqual({ aqi: 100, primary: 1 << O3 });
  });

  it('表 1 note 3: an O3 8-hour mean above 800 has no IAQI; the 1-hour value stands for it', () => {
    // O3 1 h 900 → 300 + 100·(900 − 800)/200 = 350.
    expect(dailyAqi(dayOf({ ...GOOD, o3_8h: 801, o3_1h: 900 }), 0)).toEqual({ aqi: 350, primary: 1 << O3 });
  });

  it('a day without all six daily values has no AQI; the O3 1-hour value may be missing', () => {
    expect(dailyAqi(dayOf({ ...GOOD, co: undefined }), 0).aqi).toBe(-1);
    const days = dayOf(GOOD);
    days[D_O3_1H] = Number.NaN;
    expect(dailyAqi(days, 0).aqi).toBe(50);
    expect(days.length).toBe(DAILY_COUNT);
  });
});

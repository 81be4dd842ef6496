import { describe, expect, it } from 'vitest';
import { D_CO, D_O3_1H, D_O3_8H, D_PM25, D_SO2, DAILY_COUNT } from '../daily-values.ts';
import { CO, O3, PM25, POLLUTANT_COUNT, SO2 } from '../pollutants.ts';
import { STATION_DAY_SIZE, stationDailyValues } from './station-day.ts';

/** A station-day with the given hourly values of one pollutant at slots 0.. (null = missing). */
function dayWith(pollutant: number, hourly: Array<number | null>): Int32Array {
  const hours = new Int32Array(STATION_DAY_SIZE).fill(-1);
  hourly.forEach((value, slot) => {
    if (value !== null) hours[slot * POLLUTANT_COUNT + pollutant] = Math.round(value * 1000);
  });
  return hours;
}

function daily(hours: Int32Array): Float64Array {
  const out = new Float64Array(DAILY_COUNT);
  stationDailyValues(hours, 0, out, 0);
  return out;
}

const repeat = (value: number | null, times: number) => Array<number | null>(times).fill(value);

describe('HJ 663-2013 4.1 / GB 3095-2012 表 4: daily values of a station', () => {
  it('a 24-hour mean needs 20 valid hours (19 is not enough)', () => {
    expect(daily(dayWith(PM25, [...repeat(30, 20), ...repeat(null, 4)]))[D_PM25]).toBe(30);
    expect(daily(dayWith(PM25, [...repeat(30, 19), ...repeat(null, 5)]))[D_PM25]).toBeNaN();
  });

  it('the 24-hour mean is rounded half-to-even when formed: 42.5 → 42, 43.5 → 44', () => {
    expect(daily(dayWith(SO2, [...repeat(42, 10), ...repeat(43, 10)]))[D_SO2]).toBe(42);
    expect(daily(dayWith(SO2, [...repeat(43, 10), ...repeat(44, 10)]))[D_SO2]).toBe(44);
  });

  it('CO is rounded half-to-even to 0.1 mg/m³: 1.05 → 1.0, 1.15 → 1.2 (held as tenths)', () => {
    expect(daily(dayWith(CO, [...repeat(1.0, 12), ...repeat(1.1, 12)]))[D_CO]).toBe(10);
    expect(daily(dayWith(CO, [...repeat(1.1, 12), ...repeat(1.2, 12)]))[D_CO]).toBe(12);
  });

  it('the O3 daily maximum 1-hour value is the largest hour and needs 20 valid hours', () => {
    expect(daily(dayWith(O3, [...repeat(50, 19), 170, ...repeat(null, 4)]))[D_O3_1H]).toBe(170);
    expect(daily(dayWith(O3, [...repeat(50, 18), 170, ...repeat(null, 5)]))[D_O3_1H]).toBeNaN();
  });

  it('O3 8 h: the largest of the windows ending 8:00-24:00, each mean rounded half-to-even', () => {
    // Slots 8-15 (hours ending 9:00-16:00) hold 100, 101 alternately: that window's mean is 100.5 → 100.
    const hourly = repeat(40, 24);
    for (let slot = 8; slot < 16; slot++) hourly[slot] = slot % 2 === 0 ? 100 : 101;
    expect(daily(dayWith(O3, hourly))[D_O3_8H]).toBe(100);
    for (let slot = 8; slot < 16; slot++) hourly[slot] = slot % 2 === 0 ? 101 : 102;
    expect(daily(dayWith(O3, hourly))[D_O3_8H]).toBe(102);
  });

  it('O3 8 h: a window needs 6 valid hours of its 8', () => {
    // Hours 1-8 only, two of them missing: one window (ending 8:00) with 6 hours; the rest have fewer.
    const hourly = [...repeat(300, 6), null, null, ...repeat(null, 16)];
    // One valid window whose maximum (300) exceeds 160: valid despite fewer than 14 windows.
    expect(daily(dayWith(O3, hourly))[D_O3_8H]).toBe(300);
    hourly[5] = null;
    expect(daily(dayWith(O3, hourly))[D_O3_8H]).toBeNaN();
  });

  it('O3 8 h: the day needs 14 valid windows (13 is not enough) unless their maximum exceeds 160', () => {
    // 18 valid hours (ending 1:00-18:00): the windows ending 8:00-20:00 have ≥ 6 of them, 13 windows.
    const thirteen = [...repeat(100, 18), ...repeat(null, 6)];
    const count = (hourly: Array<number | null>) => {
      let windows = 0;
      for (let start = 0; start <= 16; start++)
        if (hourly.slice(start, start + 8).filter((v) => v !== null).length >= 6) windows++;
      return windows;
    };
    expect(count(thirteen)).toBe(13);
    expect(daily(dayWith(O3, thirteen))[D_O3_8H]).toBeNaN();
    const fourteen = [...repeat(100, 19), ...repeat(null, 5)];
    expect(count(fourteen)).toBe(14);
    expect(daily(dayWith(O3, fourteen))[D_O3_8H]).toBe(100);
    // 13 windows, maximum exactly 160: not above the limit, so still not valid; 161 is.
    expect(daily(dayWith(O3, [...repeat(160, 18), ...repeat(null, 6)]))[D_O3_8H]).toBeNaN();
    expect(daily(dayWith(O3, [...repeat(161, 18), ...repeat(null, 6)]))[D_O3_8H]).toBe(161);
  });
});

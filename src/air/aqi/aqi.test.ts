import { describe, expect, it } from 'vitest';
import { POLLUTANT_COUNT, SO2 } from '../pollutants.ts';
import { BREAKPOINTS_MILLI } from './breakpoints.ts';
import { categoryOf } from './category.ts';
import { HourlyAqiCalculator, hourlyAqiOf } from './hourly.ts';
import { ABOVE_TABLE, iaqiMilli } from './iaqi.ts';

const milli = (value: number) => Math.round(value * 1000);

describe('HJ 633-2012 formula (1), IAQI rounded up', () => {
  it('PM2.5 42 µg/m³ on the 24-hour table is 50 + 50·7/40 = 58.75, rounded up to 59', () => {
    expect(iaqiMilli(BREAKPOINTS_MILLI.pm25_24h, milli(42))).toBe(59);
  });

  it('a breakpoint concentration gives its level exactly (PM2.5 75 → 100, PM10 150 → 100)', () => {
    expect(iaqiMilli(BREAKPOINTS_MILLI.pm25_24h, milli(75))).toBe(100);
    expect(iaqiMilli(BREAKPOINTS_MILLI.pm10_24h, milli(150))).toBe(100);
    expect(iaqiMilli(BREAKPOINTS_MILLI.pm25_24h, milli(76))).toBe(102);
  });

  it('CO 1.1 mg/m³ is exactly IAQI 11 (1.1·50/5), not 12 from 55.00000000000001 in floating point', () => {
    expect(Math.ceil((1.1 * 50) / 5)).toBe(12);
    expect(iaqiMilli(BREAKPOINTS_MILLI.co_1h, milli(1.1))).toBe(11);
  });

  it('a concentration above the top breakpoint gives IAQI 500 (PM10 601, CO 1 h 151)', () => {
    expect(iaqiMilli(BREAKPOINTS_MILLI.pm10_24h, milli(601))).toBe(500);
    expect(iaqiMilli(BREAKPOINTS_MILLI.co_1h, milli(151))).toBe(500);
    expect(iaqiMilli(BREAKPOINTS_MILLI.pm10_24h, milli(600))).toBe(500);
  });

  it('表 1 notes 2-3: SO2 1 h and O3 8 h stop at 800 and say so', () => {
    expect(iaqiMilli(BREAKPOINTS_MILLI.so2_1h, milli(800))).toBe(200);
    expect(iaqiMilli(BREAKPOINTS_MILLI.so2_1h, milli(801))).toBe(ABOVE_TABLE);
    expect(iaqiMilli(BREAKPOINTS_MILLI.o3_8h, milli(801))).toBe(ABOVE_TABLE);
  });
});

describe('HJ 633-2012 表 2 categories and 5.2 primary pollutants', () => {
  it('categories change after 50, 100, 150, 200 and 300', () => {
    expect([50, 51, 100, 101, 150, 151, 200, 201, 300, 301, 500].map(categoryOf)).toEqual([
      '优',
      '良',
      '良',
      '轻度污染',
      '轻度污染',
      '中度污染',
      '中度污染',
      '重度污染',
      '重度污染',
      '严重污染',
      '严重污染',
    ]);
  });

  it('no primary pollutant at AQI 50 or below', () => {
    expect(hourlyAqiOf({ 'PM2.5': 35, PM10: 50 })).toEqual({ aqi: 50, category: '优', primary: [] });
  });

  it('tied highest IAQIs are all primary, in the order PM2.5 PM10 SO2 NO2 O3 CO', () => {
    // CO 1 h 10 mg/m³ → 100; O3 1 h 200 → 100; PM10 150 → 100; PM2.5 60 → 82.
    expect(hourlyAqiOf({ CO: 10, O3: 200, PM10: 150, 'PM2.5': 60 })).toEqual({
      aqi: 100,
      category: '良',
      primary: ['PM10', 'O3', 'CO'],
    });
  });

  it('an hour with no pollutant has no AQI', () => {
    expect(hourlyAqiOf({})).toBeNull();
  });
});

describe('HJ 633-2012 表 1 note 2: SO2 1 h above 800 is reported by its 24-hour IAQI', () => {
  function hourOf(stamp: number, so2: number) {
    const values = new Float64Array(POLLUTANT_COUNT).fill(Number.NaN);
    values[SO2] = so2;
    return { hourStamp: stamp, stations: ['1591A'], values };
  }

  it('with 23 earlier hours the trailing mean (rounded half-to-even) is used: (23·300 + 900)/24 = 325 → IAQI 127', () => {
    const calculator = new HourlyAqiCalculator();
    const aqi = new Int16Array(1);
    const primary = new Uint8Array(1);
    for (let stamp = 1; stamp <= 23; stamp++) calculator.compute(hourOf(stamp, 300), aqi, primary);
    calculator.compute(hourOf(24, 900), aqi, primary);
    // 24-hour table: 150-475 → 100-150; 325 → 100 + 50·175/325 = 126.9 → 127.
    expect(aqi[0]).toBe(127);
    expect(primary[0]).toBe(1 << SO2);
  });

  it('with fewer than 20 valid hours in the trailing 24 there is no 24-hour mean, and SO2 gives no IAQI', () => {
    const calculator = new HourlyAqiCalculator();
    const aqi = new Int16Array(1);
    const primary = new Uint8Array(1);
    for (let stamp = 6; stamp <= 23; stamp++) calculator.compute(hourOf(stamp, 300), aqi, primary);
    calculator.compute(hourOf(24, 900), aqi, primary);
    expect(aqi[0]).toBe(-1);
  });

  it('hours older than 24 are not part of the trailing window', () => {
    const calculator = new HourlyAqiCalculator();
    const aqi = new Int16Array(1);
    const primary = new Uint8Array(1);
    for (let stamp = 1; stamp <= 30; stamp++) calculator.compute(hourOf(stamp, stamp <= 10 ? 2000 : 100), aqi, primary);
    calculator.compute(hourOf(31, 900), aqi, primary);
    // Window 8..31: hours 8-10 at 2000, 11-30 at 100, 31 at 900 → (6000 + 2000 + 900)/24 = 370.8 → 371.
    expect(aqi[0]).toBe(iaqiMilli(BREAKPOINTS_MILLI.so2_24h, 371_000));
    expect(hourlyAqiOf({ SO2: 900 }, 371)?.aqi).toBe(aqi[0]);
  });
});

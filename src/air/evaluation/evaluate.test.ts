import { describe, expect, it } from 'vitest';
import type { AirTarget } from '../../plans/air/index.ts';
import { GOOD, HEAVY, LIGHT, setDay, yearOfDays } from '../../../test/support/air-days.ts';
import { POLLUTANT_COUNT, PM25, SO2 } from '../pollutants.ts';
import { HourOutOfOrderError, YearAccumulator, type YearDays } from './accumulator.ts';
import { D_PM25, D_SO2, DAILY_COUNT } from '../daily-values.ts';
import { evaluateYear } from './evaluate.ts';
import { trackTargets } from './tracking.ts';

const target = (over: Partial<AirTarget>): AirTarget => ({
  id: 'city-pm25-annual',
  row: 1,
  clause: '一(二) 表 1',
  region: 'ordos',
  indicator: 'pm25Annual',
  comparison: '<=',
  value: 22,
  unit: 'µg/m³',
  year: 2025,
  text: '全市PM2.5年均浓度 22微克/立方米以下',
  ...over,
});

function hour(date: string, h: number, stations: string[], so2: number, pm25 = Number.NaN) {
  const values = new Float64Array(stations.length * POLLUTANT_COUNT).fill(Number.NaN);
  stations.forEach((_, s) => {
    values[s * POLLUTANT_COUNT + SO2] = so2;
    values[s * POLLUTANT_COUNT + PM25] = pm25;
  });
  return { date, hour: h, stations, values };
}

describe('HJ 663-2013 day boundaries in the year accumulator', () => {
  it('day D is hours 1-23 of D and hour 0 of D+1 (24:00); hour 0 of D belongs to D-1', () => {
    const accumulator = new YearAccumulator(2019);
    accumulator.add(hour('20190101', 0, ['A'], 999));
    for (let h = 1; h <= 23; h++) accumulator.add(hour('20190101', h, ['A'], 10));
    accumulator.add(hour('20190102', 0, ['A'], 34));
    const days = accumulator.finish();
    expect(days.lastDay).toBe(0);
    // (23·10 + 34)/24 = 11; the 999 at hour 0 of 1 January is 24:00 of 31 December 2018, outside the year.
    expect(days.stations.get('A')![D_SO2]).toBe(11);
    expect(days.seen.has('A')).toBe(true);
  });

  it('hour 0 of 1 January of the next year closes 31 December', () => {
    const accumulator = new YearAccumulator(2019);
    for (let h = 1; h <= 23; h++) accumulator.add(hour('20191231', h, ['A'], 10));
    accumulator.add(hour('20200101', 0, ['A'], 58));
    expect(accumulator.finish().stations.get('A')![364 * DAILY_COUNT + D_SO2]).toBe(12);
  });

  it('stations may differ between files; each keeps its own days', () => {
    const accumulator = new YearAccumulator(2019);
    for (let h = 1; h <= 23; h++) accumulator.add(hour('20190101', h, ['A'], 10, 30));
    for (let h = 0; h <= 23; h++) accumulator.add(hour('20190102', h, ['B', 'A'], 20, 40));
    const days = accumulator.finish();
    expect(days.stations.get('A')![D_PM25]).toBe(Math.round((23 * 30 + 40) / 24));
    expect(days.stations.get('B')![DAILY_COUNT + D_PM25]).toBe(40);
    expect(days.stations.get('B')![D_PM25]).toBeNaN();
  });

  it('an hour that comes after its day has closed is refused', () => {
    const accumulator = new YearAccumulator(2019);
    accumulator.add(hour('20190105', 3, ['A'], 10));
    expect(() => accumulator.add(hour('20190101', 3, ['A'], 10))).toThrow(HourOutOfOrderError);
  });
});

function yearDays(stations: Record<string, Float64Array>): YearDays {
  return {
    year: 2025,
    dayCount: 365,
    stations: new Map(Object.entries(stations)),
    seen: new Set(Object.keys(stations)),
    lastDay: 364,
  };
}

describe('the year evaluation', () => {
  it('regions by name with targets compared; a target whose figure is incomplete has met null', () => {
    const a = yearOfDays(365);
    for (let d = 0; d < 365; d++) setDay(a, d, GOOD);
    const evaluation = evaluateYear({
      days: yearDays({ '1591A': a, '1592A': a }),
      regions: [
        { id: 'ordos', name: '鄂尔多斯', stations: ['1591A', '1592A'] },
        { id: 'qipanjing', name: '棋盘井产业园', stations: [] },
      ],
      targets: [
        target({}),
        target({ id: 'qipanjing-pm25-annual', region: 'qipanjing', value: 25 }),
        target({ id: 'city-nox', indicator: 'noxEmissionReduction', comparison: '>=', value: 10 }),
      ],
    });
    expect(evaluation.regions['鄂尔多斯']).toMatchObject({
      validDays: 365,
      pm25: 20,
      incomplete: [],
      targets: [{ id: 'city-pm25-annual', target: '<= 22', value: 20, met: true }],
    });
    expect(evaluation.regions['棋盘井产业园']).toMatchObject({
      validDays: 0,
      pm25: null,
      targets: [{ id: 'qipanjing-pm25-annual', value: null, met: null }],
    });
    expect(Object.keys(evaluation.stations)).toEqual(['1591A', '1592A']);

    const partial = yearOfDays(365);
    for (let d = 0; d < 300; d++) setDay(partial, d, GOOD);
    const short = evaluateYear({
      days: yearDays({ A: partial }),
      regions: [{ id: 'ordos', name: 'x', stations: ['A'] }],
      targets: [target({})],
    });
    expect(short.regions.x!.targets).toEqual([{ id: 'city-pm25-annual', target: '<= 22', value: 20, met: null }]);
  });

  it('dust-affected days: both the raw and the dust-excluded figures are kept', () => {
    const a = yearOfDays(365);
    for (let d = 0; d < 365; d++) setDay(a, d, d < 5 ? { ...HEAVY, pm10: 500 } : GOOD);
    const evaluation = evaluateYear({
      days: yearDays({ A: a }),
      regions: [{ name: 'r', stations: ['A'] }],
      targets: [],
      dustDays: new Map([['r', new Set([0, 1, 2, 3, 4])]]),
    });
    const region = evaluation.regions.r!;
    expect(region.heavyDayRatio).toBe(1.4);
    expect(region.dustExcluded).toMatchObject({ validDays: 360, heavyDayRatio: 0, pm10: 50 });
    expect(evaluation.stations.A!.dustExcluded?.validDays).toBe(360);
  });
});

describe('year-to-date tracking of the targets', () => {
  const targets = [
    target({}),
    target({ id: 'city-good-day-ratio', indicator: 'goodDayRatio', comparison: '>=', value: 89.9, unit: '%' }),
    target({ id: 'city-heavy-day-ratio', indicator: 'heavyDayRatio', comparison: '<=', value: 0, unit: '%' }),
    target({ id: 'city-nox', indicator: 'noxEmissionReduction', comparison: '>=', value: 10, unit: '%' }),
  ];

  it('after 100 days at PM2.5 25 the remaining 265 days may average at most 21.5 (year sum ≤ 8212, 8212/365 → 22)', () => {
    const days = yearOfDays(365);
    for (let d = 0; d < 100; d++) setDay(days, d, d < 90 ? { ...GOOD, pm25: 25 } : { ...LIGHT, pm25: 25, pm10: 200 });
    const [pm25, good, heavy, nox] = trackTargets(days, 2025, 99, targets);
    expect(pm25).toMatchObject({ value: 25, met: false, remainingDays: 265, achievable: true, remainingMeanMax: 21.5 });
    // 365 valid days, ≥ 89.9 %: 37 non-good days give 328/365 = 89.86 → 89.9, 38 give 89.6; 10 are spent.
    expect(good).toMatchObject({ value: 90, met: true, achievable: true, nonGoodDaysAffordable: 27 });
    expect(heavy).toMatchObject({ value: 0, met: true, achievable: true, heavyDaysAffordable: 0 });
    expect(nox).toMatchObject({ value: null, met: null, achievable: null });
  });

  it('one heavy day already makes the 0 % target unreachable', () => {
    const days = yearOfDays(365);
    setDay(days, 0, HEAVY);
    const heavy = trackTargets(days, 2025, 0, targets)[2]!;
    expect(heavy).toMatchObject({ value: 100, met: false, achievable: false, heavyDaysAffordable: 0 });
  });

  it('a mean already beyond reach: the allowance is gone', () => {
    const days = yearOfDays(365);
    for (let d = 0; d < 364; d++) setDay(days, d, { ...GOOD, pm25: 30 });
    const pm25 = trackTargets(days, 2025, 363, targets)[0]!;
    expect(pm25).toMatchObject({ remainingDays: 1, achievable: false, remainingMeanMax: null });
    expect(days[363 * DAILY_COUNT + D_PM25]).toBe(30);
  });
});

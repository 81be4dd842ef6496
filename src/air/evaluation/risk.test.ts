import { describe, expect, it } from 'vitest';
import type { AirTarget } from '../../plans/air/index.ts';
import { GOOD, HEAVY, LIGHT, setDay, yearOfDays } from '../../../test/support/air-days.ts';
import type { YearDays } from './accumulator.ts';
import { regionRisks } from './risk.ts';

const base: AirTarget = {
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
};
const targets: AirTarget[] = [
  base,
  { ...base, id: 'city-good-day-ratio', indicator: 'goodDayRatio', comparison: '>=', value: 89.9, unit: '%' },
  { ...base, id: 'city-heavy-day-ratio', indicator: 'heavyDayRatio', comparison: '<=', value: 0, unit: '%' },
  { ...base, id: 'city-nox', indicator: 'noxEmissionReduction', comparison: '>=', value: 10, unit: '%' },
];
const region = [{ id: 'ordos', name: '鄂尔多斯', stations: ['A'] }];

/** 2025 at one station: `bad` non-good (light) days among the first `daysSoFar`, the rest good, PM2.5 `pm25`. */
function year(daysSoFar: number, bad: number, pm25 = 20, heavyDays = 0): YearDays {
  const days = yearOfDays(365);
  for (let d = 0; d < daysSoFar; d++)
    setDay(days, d, d < heavyDays ? HEAVY : d < heavyDays + bad ? { ...LIGHT, pm25: 80 } : { ...GOOD, pm25 });
  return { year: 2025, dayCount: 365, stations: new Map([['A', days]]), seen: new Set(['A']), lastDay: daysSoFar - 1 };
}

const statuses = (days: YearDays, asOf: number, marginBadDays: number) =>
  Object.fromEntries(
    regionRisks(days, region, targets, asOf, { marginBadDays }).map((r) => [r.tracking.id, r.risk.status]),
  );

describe('a target at risk (the margin is configuration, never code)', () => {
  it('a clean start: every air target on track; the emission target cannot be judged from air data', () => {
    expect(statuses(year(30, 0), 29, 10)).toEqual({
      'city-pm25-annual': 'on-track',
      'city-good-day-ratio': 'on-track',
      'city-heavy-day-ratio': 'on-track',
      'city-nox': 'unknown',
    });
  });

  it('the good-day ratio: 365 days afford 37 non-good days; at risk once fewer than the margin remain, lost past 37', () => {
    // 28 spent of 37: 9 affordable.
    expect(statuses(year(100, 28), 99, 10)['city-good-day-ratio']).toBe('at-risk');
    expect(statuses(year(100, 28), 99, 9)['city-good-day-ratio']).toBe('on-track');
    expect(statuses(year(100, 27), 99, 10)['city-good-day-ratio']).toBe('on-track');
    expect(statuses(year(100, 38), 99, 10)['city-good-day-ratio']).toBe('lost');
    const [risk] = regionRisks(year(100, 28), region, targets.slice(1, 2), 99, { marginBadDays: 10 });
    expect(risk!.risk.reasonZh).toBe('至今已有 28 个非优良天,全年剩余 265 天最多还可出现 9 个,少于预警余量 10 天');
  });

  it('the heavy-day ratio of 0 %: not at risk before its first heavy day, lost with it', () => {
    expect(statuses(year(100, 0), 99, 10)['city-heavy-day-ratio']).toBe('on-track');
    expect(statuses(year(100, 0, 20, 1), 99, 10)['city-heavy-day-ratio']).toBe('lost');
  });

  it('an annual mean is at risk when the rest of the year must stay below the target, lost when it cannot', () => {
    expect(statuses(year(100, 0, 22), 99, 10)['city-pm25-annual']).toBe('on-track');
    // 100 days at 25: the remaining 265 may average at most 21.5 < 22.
    const [pm25] = regionRisks(year(100, 0, 25), region, targets.slice(0, 1), 99, { marginBadDays: 10 });
    expect(pm25!.risk).toEqual({
      status: 'at-risk',
      reasonZh: '至今 25µg/m³,全年剩余 265 天的均值须不高于 21.5µg/m³,低于目标值 22µg/m³',
    });
    expect(statuses(year(364, 0, 30), 363, 10)['city-pm25-annual']).toBe('lost');
  });
});

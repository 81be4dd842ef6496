import { describe, expect, it } from 'vitest';
import { hazardOf, levelOf } from '../../../test/factories/situation.ts';

const hot = (share: number, past: number[], next: number[]) => ({
  units: [
    { id: 'hot', areaKm2: share * 100, forecast: { tmaxNext3dC: next }, observed: { tmaxPastDaysC: past } },
    {
      id: 'mild',
      areaKm2: 100 - share * 100,
      forecast: { tmaxNext3dC: [28, 28, 28] },
      observed: { tmaxPastDaysC: [28, 28, 28, 28, 28] },
    },
  ],
});

describe('8.2.8 high temperature', () => {
  it('8.2.8(1): 60% of area with the last 3 days ≥ 35 ℃ and the next 3 days ≥ 35 ℃ is Ⅳ', () => {
    const result = hazardOf(hot(0.6, [30, 35, 35, 35], [35, 35, 35]), 'highTemperature');
    expect(result).toMatchObject({ level: 'IV', clause: '8.2.8(1)', route: 'observed-and-forecast-area' });
    expect(result.evidence[0]!.thresholds).toEqual([
      { field: 'observed.tmaxPastDaysC', op: '>=', value: 35, days: 3, unit: '℃' },
      { field: 'forecast.tmaxNext3dC', op: '>=', value: 35, days: 3, unit: '℃' },
    ]);
  });
  it('8.2.8(1): one of the last 3 days at 34.9 ℃, or one forecast day at 34.9 ℃, is no level', () => {
    expect(levelOf(hot(0.6, [35, 34.9, 35], [35, 35, 35]), 'highTemperature')).toBeNull();
    expect(levelOf(hot(0.6, [35, 35, 35], [35, 35, 34.9]), 'highTemperature')).toBeNull();
  });
  it('8.2.8(1): 59% of area is no level', () => {
    expect(levelOf(hot(0.59, [36, 36, 36], [36, 36, 36]), 'highTemperature')).toBeNull();
  });
  it('8.2.8(2): the last 5 days ≥ 37 ℃ and the next 3 ≥ 37 ℃ on 60% is Ⅲ', () => {
    expect(hazardOf(hot(0.6, [37, 37, 37, 37, 37], [37, 38, 37]), 'highTemperature')).toMatchObject({
      level: 'III',
      clause: '8.2.8(2)',
    });
  });
  it('8.2.8(2): only 4 observed days at 38 ℃ (fewer than 5) is Ⅳ, not Ⅲ', () => {
    expect(levelOf(hot(0.6, [38, 38, 38, 38], [38, 38, 38]), 'highTemperature')).toBe('IV');
  });
  it('8.2.8(3): the latest day ≥ 40 ℃ and the next 3 ≥ 40 ℃ on 60% is Ⅱ, even after one day', () => {
    expect(hazardOf(hot(0.6, [40], [40, 41, 40]), 'highTemperature')).toMatchObject({
      level: 'II',
      clause: '8.2.8(3)',
    });
  });
  it('8.2.8(3): an earlier day at 40 ℃ but the latest at 39.9 ℃ is Ⅲ (5 days ≥ 37 ℃)', () => {
    expect(levelOf(hot(0.6, [40, 40, 40, 40, 39.9], [40, 40, 40]), 'highTemperature')).toBe('III');
  });
  it('8.2.8: a unit without the forecast days, or without any observed day, has no valid value', () => {
    const units = [
      { id: 'a', areaKm2: 60, observed: { tmaxPastDaysC: [40, 40, 40] } },
      { id: 'b', areaKm2: 40, forecast: { tmaxNext3dC: [40, 40, 40] }, observed: { tmaxPastDaysC: [] } },
    ];
    expect(hazardOf({ units }, 'highTemperature')).toMatchObject({
      level: null,
      status: 'insufficient-data',
      coverage: 0,
    });
  });
});

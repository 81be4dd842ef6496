import { describe, expect, it } from 'vitest';
import { forecastUnits, hazardOf, levelOf } from '../../../test/factories/situation.ts';

// Force 6 is 10.8 m/s (GB/T 28591-2012).
const cold = { tminDropC: 14, windMeanMs: 10.8, tminC: 0 };
const onShare = (share: number, forecast: object) => ({
  units: forecastUnits([share * 100, forecast], [100 - share * 100, { tminDropC: 2, windMeanMs: 3, tminC: 10 }]),
});

describe('8.2.5 cold wave', () => {
  it('8.2.5(1): 60% of area with a drop ≥ 14 ℃, mean wind ≥ force 6 and minimum ≤ 0 ℃ is Ⅳ', () => {
    const result = hazardOf(onShare(0.6, cold), 'coldWave');
    expect(result).toMatchObject({ level: 'IV', clause: '8.2.5(1)' });
    expect(result.evidence[0]!.thresholds).toEqual([
      { field: 'forecast.tminDropC', op: '>=', value: 14, unit: '℃' },
      { field: 'forecast.windMeanMs', op: '>=', value: 10.8, force: 6, unit: 'm/s' },
      { field: 'forecast.tminC', op: '<=', value: 0, unit: '℃' },
    ]);
  });
  it('8.2.5(2): a drop ≥ 16 ℃ on 70% is Ⅲ', () => {
    expect(hazardOf(onShare(0.7, { ...cold, tminDropC: 16 }), 'coldWave')).toMatchObject({
      level: 'III',
      clause: '8.2.5(2)',
    });
  });
  it('8.2.5(3): a drop ≥ 18 ℃ on 80% is Ⅱ', () => {
    expect(hazardOf(onShare(0.8, { ...cold, tminDropC: 18 }), 'coldWave')).toMatchObject({
      level: 'II',
      clause: '8.2.5(3)',
    });
  });
  it('8.2.5(3): a drop of 18 ℃ on 79.99% is Ⅲ; 17.9 ℃ on 80% is Ⅲ', () => {
    expect(levelOf(onShare(0.7999, { ...cold, tminDropC: 18 }), 'coldWave')).toBe('III');
    expect(levelOf(onShare(0.8, { ...cold, tminDropC: 17.9 }), 'coldWave')).toBe('III');
  });
  it('8.2.5(1): all three in the same unit: each one just short is no level', () => {
    expect(levelOf(onShare(1, { ...cold, tminDropC: 13.9 }), 'coldWave')).toBeNull();
    expect(levelOf(onShare(1, { ...cold, windMeanMs: 10.7 }), 'coldWave')).toBeNull();
    expect(levelOf(onShare(1, { ...cold, tminC: 0.1 }), 'coldWave')).toBeNull();
  });
  it('8.2.5(1): conditions are not mixed across units (drop in one, wind in another)', () => {
    const units = forecastUnits(
      [50, { tminDropC: 20, windMeanMs: 3, tminC: -5 }],
      [50, { tminDropC: 2, windMeanMs: 15, tminC: -5 }],
    );
    expect(levelOf({ units }, 'coldWave')).toBeNull();
  });
  it('8.2.5: a unit needs all three values to count; with one missing on most of the area the data is insufficient', () => {
    const units = forecastUnits([60, { tminDropC: 20, windMeanMs: 15 }], [40, cold]);
    const result = hazardOf({ units }, 'coldWave');
    expect(result).toMatchObject({ level: null, status: 'insufficient-data', coverage: 0.4 });
    expect(result.evidence[0]).toMatchObject({ share: 1, usable: false });
  });
});

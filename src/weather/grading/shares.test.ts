import { describe, expect, it } from 'vitest';
import { forecastUnits, hazardOf } from '../../../test/factories/situation.ts';
import { ratioOf, reaches } from './exact-share.ts';

describe('shares are compared exactly', () => {
  it('8.2.4(2): 0.1 + 0.7 of 1 km² is exactly 80%, although 0.1 + 0.7 is 0.7999… in floating point', () => {
    expect(0.1 + 0.7).toBeLessThan(0.8);
    const units = forecastUnits([0.1, { groundTminC: -6 }], [0.7, { groundTminC: -6 }], [0.2, { groundTminC: 2 }]);
    const result = hazardOf({ at: '2025-05-01T08:00:00+08:00', units, trends: { frostExpectedDays: 3 } }, 'frost');
    expect(result).toMatchObject({ level: 'III', clause: '8.2.4(2)' });
    expect(result.evidence[0]).toMatchObject({ share: 0.8, needed: 0.8, reached: true });
  });

  it('8.2.2(1): 40% met by many small units sums exactly', () => {
    const parts = Array.from({ length: 10 }, (_, i): [number, { precipMm: number }] => [
      0.1,
      { precipMm: i < 4 ? 50 : 0 },
    ]);
    const result = hazardOf({ units: forecastUnits(...parts) }, 'rainstorm');
    expect(result).toMatchObject({ level: 'IV' });
    expect(result.evidence[0]).toMatchObject({
      share: 0.4,
      reached: true,
      met: { count: 4, ids: ['u0', 'u1', 'u2', 'u3'] },
    });
  });

  it('a share just below the needed one never shows as reaching it', () => {
    const units = forecastUnits([39.99999, { precipMm: 60 }], [60.00001, { precipMm: 0 }]);
    const result = hazardOf({ units }, 'rainstorm');
    expect(result).toMatchObject({ level: null, closest: { needed: 0.4 } });
    expect(result.closest!.share).toBeLessThan(0.4);
  });

  it('part / whole against a ratio, in integers', () => {
    expect(reaches(4, 10, ratioOf(0.4))).toBe(true);
    expect(reaches(3, 10, ratioOf(0.4))).toBe(false);
    expect(reaches(0, 0, ratioOf(0))).toBe(false);
    expect(reaches(2 ** 52, 2 ** 52, ratioOf(1))).toBe(true);
    expect(() => ratioOf(0.1234567)).toThrow(/6 decimals/);
  });
});

describe('coverage', () => {
  it('8.2.2: a route whose units with a value cover exactly half the area is used', () => {
    const units = forecastUnits([50, { precipMm: 60 }], [50, {}]);
    // 60 mm on all the area with a value: 100% ≥ 50 mm, so Ⅲ.
    expect(hazardOf({ units }, 'rainstorm')).toMatchObject({ level: 'III', status: 'graded', coverage: 0.5 });
  });

  it('8.2.2: below half the area it is not used, and the hazard is insufficient-data with what was measured', () => {
    const units = forecastUnits([49.99, { precipMm: 120 }], [50.01, {}]);
    const result = hazardOf({ units }, 'rainstorm');
    expect(result).toMatchObject({ level: null, status: 'insufficient-data', coverage: 0.4999 });
    expect(result.evidence[0]).toMatchObject({
      route: 'forecast-area',
      share: 1,
      reached: true,
      usable: false,
      met: { count: 1, ids: ['u0'] },
    });
  });

  it('a hazard below every level shows how close it came: the highest share reached toward its lowest level', () => {
    const units = forecastUnits([35, { precipMm: 70 }], [65, { precipMm: 5 }]);
    const result = hazardOf(
      {
        units,
        stations: [
          { id: 's0', precipMm: 80 },
          { id: 's1', precipMm: 1 },
          { id: 's2', precipMm: 0 },
        ],
      },
      'rainstorm',
    );
    expect(result).toMatchObject({ level: null, status: 'graded', clause: '8.2.2' });
    expect(result.closest).toEqual({
      level: 'IV',
      clause: '8.2.2(1)',
      route: 'forecast-area',
      share: 0.35,
      needed: 0.4,
    });
    expect(result.evidence.map((e) => [e.route, e.share])).toEqual([
      ['forecast-area', 0.35],
      ['stations', 0.3333],
    ]);
  });
});

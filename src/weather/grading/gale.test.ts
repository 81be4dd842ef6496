import { describe, expect, it } from 'vitest';
import { forecastUnits, hazardOf, levelOf, observedUnits } from '../../../test/factories/situation.ts';

// GB/T 28591-2012 lower bounds: force 8 17.2, 10 24.5, 11 28.5, 12 32.7, 13 37.0 m/s.
const levels = [
  { n: 1, level: 'IV', share: 0.6, mean: 17.2, gust: 24.5, meanForce: 8, gustForce: 10, below: null },
  { n: 2, level: 'III', share: 0.7, mean: 24.5, gust: 28.5, meanForce: 10, gustForce: 11, below: 'IV' },
  { n: 3, level: 'II', share: 0.8, mean: 28.5, gust: 32.7, meanForce: 11, gustForce: 12, below: 'III' },
  { n: 4, level: 'I', share: 0.9, mean: 32.7, gust: 37.0, meanForce: 12, gustForce: 13, below: 'II' },
] as const;

const calm = { windMeanMs: 3, windGustMs: 6 };
const forecast = (share: number, wind: object) => ({
  units: forecastUnits([share * 100, wind], [100 - share * 100, calm]),
});
const observed = (share: number, wind: object, persisting: boolean) => ({
  units: observedUnits([share * 100, wind], [100 - share * 100, calm]),
  trends: { galePersisting: persisting },
});

describe('8.2.6 gale', () => {
  describe.each(levels)('8.2.6($n)', ({ n, level, share, mean, gust, meanForce, gustForce, below }) => {
    it(`8.2.6(${n}): mean wind ≥ force ${meanForce} (${mean} m/s) on ${share * 100}% of area is ${level}`, () => {
      const result = hazardOf(forecast(share, { windMeanMs: mean }), 'gale');
      expect(result).toMatchObject({ level, clause: `8.2.6(${n})`, route: 'forecast-area' });
      expect(result.evidence[0]!.thresholds).toEqual([
        { field: 'forecast.windMeanMs', op: '>=', value: mean, force: meanForce, unit: 'm/s' },
        { field: 'forecast.windGustMs', op: '>=', value: gust, force: gustForce, unit: 'm/s' },
      ]);
    });
    it(`8.2.6(${n}): or gusts ≥ force ${gustForce} (${gust} m/s) is ${level}`, () => {
      expect(levelOf(forecast(share, { windMeanMs: 5, windGustMs: gust }), 'gale')).toBe(level);
    });
    it(`8.2.6(${n}): mean ${(mean - 0.1).toFixed(1)} and gust ${(gust - 0.1).toFixed(1)} m/s is ${below ?? 'no level'}`, () => {
      expect(levelOf(forecast(share, { windMeanMs: mean - 0.1, windGustMs: gust - 0.1 }), 'gale')).toBe(below);
    });
    it(`8.2.6(${n}): on ${share * 100 - 1}% of area is ${below ?? 'no level'}`, () => {
      expect(levelOf(forecast(share - 0.01, { windMeanMs: mean, windGustMs: gust }), 'gale')).toBe(below);
    });
    it(`8.2.6(${n}): already observed and likely to persist is ${level}; not persisting is no level`, () => {
      expect(hazardOf(observed(share, { windGustMs: gust }, true), 'gale')).toMatchObject({
        level,
        route: 'observed-area',
      });
      expect(levelOf(observed(share, { windGustMs: gust }, false), 'gale')).toBeNull();
    });
  });

  it('8.2.6: a unit with only a gust (no mean wind) still counts; a missing one simply does not meet', () => {
    const units = forecastUnits([60, { windGustMs: 25 }], [40, { windMeanMs: 3 }]);
    expect(hazardOf({ units }, 'gale')).toMatchObject({ level: 'IV', coverage: 1 });
  });

  it('8.2.6: the forecast route does not ask whether the wind persists', () => {
    expect(levelOf({ ...forecast(0.6, { windMeanMs: 20 }), trends: { galePersisting: false } }, 'gale')).toBe('IV');
  });
});

import { describe, expect, it } from 'vitest';
import { forecastUnits, hazardOf, levelOf, observedUnits } from '../../../test/factories/situation.ts';

const levels = [
  { n: 1, level: 'IV', share: 0.5, visibility: 1000, below: null },
  { n: 2, level: 'III', share: 0.6, visibility: 500, below: 'IV' },
  { n: 3, level: 'II', share: 0.7, visibility: 50, below: 'III' },
] as const;

const clear = { sandVisibilityM: null };
const forecast = (share: number, sandVisibilityM: number) => ({
  units: forecastUnits([share * 100, { sandVisibilityM }], [100 - share * 100, clear]),
});

describe('8.2.7 sandstorm', () => {
  describe.each(levels)('8.2.7($n)', ({ n, level, share, visibility, below }) => {
    it(`8.2.7(${n}): visibility < ${visibility} m on ${share * 100}% of area is ${level}`, () => {
      const result = hazardOf(forecast(share, visibility - 1), 'sandstorm');
      expect(result).toMatchObject({ level, clause: `8.2.7(${n})`, route: 'forecast-area' });
      expect(result.evidence[0]).toMatchObject({ threshold: visibility, thresholds: [{ op: '<', value: visibility }] });
    });
    it(`8.2.7(${n}): exactly ${visibility} m ("小于", strict) is ${below ?? 'no level'}`, () => {
      expect(levelOf(forecast(share, visibility), 'sandstorm')).toBe(below);
    });
    it(`8.2.7(${n}): on ${share * 100 - 1}% of area is ${below ?? 'no level'}`, () => {
      expect(levelOf(forecast(share - 0.01, visibility - 1), 'sandstorm')).toBe(below);
    });
    it(`8.2.7(${n}): already observed on ${share * 100}% and going on is ${level}; not going on is no level`, () => {
      const units = observedUnits([share * 100, { sandVisibilityM: visibility - 1 }], [100 - share * 100, clear]);
      expect(hazardOf({ units, trends: { sandPersisting: true } }, 'sandstorm')).toMatchObject({
        level,
        route: 'observed-area',
      });
      expect(levelOf({ units, trends: { sandPersisting: false } }, 'sandstorm')).toBeNull();
    });
  });

  it('8.2.7: null visibility is a valid "no sand or dust" (counted), an absent one is no value (not counted)', () => {
    const counted = hazardOf(
      { units: forecastUnits([40, { sandVisibilityM: 800 }], [60, { sandVisibilityM: null }]) },
      'sandstorm',
    );
    expect(counted).toMatchObject({ level: null, status: 'graded', coverage: 1 });
    expect(counted.evidence[0]).toMatchObject({ share: 0.4 });
    const uncounted = hazardOf({ units: forecastUnits([40, { sandVisibilityM: 800 }], [60, {}]) }, 'sandstorm');
    expect(uncounted).toMatchObject({ level: null, status: 'insufficient-data', coverage: 0.4 });
  });
});

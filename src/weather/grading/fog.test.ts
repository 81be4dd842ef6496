import { describe, expect, it } from 'vitest';
import { forecastUnits, hazardOf, levelOf, observedUnits } from '../../../test/factories/situation.ts';

const foggy = (share: number, fogVisibilityM: number, hours: number) => ({
  units: forecastUnits([share * 100, { fogVisibilityM }], [100 - share * 100, { fogVisibilityM: null }]),
  trends: { fogExpectedHours: hours },
});

describe('8.2.9 fog', () => {
  it('8.2.9(1): visibility < 500 m on 60% of area, lasting more than 24 h, is Ⅳ', () => {
    expect(hazardOf(foggy(0.6, 499, 25), 'fog')).toMatchObject({ level: 'IV', clause: '8.2.9(1)' });
  });
  it('8.2.9(1): exactly 500 m is no level; 59% of area is no level', () => {
    expect(levelOf(foggy(0.6, 500, 25), 'fog')).toBeNull();
    expect(levelOf(foggy(0.59, 499, 25), 'fog')).toBeNull();
  });
  it('8.2.9(2): visibility < 200 m on 60% of area, lasting more than 24 h, is Ⅲ; exactly 200 m is Ⅳ', () => {
    expect(hazardOf(foggy(0.6, 199, 30), 'fog')).toMatchObject({ level: 'III', clause: '8.2.9(2)' });
    expect(levelOf(foggy(0.6, 200, 30), 'fog')).toBe('IV');
  });
  it('8.2.9: "持续时间超过24小时": exactly 24 h is no level; the evidence shows the judgement', () => {
    const result = hazardOf(foggy(1, 100, 24), 'fog');
    expect(result.level).toBeNull();
    expect(result.evidence[0]).toMatchObject({
      reached: true,
      holds: false,
      requires: [{ trend: 'fogExpectedHours', op: '>', value: 24, actual: 24, holds: false }],
    });
  });
  it('8.2.9(2): fog already observed on 60%, lasting more than 24 h, is Ⅲ by the observed route; 24 h is not', () => {
    const units = observedUnits([60, { fogVisibilityM: 150 }], [40, { fogVisibilityM: null }]);
    expect(hazardOf({ units, trends: { fogExpectedHours: 36 } }, 'fog')).toMatchObject({
      level: 'III',
      route: 'observed-area',
    });
    expect(levelOf({ units, trends: { fogExpectedHours: 24 } }, 'fog')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { forecastUnits, hazardOf, levelOf } from '../../../test/factories/situation.ts';

const spring = '2025-05-01T08:00:00+08:00';
const lasting = { frostExpectedDays: 3 };
const frost = (groundTminC: number, share: number, at = spring, trends: object = lasting) => ({
  at,
  units: forecastUnits([share * 100, { groundTminC }], [100 - share * 100, { groundTminC: 5 }]),
  trends,
});

describe('8.2.4 frost', () => {
  it('8.2.4(1): 60% of area at ground minimum ≤ −3 ℃, lasting 3 days, in spring is Ⅳ', () => {
    expect(hazardOf(frost(-3, 0.6), 'frost')).toMatchObject({ level: 'IV', clause: '8.2.4(1)', color: 'blue' });
  });
  it('8.2.4(1): −2.9 ℃ (not "降到零下3℃以下") is no level', () => {
    expect(levelOf(frost(-2.9, 0.6), 'frost')).toBeNull();
  });
  it('8.2.4(1): 59.99% of area is no level', () => {
    expect(levelOf(frost(-3, 0.5999), 'frost')).toBeNull();
  });
  it('8.2.4(2): 80% of area at ≤ −5 ℃ is Ⅲ', () => {
    expect(hazardOf(frost(-5, 0.8), 'frost')).toMatchObject({ level: 'III', clause: '8.2.4(2)', color: 'yellow' });
  });
  it('8.2.4(2): −4.9 ℃ on 80% is Ⅳ; −5 ℃ on 79.99% is Ⅳ', () => {
    expect(levelOf(frost(-4.9, 0.8), 'frost')).toBe('IV');
    expect(levelOf(frost(-5, 0.7999), 'frost')).toBe('IV');
  });
  it('8.2.4: "可能持续3天以上": 2 expected frost days is no level; the evidence says why', () => {
    const result = hazardOf(frost(-6, 1, spring, { frostExpectedDays: 2 }), 'frost');
    expect(result.level).toBeNull();
    expect(result.evidence[0]).toMatchObject({
      reached: true,
      holds: false,
      requires: [{ trend: 'frostExpectedDays', op: '>=', value: 3, actual: 2, holds: false }],
    });
  });
  it('8.2.4: frost is never graded outside its seasons (midsummer, midwinter)', () => {
    for (const at of ['2025-07-20T08:00:00+08:00', '2025-01-15T08:00:00+08:00', '2025-06-01T00:00:00+08:00']) {
      const result = hazardOf(frost(-10, 1, at), 'frost');
      expect(result).toMatchObject({ level: null, status: 'graded' });
      expect(result.evidence[0]!.season).toMatchObject({ inSeason: false, timeZone: 'Asia/Shanghai' });
    }
  });

  describe('8.2.4: the season windows are dates in Asia/Shanghai, whatever offset the input carries', () => {
    const cases = [
      ['2025-04-11T00:00:00+08:00', 'IV', 'spring opens on 11 April'],
      ['2025-04-10T23:59:59+08:00', null, 'the day before'],
      ['2025-04-10T16:00:00Z', 'IV', '16:00 UTC on 10 April is 11 April in Shanghai'],
      ['2025-04-10T15:59:59Z', null, '15:59 UTC on 10 April is still 10 April in Shanghai'],
      ['2025-04-10T12:00:00-05:00', 'IV', 'noon in New York on 10 April is 01:00 on 11 April in Shanghai'],
      ['2025-04-11T00:30:00+09:00', null, '00:30 in Tokyo on 11 April is 23:30 on 10 April in Shanghai'],
      ['2025-05-31T23:59:00+08:00', 'IV', 'spring closes on 31 May'],
      ['2025-05-31T16:00:00Z', null, '16:00 UTC on 31 May is 1 June in Shanghai'],
      ['2025-08-21T00:00:00', 'IV', 'autumn opens on 21 August (no offset: Shanghai time)'],
      ['2025-08-20T23:00:00', null, 'the day before'],
      ['2025-09-20T23:59:59+08:00', 'IV', 'autumn closes on 20 September'],
      ['2025-09-21T00:00:00+08:00', null, 'the day after'],
      ['2025-09-20T20:00:00-04:00', null, '20:00 on 20 September at −4 h is 21 September in Shanghai'],
    ] as const;
    it.each(cases)('8.2.4(1): at %s frost is %s (%s)', (at, level) => {
      expect(levelOf(frost(-4, 0.7, at), 'frost')).toBe(level);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { forecastUnits, hazardOf, levelOf, stations } from '../../../test/factories/situation.ts';

// 8.2.2 (rain) and 8.2.3 (snow) read alike: a forecast share of the city's area, or a share of the stations
// that have already observed the amount while it goes on falling and spreading.
const hazards = [
  {
    hazard: 'rainstorm',
    clause: '8.2.2',
    field: 'precipMm',
    low: 50,
    high: 100,
    trends: ['rainContinuing', 'rainExpanding'],
  },
  {
    hazard: 'snowstorm',
    clause: '8.2.3',
    field: 'snowMm',
    low: 10,
    high: 20,
    trends: ['snowContinuing', 'snowExpanding'],
  },
] as const;

describe.each(hazards)('$clause $hazard', ({ hazard, clause, field, low, high, trends }) => {
  const onShare = (share: number, amount: number) => ({
    units: forecastUnits([share * 100, { [field]: amount }], [100 - share * 100, { [field]: 0 }]),
  });
  const going = { [trends[0]]: true, [trends[1]]: true };

  // level, its item, amount, share; then what an amount just below and a share just below give instead.
  const levels = [
    { n: 1, level: 'IV', amount: low, share: 0.4, amountBelow: null, shareBelow: null },
    { n: 2, level: 'III', amount: low, share: 0.5, amountBelow: null, shareBelow: 'IV' },
    { n: 3, level: 'II', amount: high, share: 0.4, amountBelow: 'IV', shareBelow: null },
    { n: 4, level: 'I', amount: high, share: 0.5, amountBelow: 'III', shareBelow: 'II' },
  ] as const;

  describe.each(levels)(`${clause}($n): forecast route`, ({ n, level, amount, share, amountBelow, shareBelow }) => {
    it(`${clause}(${n}): ${share * 100}% of area ≥ ${amount} mm is ${level}`, () => {
      const result = hazardOf(onShare(share, amount), hazard);
      expect(result).toMatchObject({ level, clause: `${clause}(${n})`, status: 'graded', route: 'forecast-area' });
      expect(result.evidence[0]).toMatchObject({
        route: 'forecast-area',
        threshold: amount,
        share,
        needed: share,
        reached: true,
        holds: true,
      });
      expect(result.evidence[0]!.met).toEqual({ count: 1, ids: ['u0'] });
    });
    it(`${clause}(${n}): ${amount - 0.1} mm on ${share * 100}% of area is ${amountBelow ?? 'no level'}`, () => {
      expect(levelOf(onShare(share, amount - 0.1), hazard)).toBe(amountBelow);
    });
    it(`${clause}(${n}): ${amount} mm on ${(share * 100 - 0.01).toFixed(2)}% of area is ${shareBelow ?? 'no level'}`, () => {
      expect(levelOf(onShare(share - 0.0001, amount), hazard)).toBe(shareBelow);
    });
  });

  const stationLevels = [
    { n: 1, level: 'IV', amount: low, meeting: 3 },
    { n: 2, level: 'III', amount: low, meeting: 4 },
    { n: 3, level: 'II', amount: high, meeting: 3 },
    { n: 4, level: 'I', amount: high, meeting: 4 },
  ] as const;

  describe.each(stationLevels)(`${clause}($n): stations route`, ({ n, level, amount, meeting }) => {
    it(`${clause}(${n}): ${meeting * 10}% of stations observed ≥ ${amount} mm, continuing and expanding, is ${level}`, () => {
      const result = hazardOf({ stations: stations(10, meeting, { [field]: amount }), trends: going }, hazard);
      expect(result).toMatchObject({ level, clause: `${clause}(${n})`, route: 'stations' });
      const evidence = result.evidence.find((e) => e.route === 'stations')!;
      expect(evidence).toMatchObject({
        basis: 'stationCount',
        share: meeting / 10,
        holds: true,
        amounts: { met: meeting, valid: 10, total: 10, unit: 'stations' },
      });
      expect(evidence.met.ids).toEqual(Array.from({ length: meeting }, (_, i) => `s${i}`));
    });
  });

  it(`${clause}(1): stations just below 30% (3 of 11) is no level`, () => {
    expect(levelOf({ stations: stations(11, 3, { [field]: low }), trends: going }, hazard)).toBeNull();
  });

  it(`${clause}(1): the stations route needs the fall continuing and spreading, not one of them`, () => {
    const observed = stations(10, 4, { [field]: high });
    expect(levelOf({ stations: observed, trends: { [trends[0]]: true } }, hazard)).toBeNull();
    expect(levelOf({ stations: observed, trends: { [trends[1]]: true } }, hazard)).toBeNull();
    const result = hazardOf({ stations: observed }, hazard);
    expect(result.evidence.find((e) => e.route === 'stations')).toMatchObject({
      reached: true,
      holds: false,
      requires: [
        { trend: trends[0], is: true, actual: false, holds: false },
        { trend: trends[1], is: true, actual: false, holds: false },
      ],
    });
  });

  it(`${clause}: the forecast route does not ask whether the fall continues (it is a forecast)`, () => {
    expect(levelOf({ ...onShare(0.5, high), trends: {} }, hazard)).toBe('I');
  });

  it(`${clause}: the routes are not mixed: 30% of area and 20% of stations is no level`, () => {
    expect(
      levelOf({ ...onShare(0.3, low), stations: stations(10, 2, { [field]: low }), trends: going }, hazard),
    ).toBeNull();
  });

  it(`${clause}: the highest level any route reaches wins (forecast Ⅳ, stations Ⅱ → Ⅱ by the stations)`, () => {
    const result = hazardOf(
      { ...onShare(0.4, low), stations: stations(10, 3, { [field]: high }), trends: going },
      hazard,
    );
    expect(result).toMatchObject({ level: 'II', route: 'stations', clause: `${clause}(3)` });
  });

  it(`${clause}: stations without a value do not count; half of them reporting is enough coverage`, () => {
    const reportingHalf = [
      ...stations(5, 2, { [field]: low }),
      ...Array.from({ length: 5 }, (_, i) => ({ id: `x${i}` })),
    ];
    const result = hazardOf({ stations: reportingHalf, trends: going }, hazard);
    expect(result).toMatchObject({ level: 'III', route: 'stations' });
    expect(result.evidence.find((e) => e.route === 'stations')).toMatchObject({
      share: 0.4,
      coverage: 0.5,
      usable: true,
    });
  });

  it(`${clause}: with fewer than half the stations reporting, the stations route is not used`, () => {
    const reportingFour = [
      ...stations(4, 4, { [field]: high }),
      ...Array.from({ length: 6 }, (_, i) => ({ id: `x${i}` })),
    ];
    const result = hazardOf({ stations: reportingFour, trends: going }, hazard);
    expect(result).toMatchObject({ level: null, status: 'insufficient-data' });
    expect(result.evidence.find((e) => e.route === 'stations')).toMatchObject({
      share: 1,
      reached: true,
      coverage: 0.4,
      usable: false,
      holds: false,
    });
  });
});

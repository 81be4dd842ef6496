import { describe, expect, it } from 'vitest';
import { hazardOf, levelOf } from '../../../test/factories/situation.ts';

type Grade = 'none' | 'light' | 'moderate' | 'severe' | 'extreme';
/** Units of 100 km² each, with the given agricultural area (km²) and drought grade. */
const farmland = (parts: Array<[agriAreaKm2: number, droughtGrade: Grade]>, persisting = true) => ({
  units: parts.map(([agriAreaKm2, droughtGrade], i) => ({
    id: `u${i}`,
    areaKm2: 100,
    agriAreaKm2,
    observed: { droughtGrade },
  })),
  trends: { droughtPersisting: persisting },
});

describe('8.2.1 agricultural drought', () => {
  it('8.2.1(1): severe or worse on 30% of the agricultural area, persisting, is Ⅲ', () => {
    const result = hazardOf(
      farmland([
        [30, 'severe'],
        [70, 'moderate'],
      ]),
      'drought',
    );
    expect(result).toMatchObject({ level: 'III', clause: '8.2.1(1)', route: 'observed-area' });
    expect(result.evidence[0]).toMatchObject({
      basis: 'agriArea',
      threshold: 'severe',
      share: 0.3,
      amounts: { met: 30, valid: 100, total: 100, unit: 'km²' },
    });
  });
  it('8.2.1(1): 29.9% is no level; moderate drought does not count', () => {
    expect(
      levelOf(
        farmland([
          [29.9, 'extreme'],
          [70.1, 'moderate'],
        ]),
        'drought',
      ),
    ).toBeNull();
    expect(levelOf(farmland([[100, 'moderate']]), 'drought')).toBeNull();
  });
  it('8.2.1(2): severe or worse on 40% is Ⅱ', () => {
    expect(
      hazardOf(
        farmland([
          [20, 'severe'],
          [20, 'extreme'],
          [60, 'light'],
        ]),
        'drought',
      ),
    ).toMatchObject({ level: 'II', clause: '8.2.1(2)' });
  });
  it('8.2.1(2): 55% severe without 50% extreme is Ⅱ (the 40%–50% band read as a lower bound)', () => {
    expect(
      levelOf(
        farmland([
          [55, 'severe'],
          [45, 'none'],
        ]),
        'drought',
      ),
    ).toBe('II');
  });
  it('8.2.1(3): extreme on 50% is Ⅰ; 49.9% extreme is Ⅱ', () => {
    expect(
      hazardOf(
        farmland([
          [50, 'extreme'],
          [50, 'none'],
        ]),
        'drought',
      ),
    ).toMatchObject({ level: 'I', clause: '8.2.1(3)' });
    expect(
      levelOf(
        farmland([
          [49.9, 'extreme'],
          [50.1, 'none'],
        ]),
        'drought',
      ),
    ).toBe('II');
  });
  it('8.2.1: without "持续或加重" over the next week, no level', () => {
    expect(levelOf(farmland([[100, 'extreme']], false), 'drought')).toBeNull();
  });
  it('8.2.1: the share is of agricultural area, not of the whole area', () => {
    // 90% of the land is in drought, but that land is only 10 of the 100 km² farmed.
    const units = [
      { id: 'desert', areaKm2: 900, agriAreaKm2: 10, observed: { droughtGrade: 'extreme' as const } },
      { id: 'farms', areaKm2: 100, agriAreaKm2: 90, observed: { droughtGrade: 'none' as const } },
    ];
    expect(hazardOf({ units, trends: { droughtPersisting: true } }, 'drought')).toMatchObject({
      level: null,
      closest: { share: 0.1, needed: 0.3 },
    });
  });
  it('8.2.1: with no agricultural area, there is nothing to grade: insufficient data', () => {
    expect(hazardOf(farmland([[0, 'extreme']]), 'drought')).toMatchObject({ level: null, status: 'insufficient-data' });
  });
});

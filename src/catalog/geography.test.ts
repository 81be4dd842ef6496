import { describe, expect, it } from 'vitest';
import { loadGeography } from './geography.ts';

describe('the Ordos geography from assets/', () => {
  it('is the city 150600 鄂尔多斯市 with its nine divisions and eleven weather stations', () => {
    const geography = loadGeography();
    expect(geography.cityCode).toBe('150600');
    expect(geography.cityName).toBe('鄂尔多斯市');
    expect(geography.divisions.map((d) => d.code)).toEqual([
      '150602',
      '150603',
      '150621',
      '150622',
      '150623',
      '150624',
      '150625',
      '150626',
      '150627',
    ]);
    expect(geography.stations).toHaveLength(11);
  });

  it('every station names a division of the city', () => {
    const { divisions, stations } = loadGeography();
    const codes = new Set(divisions.map((d) => d.code));
    expect(stations.every((s) => codes.has(s.divisionCode))).toBe(true);
    expect(new Set(stations.map((s) => s.divisionCode)).has('150603')).toBe(false);
  });

  it('is read once per process', () => {
    expect(loadGeography()).toBe(loadGeography());
  });
});

import { describe, expect, it } from 'vitest';
import { assembleGeography } from './geography.ts';
import type { Division, WeatherStation } from './types.ts';

const division: Division = {
  code: '150602',
  name: '东胜区',
  areaKm2: 1,
  geometry: [],
  geometryGcj02: [],
};
const station: WeatherStation = {
  id: '53543',
  name: '东胜',
  stationType: '基本站',
  lat: 39.8333,
  lon: 109.9833,
  altM: 1461.9,
  divisionCode: '150602',
};

describe('assembling a city geography', () => {
  it('keeps the city, its divisions and its stations', () => {
    expect(assembleGeography({ code: '150600', name: '鄂尔多斯市' }, [division], [station])).toEqual({
      cityCode: '150600',
      cityName: '鄂尔多斯市',
      divisions: [division],
      stations: [station],
    });
  });

  it('refuses a station in a division the city does not have', () => {
    expect(() =>
      assembleGeography({ code: '150600', name: '鄂尔多斯市' }, [division], [{ ...station, divisionCode: '150699' }]),
    ).toThrow("station 53543: division 150699 is not one of 鄂尔多斯市's: 150602");
  });
});

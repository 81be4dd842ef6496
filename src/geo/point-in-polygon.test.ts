import { describe, expect, it } from 'vitest';
import { loadGeography } from '../catalog/geography.ts';
import { divisionAt, pointInMultiPolygon, pointInPolygon } from './point-in-polygon.ts';
import type { Polygon, Ring } from './types.ts';

const outer: Ring = [
  [0, 0],
  [0, 10],
  [10, 10],
  [10, 0],
  [0, 0],
];
const hole: Ring = [
  [3, 3],
  [7, 3],
  [7, 7],
  [3, 7],
  [3, 3],
];
const withHole: Polygon = [outer, hole];
// A U shape: the notch between the arms is outside.
const u: Polygon = [
  [
    [0, 0],
    [6, 0],
    [6, 6],
    [4, 6],
    [4, 2],
    [2, 2],
    [2, 6],
    [0, 6],
    [0, 0],
  ],
];

describe('point in polygon', () => {
  it('is inside the outer ring and outside the hole', () => {
    expect(pointInPolygon(withHole, 1, 1)).toBe(true);
    expect(pointInPolygon(withHole, 5, 5)).toBe(false);
    expect(pointInPolygon(withHole, 8, 5)).toBe(true);
    expect(pointInPolygon(withHole, 11, 5)).toBe(false);
  });

  it('follows a concave ring, including a ray passing through vertices', () => {
    expect(pointInPolygon(u, 3, 4)).toBe(false);
    expect(pointInPolygon(u, 1, 4)).toBe(true);
    expect(pointInPolygon(u, 5, 4)).toBe(true);
    expect(pointInPolygon(u, 3, 2 - 1e-9)).toBe(true);
    expect(pointInPolygon(u, -1, 6)).toBe(false);
  });

  it('is in a multipolygon when in any part', () => {
    const far: Polygon = [
      [
        [20, 20],
        [21, 20],
        [21, 21],
        [20, 21],
        [20, 20],
      ],
    ];
    expect(pointInMultiPolygon([withHole, far], 20.5, 20.5)).toBe(true);
    expect(pointInMultiPolygon([withHole, far], 15, 15)).toBe(false);
  });
});

describe('divisionAt on the Ordos geography', () => {
  const geography = loadGeography();

  it.each(geography.stations.map((s) => [s.id, s.name, s] as const))(
    'station %s (%s) lies in the division the station list records',
    (_id, _name, station) => {
      expect(divisionAt(geography, station.lon, station.lat)?.code).toBe(station.divisionCode);
    },
  );

  it('finds no division outside the city (Beijing, Baotou across the Yellow River)', () => {
    expect(divisionAt(geography, 116.39, 39.91)).toBeUndefined();
    expect(divisionAt(geography, 109.84, 40.66)).toBeUndefined();
  });
});

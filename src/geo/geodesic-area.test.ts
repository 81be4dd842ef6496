import { describe, expect, it } from 'vitest';
import { multiPolygonAreaKm2, polygonAreaKm2, ringAreaKm2, ringExcess } from './geodesic-area.ts';
import { gridCellAreaKm2 } from './grid.ts';
import type { Ring } from './types.ts';

// WGS84's surface area, km² (Karney, "Algorithms for geodesics", 2013, table 1: 510,065,621.724 km²).
const wgs84SurfaceKm2 = 510_065_621.724;

function square(lon: number, lat: number, size: number): Ring {
  return [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ];
}

/** A lon/lat box whose north and south sides follow their parallels closely (1,000 points per side). */
function densifiedBox(west: number, south: number, east: number, north: number): Ring {
  const ring: Ring = [];
  for (let i = 0; i <= 1000; i++) ring.push([west + ((east - west) * i) / 1000, south]);
  for (let i = 0; i <= 1000; i++) ring.push([east - ((east - west) * i) / 1000, north]);
  ring.push([west, south]);
  return ring;
}

describe('geodesic area on the WGS84 ellipsoid', () => {
  it('the octant bounded by the equator and two meridians (all geodesics) is an eighth of the ellipsoid', () => {
    expect(
      ringAreaKm2([
        [0, 0],
        [90, 0],
        [0, 90],
        [0, 0],
      ]) /
        (wgs84SurfaceKm2 / 8),
    ).toBeCloseTo(1, 10);
  });

  it('a box hugging its parallels near Ordos matches the exact area of the parallel-bounded cell', () => {
    const exact = gridCellAreaKm2({ lon0: 108, lat0: 39, dLon: 1, dLat: 1, cols: 1, rows: 1 }, 0);
    expect(ringAreaKm2(densifiedBox(108, 39, 109, 40)) / exact).toBeCloseTo(1, 6);
  });

  it('a ring measures the same clockwise or counter-clockwise, and counter-clockwise is the positive excess', () => {
    const ccw = square(108, 39, 0.5);
    const cw = [...ccw].reverse();
    expect(ringExcess(ccw)).toBeGreaterThan(0);
    expect(ringExcess(cw)).toBeCloseTo(-ringExcess(ccw), 15);
    expect(ringAreaKm2(cw)).toBe(ringAreaKm2(ccw));
  });

  it('a hole is subtracted whatever the winding of either ring', () => {
    const outer = square(108, 39, 1);
    const hole = square(108.25, 39.25, 0.5);
    const expected = ringAreaKm2(outer) - ringAreaKm2(hole);
    expect(polygonAreaKm2([outer, hole])).toBeCloseTo(expected, 9);
    expect(polygonAreaKm2([[...outer].reverse(), hole])).toBeCloseTo(expected, 9);
    expect(polygonAreaKm2([outer, [...hole].reverse()])).toBeCloseTo(expected, 9);
  });

  it('a multipolygon is the sum of its parts; an empty one has no area', () => {
    const a = square(108, 39, 0.2);
    const b = square(110, 38, 0.3);
    expect(multiPolygonAreaKm2([[a], [b]])).toBeCloseTo(ringAreaKm2(a) + ringAreaKm2(b), 9);
    expect(multiPolygonAreaKm2([])).toBe(0);
  });

  it('a ring crossing the antimeridian is measured the short way round', () => {
    const east = square(179.5, 10, 0.5);
    const across: Ring = [
      [179.75, 10],
      [-179.75, 10],
      [-179.75, 10.5],
      [179.75, 10.5],
      [179.75, 10],
    ];
    expect(ringAreaKm2(across)).toBeCloseTo(ringAreaKm2(east), 6);
  });
});

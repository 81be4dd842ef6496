import { describe, expect, it } from 'vitest';
import { loadGeography } from '../../catalog/geography.ts';
import { pointInPolygon } from '../../geo/point-in-polygon.ts';
import { capPolygonMaxPoints, formatCapPolygon, parseCapPolygon, ringIsSimple, toCapPolygon } from './polygon.ts';

describe('CAP polygons from the divisions', () => {
  const { divisions } = loadGeography();

  it.each(divisions.map((d) => [d.name, d] as const))(
    '%s: closed, at most 100 pairs, simple, close to the outline',
    (_name, division) => {
      const ring = division.geometry[0]![0]!;
      const polygon = toCapPolygon(ring);
      expect(polygon.length).toBeGreaterThanOrEqual(4);
      expect(polygon.length).toBeLessThanOrEqual(capPolygonMaxPoints);
      expect(polygon.at(-1)).toEqual(polygon[0]);
      expect(ringIsSimple(polygon.slice(0, -1).map((p) => [p.lon, p.lat] as [number, number]))).toBe(true);
      // Every kept vertex is a vertex of the source outline (rounded to 1e-5°), so the shape is the division's own.
      const source = new Set(ring.map(([lon, lat]) => `${Math.round(lat * 1e5) / 1e5},${Math.round(lon * 1e5) / 1e5}`));
      expect(polygon.every((p) => source.has(`${p.lat},${p.lon}`))).toBe(true);
      expect(parseCapPolygon(formatCapPolygon(polygon))).toEqual(polygon);
    },
  );

  it('keeps a short outline as it is, only rounding and closing it', () => {
    const polygon = toCapPolygon([
      [110, 39],
      [110.5, 39],
      [110.5, 39.5],
      [110.123456789, 39.5],
    ]);
    expect(formatCapPolygon(polygon)).toBe('39,110 39,110.5 39.5,110.5 39.5,110.12346 39,110');
  });

  it('a simplified division still holds its own centre', () => {
    const division = divisions.find((d) => d.code === '150602')!;
    const polygon = toCapPolygon(division.geometry[0]![0]!, 12);
    expect(polygon.length).toBeLessThan(division.geometry[0]![0]!.length);
    expect(pointInPolygon([polygon.map((p) => [p.lon, p.lat] as [number, number])], 109.99, 39.82)).toBe(true);
  });

  it('tells a crossing ring from a simple one', () => {
    expect(
      ringIsSimple([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
      ]),
    ).toBe(false);
    expect(
      ringIsSimple([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ]),
    ).toBe(true);
  });
});

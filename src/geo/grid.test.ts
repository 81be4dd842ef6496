import { describe, expect, it } from 'vitest';
import { loadGeography } from '../catalog/geography.ts';
import { ringAreaKm2 } from './geodesic-area.ts';
import { clipGridToDivisions, gridCellAreaKm2, GridCellsCache, type GridSpec } from './grid.ts';
import { clipSlab, X, Y } from './polygon-clip.ts';
import type { Division, Position, Ring } from './types.ts';

const geography = loadGeography();
const cityKm2 = geography.divisions.reduce((sum, d) => sum + d.areaKm2, 0);
const ordosGrid = (step: number): GridSpec => ({
  lon0: 106.4,
  lat0: 37.6,
  dLon: step,
  dLat: step,
  cols: Math.ceil(5.2 / step),
  rows: Math.ceil(3.4 / step),
});

/**
 * The slow reference: every division clipped against every cell in longitude/latitude, the piece measured with
 * the geodesic polygon area. Its edges are densified so that they run nearly where the scan's do (straight in
 * the equal-area plane) rather than as great circles, which bow by up to ~10 m on the 12 km edges of the
 * source; what is left between the two is about 10⁻⁶ of a cell.
 */
function bruteForce(
  spec: GridSpec,
  divisions: readonly Division[],
): Map<string, { km2: number; byDivision: number[] }> {
  const cells = new Map<string, { km2: number; byDivision: number[] }>();
  for (let row = 0; row < spec.rows; row++) {
    for (let col = 0; col < spec.cols; col++) {
      const west = spec.lon0 + col * spec.dLon;
      const south = spec.lat0 + row * spec.dLat;
      const byDivision = divisions.map((division) => {
        let km2 = 0;
        for (const [outer] of division.geometry) {
          const flat = outer!.slice(0, -1).flat();
          const piece = clipSlab(clipSlab(flat, X, west, west + spec.dLon), Y, south, south + spec.dLat);
          if (piece.length > 0) km2 += ringAreaKm2(densified(piece));
        }
        return km2;
      });
      const km2 = byDivision.reduce((a, b) => a + b, 0);
      if (km2 > 1e-9) cells.set(`${row}:${col}`, { km2, byDivision });
    }
  }
  return cells;
}

function densified(flat: number[]): Ring {
  const ring: Ring = [];
  const n = flat.length / 2;
  for (let i = 0; i < n; i++) {
    const a: Position = [flat[2 * i]!, flat[2 * i + 1]!];
    const b: Position = [flat[(2 * i + 2) % flat.length]!, flat[(2 * i + 3) % flat.length]!];
    const steps = 50;
    for (let s = 0; s < steps; s++) ring.push([a[0] + ((b[0] - a[0]) * s) / steps, a[1] + ((b[1] - a[1]) * s) / steps]);
  }
  ring.push(ring[0]!);
  return ring;
}

describe('grid cells clipped to the Ordos divisions', () => {
  it('over a 0.01° grid the cell areas sum to the city area within 0.1%', () => {
    const cells = clipGridToDivisions(ordosGrid(0.01), geography.divisions);
    const sum = cells.areaKm2.reduce((a, b) => a + b, 0);
    expect(cells.count).toBeGreaterThan(85_000);
    expect(Math.abs(sum - cityKm2) / cityKm2).toBeLessThan(0.001);
  });

  it('the cells each division holds most of add up to about its area (0.02° grid, within 1%)', () => {
    const spec = ordosGrid(0.02);
    const cells = clipGridToDivisions(spec, geography.divisions);
    const held = new Float64Array(geography.divisions.length);
    cells.division.forEach((d, i) => (held[d] = held[d]! + cells.areaKm2[i]!));
    geography.divisions.forEach((division, d) =>
      expect(Math.abs(held[d]! - division.areaKm2) / division.areaKm2).toBeLessThan(0.01),
    );
  });

  it('matches clipping every cell against every division (0.25° grid): same cells, areas, majority division', () => {
    const spec = ordosGrid(0.25);
    const cells = clipGridToDivisions(spec, geography.divisions);
    const reference = bruteForce(spec, geography.divisions);
    expect(cells.count).toBe(reference.size);
    for (let i = 0; i < cells.count; i++) {
      const expected = reference.get(`${cells.rows[i]}:${cells.cols[i]}`)!;
      expect(expected).toBeDefined();
      expect(Math.abs(cells.areaKm2[i]! - expected.km2)).toBeLessThan(1e-5 * gridCellAreaKm2(spec, cells.rows[i]!));
      const shares = expected.byDivision;
      expect(shares[cells.division[i]!]).toBe(Math.max(...shares));
    }
  });

  it('gives a cell wholly inside the city its full geodesic area', () => {
    const spec = ordosGrid(0.05);
    const cells = clipGridToDivisions(spec, geography.divisions);
    // 109.0–109.05°E, 39.0–39.05°N lies deep inside 乌审旗 / 伊金霍洛旗 country.
    const i = cells.ids().indexOf(`r${Math.round((39 - spec.lat0) / 0.05)}c${Math.round((109 - spec.lon0) / 0.05)}`);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(cells.areaKm2[i]).toBeCloseTo(gridCellAreaKm2(spec, cells.rows[i]!), 9);
  });

  it('lists cells in (row, col) order and names them r<row>c<col>', () => {
    const cells = clipGridToDivisions(ordosGrid(0.1), geography.divisions);
    for (let i = 1; i < cells.count; i++) {
      expect(cells.rows[i - 1]! * 1e6 + cells.cols[i - 1]!).toBeLessThan(cells.rows[i]! * 1e6 + cells.cols[i]!);
    }
    expect(cells.ids()[0]).toBe(`r${cells.rows[0]}c${cells.cols[0]}`);
    expect(cells.ids()).toBe(cells.ids());
    expect(cells.divisionCodes).toEqual(geography.divisions.map((d) => d.code));
  });

  it("reads a grid whose rows run north to south and columns east to west with the spec's own indices", () => {
    const spec = ordosGrid(0.1);
    const ascending = clipGridToDivisions(spec, geography.divisions);
    const flipped = clipGridToDivisions(
      {
        ...spec,
        lat0: spec.lat0 + spec.rows * spec.dLat,
        dLat: -spec.dLat,
        lon0: spec.lon0 + spec.cols * spec.dLon,
        dLon: -spec.dLon,
      },
      geography.divisions,
    );
    expect(flipped.count).toBe(ascending.count);
    const byId = new Map(ascending.ids().map((id, i) => [id, i]));
    for (let i = 0; i < flipped.count; i++) {
      const j = byId.get(`r${spec.rows - 1 - flipped.rows[i]!}c${spec.cols - 1 - flipped.cols[i]!}`)!;
      expect(flipped.areaKm2[i]).toBeCloseTo(ascending.areaKm2[j]!, 9);
      expect(flipped.division[i]).toBe(ascending.division[j]);
    }
    expect(flipped.rows[0]).toBeLessThanOrEqual(flipped.rows[flipped.count - 1]!);
  });

  it('keeps only the part of the city a partial grid covers', () => {
    const west = { lon0: 106.4, lat0: 37.6, dLon: 0.1, dLat: 0.1, cols: 20, rows: 34 };
    const cells = clipGridToDivisions(west, geography.divisions);
    const reference = bruteForce(west, geography.divisions);
    const sum = cells.areaKm2.reduce((a, b) => a + b, 0);
    const expected = [...reference.values()].reduce((a, b) => a + b.km2, 0);
    expect(sum / expected).toBeCloseTo(1, 5);
    expect(Math.max(...cells.cols)).toBe(19);
  });

  it('leaves out the cells inside a hole and subtracts the hole from the cells it cuts', () => {
    const square = (w: number, s: number, size: number): Ring => [
      [w, s],
      [w + size, s],
      [w + size, s + size],
      [w, s + size],
      [w, s],
    ];
    const outer = square(108, 39, 1);
    const hole = square(108.25, 39.25, 0.45);
    const ring: Division = { code: '000001', name: 'ring', areaKm2: 0, geometry: [[outer, hole]], geometryGcj02: [] };
    const spec = { lon0: 108, lat0: 39, dLon: 0.1, dLat: 0.1, cols: 10, rows: 10 };
    const cells = clipGridToDivisions(spec, [ring]);
    expect(cells.ids()).not.toContain('r4c4');
    const sum = cells.areaKm2.reduce((a, b) => a + b, 0);
    const expected =
      [...Array(10).keys()].reduce((s, row) => s + 10 * gridCellAreaKm2(spec, row), 0) - ringAreaKm2(hole);
    expect(sum / expected).toBeCloseTo(1, 5);
    const cut = cells.ids().indexOf('r2c2');
    expect(cells.areaKm2[cut]! / gridCellAreaKm2(spec, 2)).toBeCloseTo(1 - 0.25, 3);
  });

  it('takes a ring with or without its closing position alike', () => {
    const closed: Ring = [
      [108, 39],
      [108.5, 39],
      [108.5, 39.5],
      [108, 39.5],
      [108, 39],
    ];
    const as = (ring: Ring): Division => ({
      code: '000001',
      name: 'box',
      areaKm2: 0,
      geometry: [[ring]],
      geometryGcj02: [],
    });
    const spec = { lon0: 107.9, lat0: 38.9, dLon: 0.2, dLat: 0.2, cols: 5, rows: 5 };
    const open = clipGridToDivisions(spec, [as(closed.slice(0, -1))]);
    expect(open.areaKm2).toEqual(clipGridToDivisions(spec, [as(closed)]).areaKm2);
    expect(open.areaKm2.reduce((a, b) => a + b, 0) / ringAreaKm2(closed)).toBeCloseTo(1, 5);
  });

  it('finds nothing for a grid away from the city', () => {
    expect(
      clipGridToDivisions({ lon0: 116, lat0: 39, dLon: 0.1, dLat: 0.1, cols: 10, rows: 10 }, geography.divisions).count,
    ).toBe(0);
  });

  it('refuses a malformed grid, naming the field', () => {
    const spec = ordosGrid(0.1);
    expect(() => clipGridToDivisions({ ...spec, dLon: 0 }, geography.divisions)).toThrow('grid.dLon: must not be 0');
    expect(() => clipGridToDivisions({ ...spec, cols: 2.5 }, geography.divisions)).toThrow(
      'grid.cols: must be a positive integer, got 2.5',
    );
    expect(() => clipGridToDivisions({ ...spec, lat0: Number.NaN }, geography.divisions)).toThrow(
      'grid.lat0: must be a finite number',
    );
    expect(() => clipGridToDivisions({ ...spec, rows: 1000 }, geography.divisions)).toThrow(
      /^grid: latitudes 37.6 to 137.6/,
    );
  });

  it('computes the cells once per geography and grid', () => {
    const cache = new GridCellsCache();
    const spec = ordosGrid(0.1);
    const first = cache.get(geography, spec);
    expect(cache.get(geography, { ...spec })).toBe(first);
    expect(cache.get(geography, { ...spec, cols: spec.cols + 1 })).not.toBe(first);
    expect(cache.get({ ...geography }, spec)).not.toBe(first);
  });
});

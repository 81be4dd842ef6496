import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDivisions } from './divisions.ts';
import { gcj02ToWgs84 } from './gcj02.ts';
import { multiPolygonAreaKm2 } from './geodesic-area.ts';
import { isCounterClockwise } from './orientation.ts';
import type { MultiPolygon } from './types.ts';

const source = JSON.parse(readFileSync(new URL('../../assets/geo/150600_full.json', import.meta.url), 'utf8')) as {
  features: Array<{ properties: Record<string, unknown>; geometry: { type: string; coordinates: MultiPolygon } }>;
};
const divisions = parseDivisions(source, '150600');

// The WGS84 column of assets/geo/SOURCES.md (km², rounded to 1 km²), measured on the source's GCJ-02 vertices.
const sourcesTable: Record<string, [string, number]> = {
  150602: ['东胜区', 2165],
  150603: ['康巴什区', 359],
  150621: ['达拉特旗', 8252],
  150622: ['准格尔旗', 7558],
  150623: ['鄂托克前旗', 12224],
  150624: ['鄂托克旗', 20383],
  150625: ['杭锦旗', 18797],
  150626: ['乌审旗', 11660],
  150627: ['伊金霍洛旗', 5492],
};

function mutated(edit: (copy: typeof source) => void): unknown {
  const copy = structuredClone(source);
  edit(copy);
  return copy;
}

describe('Ordos divisions from the DataV file', () => {
  it('holds the nine county-level divisions with their GB/T 2260 codes and names', () => {
    expect(Object.fromEntries(divisions.map((d) => [d.code, d.name]))).toEqual(
      Object.fromEntries(Object.entries(sourcesTable).map(([code, [name]]) => [code, name])),
    );
  });

  it.each(Object.entries(sourcesTable))('%s: the WGS84 area is within 0.5%% of the SOURCES table', (code, [, km2]) => {
    const division = divisions.find((d) => d.code === code)!;
    expect(Math.abs(division.areaKm2 - km2) / km2).toBeLessThan(0.005);
  });

  it.each(Object.entries(sourcesTable))(
    '%s: measured on the GCJ-02 vertices as the table was, the area agrees to its rounding',
    (code, [, km2]) => {
      const division = divisions.find((d) => d.code === code)!;
      expect(Math.abs(multiPolygonAreaKm2(division.geometryGcj02) - km2)).toBeLessThanOrEqual(0.5);
    },
  );

  it('keeps the GCJ-02 source coordinates as they are and converts each vertex to WGS84', () => {
    const first = divisions[0]!;
    expect(first.geometryGcj02).toEqual(source.features[0]!.geometry.coordinates);
    const [lon, lat] = first.geometryGcj02[0]![0]![0]!;
    const converted = gcj02ToWgs84(lon, lat);
    expect(first.geometry[0]![0]).toContainEqual(converted);
  });

  it('winds the WGS84 geometry as RFC 7946 asks (outer rings counter-clockwise); the source is clockwise', () => {
    for (const division of divisions) {
      expect(isCounterClockwise(division.geometry[0]![0]!)).toBe(true);
      expect(isCounterClockwise(division.geometryGcj02[0]![0]!)).toBe(false);
    }
  });

  it('accepts a Polygon geometry as a one-part MultiPolygon', () => {
    const json = mutated((copy) => {
      copy.features[1]!.geometry = {
        type: 'Polygon',
        coordinates: copy.features[1]!.geometry.coordinates[0] as unknown as MultiPolygon,
      };
    });
    expect(parseDivisions(json)[1]!.geometryGcj02).toEqual(source.features[1]!.geometry.coordinates);
  });

  it('refuses an unclosed ring, naming its path', () => {
    const json = mutated((copy) => copy.features[3]!.geometry.coordinates[0]![0]!.pop());
    expect(() => parseDivisions(json)).toThrow(/^features\[3\]\.geometry\.coordinates\[0\]\[0\]: ring is not closed/);
  });

  it('refuses a coordinate that is not a number, naming its path', () => {
    const json = mutated((copy) => {
      (copy.features[2]!.geometry.coordinates[0]![0]![5] as unknown[])[1] = '39.5';
    });
    expect(() => parseDivisions(json)).toThrow(/^features\[2\]\.geometry\.coordinates\[0\]\[0\]\[5\]\[1\]: /);
  });

  it('refuses a latitude beyond 90°', () => {
    const json = mutated((copy) => {
      copy.features[0]!.geometry.coordinates[0]![0]![7]![1] = 139.5;
    });
    expect(() => parseDivisions(json)).toThrow(/^features\[0\]\.geometry\.coordinates\[0\]\[0\]\[7\]\[1\]: /);
  });

  it('refuses a feature without an adcode, a repeated adcode and a foreign parent', () => {
    expect(() => parseDivisions(mutated((copy) => delete copy.features[4]!.properties.adcode))).toThrow(
      'features[4].properties.adcode: an adcode (GB/T 2260) is required, a number or a string',
    );
    expect(() => parseDivisions(mutated((copy) => (copy.features[5]!.properties.adcode = 150602)))).toThrow(
      'features[5].properties.adcode: duplicate adcode 150602',
    );
    expect(() => parseDivisions(source, '150700')).toThrow(
      'features[0].properties.parent.adcode: 150600 is not 150700',
    );
  });

  it('refuses what is not a FeatureCollection', () => {
    expect(() => parseDivisions({ type: 'Feature' })).toThrow(/^type: /);
    expect(() => parseDivisions(null)).toThrow(/^\(root\): /);
  });
});

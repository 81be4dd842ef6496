import type { Division, Geography, MultiPolygon, Polygon, Ring } from './types.ts';

// Rings are treated as straight lines in longitude/latitude. Boundary vertices are at most a few kilometres
// apart, where that differs from a geodesic by centimetres.

/** Flips once per ring edge crossed by a ray from the point towards +longitude (even-odd rule). */
function crossesOdd(ring: Ring, lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    // Half-open in latitude, so a ray through a vertex counts the two edges meeting there once in total.
    if (yi > lat !== yj > lat && lon < xi + ((lat - yi) * (xj - xi)) / (yj - yi)) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and in none of the holes. */
export function pointInPolygon(polygon: Polygon, lon: number, lat: number): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !crossesOdd(outer, lon, lat)) return false;
  return !holes.some((hole) => crossesOdd(hole, lon, lat));
}

export function pointInMultiPolygon(multiPolygon: MultiPolygon, lon: number, lat: number): boolean {
  return multiPolygon.some((polygon) => pointInPolygon(polygon, lon, lat));
}

/** The division holding a WGS84 point, or undefined outside the city. */
export function divisionAt(geography: Geography, lon: number, lat: number): Division | undefined {
  return geography.divisions.find((division) => pointInMultiPolygon(division.geometry, lon, lat));
}

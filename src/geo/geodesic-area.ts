import type { MultiPolygon, Polygon, Ring } from './types.ts';
import { authalicLatitude, authalicRadiusSquaredKm2, DEG } from './wgs84.ts';

/**
 * Signed spherical excess of a ring on the authalic sphere (unit sphere, steradians; counter-clockwise > 0),
 * edges taken as great circles there. Each edge adds the excess of the triangle it makes with the pole, as
 * E = 2·atan(tan(Δλ/2)·(t₁+t₂) / (1+t₁t₂)), t = tan(β/2), which stays well conditioned for the short edges of
 * real boundaries (unlike L'Huilier's formula, which loses digits for thin triangles). A ring that winds around
 * a pole (rather than through it) is not measured correctly; administrative boundaries never do.
 */
export function ringExcess(ring: Ring): number {
  let sum = 0;
  const n = ring.length;
  if (n < 3) return 0;
  // A closed ring repeats its first position last; the zero-length closing edge adds nothing.
  let [lon1, t1] = [ring[n - 1]![0], Math.tan(authalicLatitude(ring[n - 1]![1]) / 2)];
  for (const [lon2, lat2] of ring) {
    const t2 = Math.tan(authalicLatitude(lat2) / 2);
    let dLon = (lon2 - lon1) * DEG;
    // The short way round, so a ring crossing the antimeridian is measured correctly.
    if (dLon > Math.PI) dLon -= 2 * Math.PI;
    else if (dLon < -Math.PI) dLon += 2 * Math.PI;
    // Eastward edges south of the area count negative in this form, hence the minus for counter-clockwise > 0.
    sum -= 2 * Math.atan2(Math.tan(dLon / 2) * (t1 + t2), 1 + t1 * t2);
    lon1 = lon2;
    t1 = t2;
  }
  return sum;
}

/** Area of one ring on the WGS84 ellipsoid, km², whatever its orientation. */
export function ringAreaKm2(ring: Ring): number {
  return Math.abs(ringExcess(ring)) * authalicRadiusSquaredKm2;
}

/** Area of a polygon (outer ring first, then holes) on the WGS84 ellipsoid, km²; holes are subtracted. */
export function polygonAreaKm2(polygon: Polygon): number {
  const [outer, ...holes] = polygon;
  if (!outer) return 0;
  return holes.reduce((area, hole) => area - ringAreaKm2(hole), ringAreaKm2(outer));
}

export function multiPolygonAreaKm2(multiPolygon: MultiPolygon): number {
  return multiPolygon.reduce((area, polygon) => area + polygonAreaKm2(polygon), 0);
}

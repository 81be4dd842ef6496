import type { Position } from './types.ts';

// GCJ-02 ("Mars coordinates") is WGS84 plus a deliberate, smooth offset of a few hundred metres, defined
// only inside China. The offset function below is the one published by the open re-implementations
// (e.g. googollee/eviltransform), reproduced by every Chinese map provider; it has no closed-form inverse.

// Krasovsky 1940, the ellipsoid the offset is expressed on.
const krasovskyA = 6378245.0;
const krasovskyE2 = 0.006693421622965943;

/** Outside this box the offset is not applied (the usual rough outline of China used by the providers). */
export function outsideChina(lon: number, lat: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function offsetLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return r;
}

function offsetLon(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return r;
}

/** WGS84 → GCJ-02, degrees. Points outside China are returned unchanged, as the providers do. */
export function wgs84ToGcj02(lon: number, lat: number): Position {
  if (outsideChina(lon, lat)) return [lon, lat];
  const radLat = (lat / 180.0) * Math.PI;
  const sinLat = Math.sin(radLat);
  const w = 1 - krasovskyE2 * sinLat * sinLat;
  const sqrtW = Math.sqrt(w);
  const dLat =
    (offsetLat(lon - 105.0, lat - 35.0) * 180.0) / (((krasovskyA * (1 - krasovskyE2)) / (w * sqrtW)) * Math.PI);
  const dLon = (offsetLon(lon - 105.0, lat - 35.0) * 180.0) / ((krasovskyA / sqrtW) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

/** The inverse is solved to this many degrees (about 1 mm), well inside the 1e-7° the data needs. */
const inverseToleranceDeg = 1e-9;
const inverseMaxIterations = 30;

/**
 * GCJ-02 → WGS84, degrees, by fixed-point iteration: the offset varies slowly (its derivative is far below 1),
 * so w ← w − (gcj(w) − g) converges in a few steps. The one-step "subtract the offset" shortcut in many
 * libraries leaves errors of up to a few metres.
 */
export function gcj02ToWgs84(lon: number, lat: number): Position {
  if (outsideChina(lon, lat)) return [lon, lat];
  let wLon = lon;
  let wLat = lat;
  for (let i = 0; i < inverseMaxIterations; i++) {
    const [gLon, gLat] = wgs84ToGcj02(wLon, wLat);
    const errLon = gLon - lon;
    const errLat = gLat - lat;
    wLon -= errLon;
    wLat -= errLat;
    if (Math.abs(errLon) < inverseToleranceDeg && Math.abs(errLat) < inverseToleranceDeg) return [wLon, wLat];
  }
  throw new Error(`GCJ-02 → WGS84 did not converge for (${lon}, ${lat})`);
}

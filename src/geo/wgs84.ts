// WGS84 and its authalic sphere. Areas are measured on the sphere of equal total area onto which the
// ellipsoid maps by authalic latitude β: that map preserves area exactly, so any area computed on that
// sphere is the ellipsoid's area (Snyder, Map Projections — A Working Manual, 1987, eqs. 3-11, 3-12).

const a = 6378137;
const f = 1 / 298.257223563;
const e2 = f * (2 - f);
const e = Math.sqrt(e2);

function q(sinPhi: number): number {
  return (
    (1 - e2) * (sinPhi / (1 - e2 * sinPhi * sinPhi) - (1 / (2 * e)) * Math.log((1 - e * sinPhi) / (1 + e * sinPhi)))
  );
}

const qPole = q(1);

export const DEG = Math.PI / 180;

/** The authalic sphere's radius squared in km², so that areas on the unit sphere times this are km² on WGS84. */
export const authalicRadiusSquaredKm2 = (a * a * qPole) / 2 / 1e6;

/** sin β for a geodetic latitude in degrees: the y of the cylindrical equal-area projection on the authalic sphere. */
export function authalicSine(latDeg: number): number {
  return q(Math.sin(latDeg * DEG)) / qPole;
}

/** The authalic latitude β, radians. */
export function authalicLatitude(latDeg: number): number {
  return Math.asin(Math.max(-1, Math.min(1, authalicSine(latDeg))));
}

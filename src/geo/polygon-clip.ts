// Sutherland–Hodgman clipping of a ring against one axis-aligned half-plane, on flat [x0, y0, x1, y1, …] rings
// (open: the last vertex joins the first). A concave ring cut into several pieces comes out as one ring whose
// pieces are joined by zero-width bridges along the cut line; they enclose nothing, so areas stay exact.

export type FlatRing = number[];

export const X = 0;
export const Y = 1;

/** The part of `ring` with coordinate `axis` ≤ c (`keepBelow`) or ≥ c. Cut points lie exactly on c. */
export function clipHalfPlane(ring: FlatRing, axis: 0 | 1, c: number, keepBelow: boolean): FlatRing {
  const out: FlatRing = [];
  const n = ring.length;
  if (n === 0) return out;
  let px = ring[n - 2]!;
  let py = ring[n - 1]!;
  let pv = axis === X ? px : py;
  let pIn = keepBelow ? pv <= c : pv >= c;
  for (let i = 0; i < n; i += 2) {
    const cx = ring[i]!;
    const cy = ring[i + 1]!;
    const cv = axis === X ? cx : cy;
    const cIn = keepBelow ? cv <= c : cv >= c;
    // An end already on the line is the crossing itself; adding it again would make a zero-length edge.
    if (cIn !== pIn && pv !== c && cv !== c) {
      const t = (c - pv) / (cv - pv);
      if (axis === X) out.push(c, py + t * (cy - py));
      else out.push(px + t * (cx - px), c);
    }
    if (cIn) out.push(cx, cy);
    px = cx;
    py = cy;
    pv = cv;
    pIn = cIn;
  }
  return out.length >= 6 ? out : [];
}

/** The part of `ring` with lo ≤ coordinate `axis` ≤ hi. */
export function clipSlab(ring: FlatRing, axis: 0 | 1, lo: number, hi: number): FlatRing {
  return clipHalfPlane(clipHalfPlane(ring, axis, lo, false), axis, hi, true);
}

/** Signed area (shoelace, counter-clockwise > 0), taken about the first vertex so large coordinates lose no digits. */
export function flatSignedArea(ring: FlatRing): number {
  const n = ring.length;
  if (n < 6) return 0;
  const ox = ring[0]!;
  const oy = ring[1]!;
  let sum = 0;
  for (let i = 2; i < n - 2; i += 2) {
    sum += (ring[i]! - ox) * (ring[i + 3]! - oy) - (ring[i + 2]! - ox) * (ring[i + 1]! - oy);
  }
  return sum / 2;
}

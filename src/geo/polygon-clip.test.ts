import { describe, expect, it } from 'vitest';
import { clipHalfPlane, clipSlab, flatSignedArea, X, Y } from './polygon-clip.ts';

// A U shape, counter-clockwise, area 6·6 − 2·4 = 28; the notch is 2 ≤ x ≤ 4, y ≥ 2.
const u = [0, 0, 6, 0, 6, 6, 4, 6, 4, 2, 2, 2, 2, 6, 0, 6];

describe('Sutherland–Hodgman clipping of flat rings', () => {
  it('measures a counter-clockwise ring positive and a clockwise one negative', () => {
    expect(flatSignedArea(u)).toBe(28);
    const reversed: number[] = [];
    for (let i = u.length - 2; i >= 0; i -= 2) reversed.push(u[i]!, u[i + 1]!);
    expect(flatSignedArea(reversed)).toBe(-28);
  });

  it('cutting a concave ring across both arms keeps the exact area of the two pieces', () => {
    // Above y = 3 the U is two arms of 2 × 3 each.
    expect(flatSignedArea(clipHalfPlane(u, Y, 3, false))).toBeCloseTo(12, 12);
    expect(flatSignedArea(clipHalfPlane(u, Y, 3, true))).toBeCloseTo(16, 12);
  });

  it('a slab through the notch holds only the two arms', () => {
    expect(flatSignedArea(clipSlab(clipSlab(u, Y, 3, 5), X, 1, 5))).toBeCloseTo(2 + 2, 12);
  });

  it('returns an empty ring when nothing is left and the ring itself when nothing is cut', () => {
    expect(clipHalfPlane(u, X, -1, true)).toEqual([]);
    expect(flatSignedArea(clipSlab(u, X, -1, 7))).toBe(28);
  });

  it('adds no zero-length edge where a vertex lies on the cut line', () => {
    const clipped = clipHalfPlane(u, Y, 2, true);
    expect(flatSignedArea(clipped)).toBe(12);
    for (let i = 0; i < clipped.length; i += 2) {
      const j = (i + 2) % clipped.length;
      expect(clipped[i] !== clipped[j] || clipped[i + 1] !== clipped[j + 1]).toBe(true);
    }
  });
});

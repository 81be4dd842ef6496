import type { MultiPolygon, Polygon, Ring } from './types.ts';

/** Twice the signed area in degrees² (shoelace); only its sign is used: > 0 for a counter-clockwise ring. */
function shoelace(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    sum += (xj - xi) * (yj + yi);
  }
  return sum;
}

export function isCounterClockwise(ring: Ring): boolean {
  return shoelace(ring) > 0;
}

function wound(ring: Ring, counterClockwise: boolean): Ring {
  return isCounterClockwise(ring) === counterClockwise ? ring : [...ring].reverse();
}

/** RFC 7946 §3.1.6: outer rings counter-clockwise, holes clockwise. The source data is wound the other way. */
export function rewindPolygon(polygon: Polygon): Polygon {
  return polygon.map((ring, index) => wound(ring, index === 0));
}

export function rewindMultiPolygon(multiPolygon: MultiPolygon): MultiPolygon {
  return multiPolygon.map(rewindPolygon);
}

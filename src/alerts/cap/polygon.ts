import type { CapPolygon } from './model.ts';

/** [longitude, latitude], the order GeoJSON and our geography use. */
type LonLat = readonly [number, number];

/**
 * Decimal places of a CAP coordinate: 1e-5° is about a metre, finer than the source outlines are true. CAP
 * receivers (WEA, for one, takes at most 100 vertices) handle short polygons better than long ones.
 */
export const capCoordinateDecimals = 5;
export const capPolygonMaxPoints = 100;

function round(value: number): number {
  const factor = 10 ** capCoordinateDecimals;
  return Math.round(value * factor) / factor;
}

function withoutRepeats(points: LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  for (const point of points) {
    const last = out.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  // The ring's closing point is added back by the caller.
  while (out.length > 1 && out[0]![0] === out.at(-1)![0] && out[0]![1] === out.at(-1)![1]) out.pop();
  return out;
}

/** Distance from p to the segment a–b in a local plane (longitude shrunk by the cosine of the latitude). */
function offset(p: LonLat, a: LonLat, b: LonLat, kx: number): number {
  const ax = a[0] * kx,
    ay = a[1],
    bx = b[0] * kx,
    by = b[1],
    px = p[0] * kx,
    py = p[1];
  const dx = bx - ax,
    dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function orientation(a: LonLat, b: LonLat, c: LonLat): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}

function onSegment(a: LonLat, b: LonLat, p: LonLat): boolean {
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

function segmentsMeet(a: LonLat, b: LonLat, c: LonLat, d: LonLat): boolean {
  const o1 = orientation(a, b, c),
    o2 = orientation(a, b, d),
    o3 = orientation(c, d, a),
    o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  );
}

/** Whether an open ring (closing edge implied) crosses or touches itself anywhere but at neighbouring edges. */
export function ringIsSimple(ring: readonly LonLat[]): boolean {
  const n = ring.length;
  if (n < 3) return false;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!,
      b = ring[(i + 1) % n]!;
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      if (segmentsMeet(a, b, ring[j]!, ring[(j + 1) % n]!)) return false;
    }
  }
  return true;
}

/**
 * The ring's points in the order Douglas–Peucker would keep them: the start and the point farthest from it
 * first, then always the point farthest from the simplified outline. Any prefix is a Douglas–Peucker
 * simplification, so the shortest simple prefix is the best short outline.
 */
function significanceOrder(ring: readonly LonLat[]): number[] {
  const n = ring.length;
  const kx = Math.cos(((ring.reduce((sum, p) => sum + p[1], 0) / n) * Math.PI) / 180);
  let far = 1;
  for (let i = 1; i < n; i++)
    if (offset(ring[i]!, ring[0]!, ring[0]!, kx) > offset(ring[far]!, ring[0]!, ring[0]!, kx)) far = i;
  const order = [0, far];
  // Spans between kept points, each with its farthest inner point; the ring wraps from `far` back to 0.
  const spans: Array<{ from: number; to: number; at: number; distance: number }> = [];
  const addSpan = (from: number, to: number) => {
    let at = -1,
      distance = -1;
    for (let i = from + 1; i < to; i++) {
      const d = offset(ring[i % n]!, ring[from % n]!, ring[to % n]!, kx);
      if (d > distance) {
        distance = d;
        at = i;
      }
    }
    if (at >= 0) spans.push({ from, to, at, distance });
  };
  addSpan(0, far);
  addSpan(far, n);
  while (spans.length > 0) {
    let best = 0;
    for (let i = 1; i < spans.length; i++) if (spans[i]!.distance > spans[best]!.distance) best = i;
    const span = spans.splice(best, 1)[0]!;
    order.push(span.at % n);
    addSpan(span.from, span.at);
    addSpan(span.at, span.to);
  }
  return order;
}

/**
 * A WGS84 outline as a CAP polygon: rounded, at most `maxPoints` pairs where the outline stays simple with that
 * few (else the fewest that keep it simple), closed (first pair = last pair) and with at least four pairs.
 */
export function toCapPolygon(ring: readonly LonLat[], maxPoints: number = capPolygonMaxPoints): CapPolygon {
  const open = withoutRepeats(ring.map(([lon, lat]) => [round(lon), round(lat)] as const));
  if (open.length < 3) throw new RangeError('a CAP polygon needs at least three distinct points');
  let kept = open;
  if (open.length + 1 > maxPoints) {
    const order = significanceOrder(open);
    for (let count = Math.max(3, maxPoints - 1); count <= open.length; count++) {
      const chosen = order
        .slice(0, count)
        .sort((a, b) => a - b)
        .map((index) => open[index]!);
      if (ringIsSimple(chosen)) {
        kept = chosen;
        break;
      }
    }
  }
  return [...kept, kept[0]!].map(([lon, lat]) => ({ lat, lon }));
}

/** CAP's text form: "lat,lon lat,lon …". */
export function formatCapPolygon(polygon: CapPolygon): string {
  return polygon.map(({ lat, lon }) => `${lat},${lon}`).join(' ');
}

/** A CAP polygon's text, or undefined when it is not closed pairs of numbers in range, four or more. */
export function parseCapPolygon(text: string): CapPolygon | undefined {
  const pairs = text.trim().split(/\s+/);
  const polygon: CapPolygon = [];
  for (const pair of pairs) {
    const parts = pair.split(',');
    if (parts.length !== 2) return undefined;
    const lat = Number(parts[0]),
      lon = Number(parts[1]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
    polygon.push({ lat, lon });
  }
  const first = polygon[0],
    last = polygon.at(-1);
  if (polygon.length < 4 || !first || !last || first.lat !== last.lat || first.lon !== last.lon) return undefined;
  return polygon;
}

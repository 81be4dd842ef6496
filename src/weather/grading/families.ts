import type { CompiledCondition, CompiledRoute } from './compile.ts';
import { boundOf, padded, rankAt, signOf, unrolled, type RankTotals, type Scale } from './scales.ts';

/**
 * Routes whose conditions combine the same scales the same way (all / any) and differ only in their
 * thresholds, ordered so that meeting one member's condition implies meeting every earlier one's: cold wave
 * Ⅳ–Ⅱ (drop 14/16/18 ℃, wind ≥ force 6, minimum ≤ 0 ℃), gale Ⅳ–Ⅰ per route. One pass ranks each unit on the
 * whole family, as a scale ranks it on its thresholds: 0 without a valid value, else 1 + the number of members
 * it meets. Each part is compared only with the bounds the members use (cold wave's wind: force 6 alone), and
 * its rank is turned into "members met" by a small lookup.
 */
export interface Family {
  all: boolean;
  parts: FamilyPart[];
  members: CompiledRoute[];
  /**
   * The family rank for every combination of the parts' ranks, indexed r0·(n1+2)(n2+2) + r1·(n2+2) + r2 for
   * bound counts n1, n2 (r0·(n1+2) + r1 for two parts): one table read instead of a minimum or maximum per
   * unit, which would branch.
   */
  joint: Uint8Array;
}

export interface FamilyPart {
  scale: Scale;
  sign: number;
  /** The bounds (as sign·v ≥ bound) the members use on this part, mildest first. */
  bounds: number[];
  /** By rank on `bounds`: 0 if invalid, else 1 + the number of members whose bound on this part is met. */
  lookup: Uint8Array;
}

export interface FamilyPlace {
  family: Family;
  /** Member `place` is met at family rank place + 2 and above. */
  place: number;
}

interface Member {
  route: CompiledRoute;
  /** Per part: the member's limit. */
  limits: number[];
  /** Per part: the member's place on its scale, for ordering. */
  steps: number[];
}

/** A combination of thresholds one level deep, as the plan writes its combined conditions; else undefined. */
function shapeOf(condition: CompiledCondition): { all: boolean; scales: Scale[]; limits: number[]; steps: number[] } | undefined {
  if ('threshold' in condition) return undefined;
  const all = 'all' in condition;
  const parts = all ? condition.all : condition.any;
  const thresholds = parts.flatMap((part) => ('threshold' in part ? [part.threshold] : []));
  if (thresholds.length !== parts.length) return undefined;
  return {
    all,
    scales: thresholds.map((t) => t.scale),
    limits: thresholds.map((t) => t.scale.limits[t.step]!),
    steps: thresholds.map((t) => t.step),
  };
}

const implies = (stricter: Member, milder: Member) => stricter.steps.every((step, k) => step >= milder.steps[k]!);

function buildFamily(all: boolean, scales: Scale[], members: Member[]): Family {
  const parts = scales.map((scale, k): FamilyPart => {
    const sign = signOf(scale.op);
    const bounds = [...new Set(members.map((m) => boundOf(scale.op, m.limits[k]!)))].sort((a, b) => a - b);
    const lookup = new Uint8Array(bounds.length + 2);
    for (let rank = 1; rank < lookup.length; rank++) {
      lookup[rank] = 1 + members.filter((m) => bounds.indexOf(boundOf(scale.op, m.limits[k]!)) + 2 <= rank).length;
    }
    return { scale, sign, bounds, lookup };
  });
  return { all, parts, members: members.map((m) => m.route), joint: jointTable(all, parts) };
}

function jointTable(all: boolean, parts: FamilyPart[]): Uint8Array {
  const sizes = parts.map((part) => part.bounds.length + 2);
  const joint = new Uint8Array(sizes.reduce((product, size) => product * size, 1));
  for (let index = 0; index < joint.length; index++) {
    let rest = index;
    const ranks = [...sizes].reverse().map((size) => { const rank = rest % size; rest = Math.floor(rest / size); return rank; }).reverse();
    const members = ranks.map((rank, k) => parts[k]!.lookup[rank]!);
    joint[index] = all ? Math.min(...members) : Math.max(...members);
  }
  return joint;
}

/**
 * Groups the combined routes into families. Members that do not nest (a stricter member that does not imply a
 * milder one) go to families of their own, so a family's ranks are always exact.
 */
export function groupFamilies(routes: CompiledRoute[]): Map<CompiledRoute, FamilyPlace> {
  const groups = new Map<string, { all: boolean; scales: Scale[]; members: Member[] }>();
  for (const route of routes) {
    const shape = shapeOf(route.condition);
    if (!shape) continue;
    const key = `${route.source} ${route.basis} ${shape.all ? 'all' : 'any'} ${shape.scales.map((s) => s.key).join(' | ')}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { all: shape.all, scales: shape.scales, members: [] }));
    group.members.push({ route, limits: shape.limits, steps: shape.steps });
  }
  const places = new Map<CompiledRoute, FamilyPlace>();
  for (const group of groups.values()) {
    const sorted = [...group.members].sort((a, b) => a.steps.reduce((s, c) => s + c, 0) - b.steps.reduce((s, c) => s + c, 0));
    const chains: Member[][] = [];
    for (const member of sorted) {
      const chain = chains.find((c) => implies(member, c.at(-1)!));
      if (chain) chain.push(member);
      else chains.push([member]);
    }
    for (const chain of chains) {
      const family = buildFamily(group.all, group.scales, chain);
      chain.forEach((member, place) => places.set(member.route, { family, place }));
    }
  }
  return places;
}

/** Families of two or three parts of up to six bounds each run in the unrolled pass below. */
export function unrolledFamily(family: Family): boolean {
  return family.parts.length >= 2 && family.parts.length <= 3 && family.parts.every((part) => part.bounds.length <= unrolled);
}

/**
 * Weight and count of the units per family rank, in one pass that ranks each part straight from its column and
 * reads the family rank from the joint table. Two and three parts run as separate loops: padding a missing
 * part would read a column for nothing.
 */
export function totalFamily(family: Family, columns: Float64Array[], weights: Float64Array, totals: RankTotals): void {
  const { weight, count } = totals;
  const { joint, parts } = family;
  // A local binding: read through the module's export it costs an accessor call per unit in the loops below.
  const rank = rankAt;
  const [p0, p1, p2] = parts as [FamilyPart, FamilyPart, FamilyPart?];
  const [c0, c1, c2] = columns as [Float64Array, Float64Array, Float64Array?];
  const s0 = p0.sign; const n0 = p0.bounds.length; const [a0, a1, a2, a3, a4, a5] = padded(p0.bounds);
  const s1 = p1.sign; const n1 = p1.bounds.length; const [b0, b1, b2, b3, b4, b5] = padded(p1.bounds);
  if (!p2 || !c2) {
    const m1 = n1 + 2;
    for (let i = 0; i < weights.length; i++) {
      const u = joint[rank(s0 * c0[i]!, n0, a0, a1, a2, a3, a4, a5) * m1 + rank(s1 * c1[i]!, n1, b0, b1, b2, b3, b4, b5)]!;
      weight[u]! += weights[i]!;
      count[u]!++;
    }
    return;
  }
  const s2 = p2.sign; const n2 = p2.bounds.length; const [d0, d1, d2, d3, d4, d5] = padded(p2.bounds);
  const m2 = n2 + 2;
  const m12 = (n1 + 2) * m2;
  for (let i = 0; i < weights.length; i++) {
    const r0 = rank(s0 * c0[i]!, n0, a0, a1, a2, a3, a4, a5);
    const r1 = rank(s1 * c1[i]!, n1, b0, b1, b2, b3, b4, b5);
    const r2 = rank(s2 * c2[i]!, n2, d0, d1, d2, d3, d4, d5);
    const u = joint[r0 * m12 + r1 * m2 + r2]!;
    weight[u]! += weights[i]!;
    count[u]!++;
  }
}

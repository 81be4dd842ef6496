import type { CompiledCondition, CompiledRoute } from './compile.ts';
import { atLeast, type AtLeast, type RankTotals, type Scale } from './scales.ts';

/**
 * Routes whose conditions combine the same scales the same way (all / any) and differ only in their
 * thresholds, ordered so that meeting one member's condition implies meeting every earlier one's: cold wave
 * Ⅳ–Ⅱ (drop 14/16/18 ℃, wind ≥ force 6, minimum ≤ 0 ℃), gale Ⅳ–Ⅰ per route. One pass then ranks each unit
 * on the whole family, as a scale ranks it on its thresholds: 0 without a valid value, else 1 + the number of
 * members it meets, read from a small table per part (`lookup[k][rank on part k]`).
 */
export interface Family {
  all: boolean;
  scales: Scale[];
  lookup: Uint8Array[];
  members: CompiledRoute[];
}

export interface FamilyPlace {
  family: Family;
  /** Member `place` is met at family rank place + 2 and above. */
  place: number;
}

interface Shape {
  all: boolean;
  scales: Scale[];
  cuts: number[];
}

/** A combination of thresholds one level deep, as the plan writes its combined conditions; else undefined. */
function shapeOf(condition: CompiledCondition): Shape | undefined {
  if ('threshold' in condition) return undefined;
  const all = 'all' in condition;
  const parts = all ? condition.all : condition.any;
  if (!parts.every((part) => 'threshold' in part)) return undefined;
  const thresholds = parts.map((part) => (part as Extract<CompiledCondition, { threshold: unknown }>).threshold);
  return { all, scales: thresholds.map((t) => t.scale), cuts: thresholds.map((t) => t.step + 1) };
}

const implies = (stricter: number[], milder: number[]) => stricter.every((cut, k) => cut >= milder[k]!);

function buildFamily(all: boolean, scales: Scale[], members: Array<{ route: CompiledRoute; cuts: number[] }>): Family {
  const lookup = scales.map((scale, k) => {
    const table = new Uint8Array(scale.limits.length + 8);
    for (let rank = 1; rank < table.length; rank++) table[rank] = 1 + members.filter((m) => m.cuts[k]! < rank).length;
    return table;
  });
  return { all, scales, lookup, members: members.map((m) => m.route) };
}

/**
 * Groups the combined routes into families. Members that do not nest (a stricter member that does not imply a
 * milder one) go to families of their own, so a family's ranks are always exact.
 */
export function groupFamilies(routes: CompiledRoute[]): Map<CompiledRoute, FamilyPlace> {
  const groups = new Map<string, { all: boolean; scales: Scale[]; members: Array<{ route: CompiledRoute; cuts: number[] }> }>();
  for (const route of routes) {
    const shape = shapeOf(route.condition);
    if (!shape) continue;
    const key = `${route.source} ${route.basis} ${shape.all ? 'all' : 'any'} ${shape.scales.map((s) => s.key).join(' | ')}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { all: shape.all, scales: shape.scales, members: [] }));
    group.members.push({ route, cuts: shape.cuts });
  }
  const places = new Map<CompiledRoute, FamilyPlace>();
  for (const group of groups.values()) {
    const sorted = [...group.members].sort((a, b) => a.cuts.reduce((s, c) => s + c, 0) - b.cuts.reduce((s, c) => s + c, 0));
    const chains: Array<typeof sorted> = [];
    for (const member of sorted) {
      const chain = chains.find((c) => implies(member.cuts, c.at(-1)!.cuts));
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

/**
 * Weight and count of the units per family rank, in one pass that ranks each part straight from its column
 * (cold wave's three quantities, gale's two, high temperature's deciding days), for families of up to three
 * parts of up to six limits each. A missing part is padded with a lookup that changes nothing.
 */
export function totalFamilyFromColumns(family: Family, columns: Float64Array[], weights: Float64Array, totals: RankTotals): void {
  const { weight, count } = totals;
  const neutral = new Uint8Array(256).fill(family.all ? 255 : 0);
  const [c0, c1 = c0!, c2 = c0!] = columns;
  const [l0, l1 = neutral, l2 = neutral] = family.lookup;
  const pad: AtLeast = { sign: 1, bounds: new Array<number>(6).fill(Number.NaN) };
  const [p0, p1 = pad, p2 = pad] = family.scales.map(atLeast);
  const s0 = p0!.sign; const [a0, a1, a2, a3, a4, a5] = p0!.bounds as [number, number, number, number, number, number];
  const s1 = p1.sign; const [b0, b1, b2, b3, b4, b5] = p1.bounds as [number, number, number, number, number, number];
  const s2 = p2.sign; const [d0, d1, d2, d3, d4, d5] = p2.bounds as [number, number, number, number, number, number];
  for (let i = 0; i < weights.length; i++) {
    const x = s0 * c0![i]!;
    const y = s1 * c1[i]!;
    const z = s2 * c2[i]!;
    const a = l0![+(x === x) + +(x >= a0) + +(x >= a1) + +(x >= a2) + +(x >= a3) + +(x >= a4) + +(x >= a5)]!;
    const b = l1[+(y === y) + +(y >= b0) + +(y >= b1) + +(y >= b2) + +(y >= b3) + +(y >= b4) + +(y >= b5)]!;
    const c = l2[+(z === z) + +(z >= d0) + +(z >= d1) + +(z >= d2) + +(z >= d3) + +(z >= d4) + +(z >= d5)]!;
    let u: number;
    if (family.all) { u = a < b ? a : b; u = c < u ? c : u; } else { u = a > b ? a : b; u = c > u ? c : u; }
    weight[u]! += weights[i]!;
    count[u]!++;
  }
}

import type { CompiledCondition, CompiledRoute } from './compile.ts';
import { boundOf, type Scale } from './scales.ts';

/**
 * Routes whose conditions combine the same scales the same way (all / any) and differ only in their
 * thresholds: cold wave Ⅳ–Ⅱ (drop 14/16/18 ℃, wind ≥ force 6, minimum ≤ 0 ℃), gale Ⅳ–Ⅰ per route. One pass
 * sums every member of a family, as one pass sums every limit of a scale.
 */
export interface Family {
  all: boolean;
  scales: Scale[];
  members: CompiledRoute[];
  /** Per member: the bound (as sign·v ≥ bound) it puts on each part. */
  bounds: number[][];
}

export interface FamilyPlace {
  family: Family;
  /** The member's place in `members`. */
  place: number;
}

interface Member {
  route: CompiledRoute;
  /** Per part: the member's limit. */
  limits: number[];
}

/** A combination of thresholds one level deep, as the plan writes its combined conditions; else undefined. */
function shapeOf(condition: CompiledCondition): { all: boolean; scales: Scale[]; limits: number[] } | undefined {
  if ('threshold' in condition) return undefined;
  const all = 'all' in condition;
  const parts = all ? condition.all : condition.any;
  const thresholds = parts.flatMap((part) => ('threshold' in part ? [part.threshold] : []));
  if (thresholds.length !== parts.length) return undefined;
  return {
    all,
    scales: thresholds.map((t) => t.scale),
    limits: thresholds.map((t) => t.scale.limits[t.step]!),
  };
}

/** Groups the combined routes into families: every member is summed on its own, so members need not nest. */
export function groupFamilies(routes: CompiledRoute[]): Map<CompiledRoute, FamilyPlace> {
  const groups = new Map<string, { all: boolean; scales: Scale[]; members: Member[] }>();
  for (const route of routes) {
    const shape = shapeOf(route.condition);
    if (!shape) continue;
    const key = `${route.source} ${route.basis} ${shape.all ? 'all' : 'any'} ${shape.scales.map((s) => s.key).join(' | ')}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { all: shape.all, scales: shape.scales, members: [] }));
    group.members.push({ route, limits: shape.limits });
  }
  const places = new Map<CompiledRoute, FamilyPlace>();
  for (const { all, scales, members } of groups.values()) {
    const family: Family = {
      all,
      scales,
      members: members.map((member) => member.route),
      bounds: members.map((member) => member.limits.map((limit, k) => boundOf(scales[k]!.op, limit))),
    };
    members.forEach((member, place) => places.set(member.route, { family, place }));
  }
  return places;
}

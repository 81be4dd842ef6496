import type { CompiledCondition, CompiledRoute, CompiledThreshold } from './compile.ts';
import type { Scale } from './scales.ts';

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

/** A threshold, or all/any of thresholds (every shape the plan writes), as a flat list; undefined when nested. */
export function flatThresholds(
  condition: CompiledCondition,
): { any: boolean; thresholds: CompiledThreshold[] } | undefined {
  if ('threshold' in condition) return { any: false, thresholds: [condition.threshold] };
  const parts = 'all' in condition ? condition.all : condition.any;
  const thresholds = parts.flatMap((part) => ('threshold' in part ? [part.threshold] : []));
  return thresholds.length === parts.length ? { any: 'any' in condition, thresholds } : undefined;
}

/** Groups the combined routes into families: every member is summed on its own, so members need not nest. */
export function groupFamilies(routes: CompiledRoute[]): Map<CompiledRoute, FamilyPlace> {
  const families = new Map<string, Family>();
  const places = new Map<CompiledRoute, FamilyPlace>();
  for (const route of routes) {
    const flat = 'threshold' in route.condition ? undefined : flatThresholds(route.condition);
    if (!flat) continue;
    const scales = flat.thresholds.map((t) => t.scale);
    const key = `${route.source} ${route.basis} ${flat.any ? 'any' : 'all'} ${scales.map((s) => s.key).join(' | ')}`;
    let family = families.get(key);
    if (!family) families.set(key, (family = { all: !flat.any, scales, members: [], bounds: [] }));
    places.set(route, { family, place: family.members.length });
    family.members.push(route);
    family.bounds.push(flat.thresholds.map(({ scale, step }) => scale.bounds[step]!));
  }
  return places;
}

import type { Level } from '../../plans/common.schema.ts';
import type {
  Comparison,
  Condition,
  Requirement,
  RouteId,
  Season,
  ShareBasis,
  Threshold,
} from '../../plans/meteo/grading-rule.schema.ts';
import { hazardKeys, type HazardKey } from '../../plans/meteo/hazards.schema.ts';
import type { LevelEntry } from '../../plans/meteo/levels.schema.ts';
import { fieldInfo, type FieldKind } from '../../plans/meteo/situation-fields.ts';
import type { MeteoGrading } from '../../plans/meteo/grading.schema.ts';
import type { MeteoHazards } from '../../plans/meteo/hazards.schema.ts';
import type { MeteoLevels } from '../../plans/meteo/levels.schema.ts';
import { ratioOf, type Ratio } from './exact-share.ts';
import { groupFamilies, type FamilyPlace } from './families.ts';
import { mildestFirst, scaleOf, type Scale } from './scales.ts';

/** A threshold as the evidence shows it: the plan's own terms, with a wind force's speed resolved. */
export interface ThresholdShown {
  field: string;
  op: Comparison;
  value: number | string;
  unit: string;
  force?: number;
  days?: number;
}

export interface CompiledThreshold {
  /** The scale of all the plan's thresholds on this quantity, and this one's place on it (0 = mildest). */
  scale: Scale;
  step: number;
  shown: ThresholdShown;
}

export type CompiledCondition =
  { threshold: CompiledThreshold } | { all: CompiledCondition[] } | { any: CompiledCondition[] };

export interface CompiledRoute {
  route: RouteId;
  basis: ShareBasis;
  source: 'units' | 'stations';
  condition: CompiledCondition;
  thresholds: ThresholdShown[];
  share: Ratio;
  requires: Requirement[];
  /** For a combined condition: its family of routes that are summed together. */
  family?: FamilyPlace;
}

export interface CompiledLevel {
  level: Level;
  rank: number;
  clause: string;
  season?: Season;
  routes: CompiledRoute[];
}

export interface CompiledHazard {
  hazard: HazardKey;
  zh: string;
  clause: string;
  /** Lowest level first. */
  levels: CompiledLevel[];
}

export interface CompiledGrading {
  plan: { id: string; version: string };
  hazards: CompiledHazard[];
  coverageMinimum: Ratio;
  levels: ReadonlyMap<Level, LevelEntry & { rank: number }>;
  concurrentClause: string;
  scales: Scale[];
}

/** The sections of the meteorological plan the grading reads (a `MeteoPlan` is one). */
export interface GradingPlan {
  meta: { id: string; version: string };
  hazards: MeteoHazards;
  levels: MeteoLevels;
  grading: MeteoGrading;
}

const compiled = new WeakMap<GradingPlan, CompiledGrading>();

/** Collects thresholds onto scales while the rules compile; steps are known once every limit is. */
class ScaleRegistry {
  private readonly scales = new Map<
    string,
    { scale: Scale; thresholds: Array<{ threshold: CompiledThreshold; limit: number }> }
  >();

  add(
    source: Scale['source'],
    field: string,
    kind: FieldKind,
    op: Comparison,
    days: number,
    limit: number,
    shown: ThresholdShown,
  ): CompiledThreshold {
    const key = `${source} ${field} ${op} ${days}`;
    let entry = this.scales.get(key);
    if (!entry)
      this.scales.set(
        key,
        (entry = { scale: scaleOf({ key, source, field, kind, op, days, limits: [] }), thresholds: [] }),
      );
    const threshold: CompiledThreshold = { scale: entry.scale, step: -1, shown };
    entry.thresholds.push({ threshold, limit });
    return threshold;
  }

  finish(): Scale[] {
    return [...this.scales.values()].map(({ scale, thresholds }) => {
      // The thresholds already point at this scale object: it is completed in place.
      Object.assign(
        scale,
        scaleOf({ ...scale, limits: [...new Set(thresholds.map((t) => t.limit))].sort(mildestFirst(scale.op)) }),
      );
      for (const { threshold, limit } of thresholds) threshold.step = scale.limits.indexOf(limit);
      return scale;
    });
  }
}

function compileThreshold(
  threshold: Threshold,
  source: Scale['source'],
  windForce: Record<string, number>,
  scales: ScaleRegistry,
): CompiledThreshold {
  const info = fieldInfo(threshold.field)!;
  const { field, op } = threshold;
  const days = threshold.days ?? 0;
  let limit: number;
  const shown: ThresholdShown = { field, op, value: threshold.value ?? 0, unit: info.unit };
  if (threshold.force !== undefined) {
    limit = windForce[String(threshold.force)]!;
    shown.value = limit;
    shown.force = threshold.force;
  } else if (info.kind === 'grade') {
    limit = info.scale!.indexOf(threshold.value as string);
  } else {
    limit = threshold.value as number;
  }
  if (days > 0) shown.days = days;
  return scales.add(source, field, info.kind, op, days, limit, shown);
}

interface CompileContext {
  source: Scale['source'];
  windForce: Record<string, number>;
  scales: ScaleRegistry;
  shown: ThresholdShown[];
}

function compileCondition(condition: Condition, ctx: CompileContext): CompiledCondition {
  if ('all' in condition) return { all: condition.all.map((c) => compileCondition(c, ctx)) };
  if ('any' in condition) return { any: condition.any.map((c) => compileCondition(c, ctx)) };
  const threshold = compileThreshold(condition, ctx.source, ctx.windForce, ctx.scales);
  ctx.shown.push(threshold.shown);
  return { threshold };
}

/** The plan's grading in the form the engine runs; computed once per plan object. */
export function compileGrading(plan: GradingPlan): CompiledGrading {
  const cached = compiled.get(plan);
  if (cached) return cached;
  const levels = new Map(plan.levels.levels.map((entry, rank) => [entry.level, { ...entry, rank }]));
  const zh = new Map(plan.hazards.hazards.map((hazard) => [hazard.key, hazard.zh]));
  const windForce = plan.grading.windForce.lowerBounds;
  const scales = new ScaleRegistry();
  const byKey = new Map(plan.grading.hazards.map((hazard) => [hazard.hazard, hazard]));
  const hazards = hazardKeys.map((key): CompiledHazard => {
    const rule = byKey.get(key)!;
    return {
      hazard: key,
      zh: zh.get(key) ?? key,
      clause: rule.clause,
      levels: rule.levels
        .map((level): CompiledLevel => ({
          level: level.level,
          rank: levels.get(level.level)!.rank,
          clause: level.clause,
          ...(level.season ? { season: level.season } : {}),
          routes: level.routes.map((route): CompiledRoute => {
            const source = route.route === 'stations' ? 'stations' : 'units';
            const ctx: CompileContext = { source, windForce, scales, shown: [] };
            return {
              route: route.route,
              basis: route.basis,
              source,
              condition: compileCondition(route.when, ctx),
              thresholds: ctx.shown,
              share: ratioOf(route.share),
              requires: route.requires,
            };
          }),
        }))
        .sort((a, b) => a.rank - b.rank),
    };
  });
  const result: CompiledGrading = {
    plan: { id: plan.meta.id, version: plan.meta.version },
    hazards,
    coverageMinimum: ratioOf(plan.grading.coverageMinimum.share),
    levels,
    concurrentClause: plan.grading.concurrent.clause,
    scales: scales.finish(),
  };
  const routes = hazards.flatMap((hazard) => hazard.levels.flatMap((level) => level.routes));
  for (const [route, place] of groupFamilies(routes)) route.family = place;
  compiled.set(plan, result);
  return result;
}

import type { HazardKey } from '../../plans/meteo/hazards.schema.ts';
import type { Season } from '../../plans/meteo/grading-rule.schema.ts';
import { monthDay, type CalendarDate } from '../situation/instant.ts';
import {
  compileGrading,
  type CompiledGrading,
  type CompiledHazard,
  type CompiledRoute,
  type GradingPlan,
} from './compile.ts';
import { TableEvaluator } from './evaluate.ts';
import { compares } from './scales.ts';
import { KernelArena } from './simd/arena.ts';
import { routeEvidence, type RouteOutcome } from './evidence.ts';
import { reaches } from './exact-share.ts';
import type { GradingInput, Trends } from './grading-input.ts';
import { exactTotal } from './measure-table.ts';
import type { AssessmentResult, HazardResult } from './result.schema.ts';

/** Enough ids to name the divisions or stations that met; a grid's cells are counted, and the first named. */
const idsShown = 100;

function inSeason(season: Season | undefined, date: CalendarDate): boolean {
  if (!season) return true;
  const md = monthDay(date);
  // A window may run over the new year (from > to).
  return season.windows.some(({ from, to }) => (from <= to ? md >= from && md <= to : md >= from || md <= to));
}

class Grader {
  private readonly evaluators: Record<'units' | 'stations', TableEvaluator>;

  constructor(
    private readonly input: GradingInput,
    private readonly grading: CompiledGrading,
  ) {
    const scalesOf = (source: 'units' | 'stations') => grading.scales.filter((scale) => scale.source === source);
    const arena = new KernelArena();
    this.evaluators = {
      units: new TableEvaluator(input.units, scalesOf('units'), arena),
      stations: new TableEvaluator(input.stations, scalesOf('stations'), arena),
    };
  }

  private route(route: CompiledRoute, seasonal: boolean): Omit<RouteOutcome, 'level'> {
    const table = this.input[route.source];
    const weights = table.weights[route.basis];
    if (!weights) throw new RangeError(`the ${route.source} carry no ${route.basis} weights`);
    const { met, valid, count } = this.evaluators[route.source].tally(route, weights);
    const total = exactTotal(weights, `${route.source} ${route.basis}`);
    const usable = reaches(valid, total, this.grading.coverageMinimum);
    const reached = reaches(met, valid, route.share);
    const requires = route.requires.map((requirement) => {
      const actual = this.input.trends[requirement.trend as keyof Trends];
      const holds =
        'is' in requirement ? actual === requirement.is : compares(Number(actual), requirement.op, requirement.value);
      return { ...requirement, actual, holds };
    });
    const holds = usable && reached && seasonal && requires.every((r) => r.holds);
    return { route, met, valid, count, total, usable, reached, requires, inSeason: seasonal, holds };
  }

  private metIds(outcome: RouteOutcome): string[] {
    if (outcome.count === 0) return [];
    return this.evaluators[outcome.route.source].metIds(outcome.route.condition, idsShown);
  }

  hazard(hazard: CompiledHazard): HazardResult {
    const outcomes = hazard.levels.map((level) => {
      const seasonal = inSeason(level.season, this.input.date);
      return level.routes.map((route): RouteOutcome => ({ level, ...this.route(route, seasonal) }));
    });
    const reachedIndex = outcomes.findLastIndex((routes) => routes.some((o) => o.holds));
    const usable = outcomes.some((routes) => routes.some((o) => o.usable));
    const coverage = Math.max(0, ...outcomes.flat().map((o) => (o.total > 0 ? o.valid / o.total : 0)));
    const shown = outcomes[Math.max(reachedIndex, 0)]!;
    const evidence = shown.map((o) => routeEvidence(o, this.input.date, this.metIds(o)));
    const status = usable ? ('graded' as const) : ('insufficient-data' as const);
    if (reachedIndex >= 0) {
      const level = hazard.levels[reachedIndex]!;
      const entry = this.grading.levels.get(level.level)!;
      const route = shown.find((o) => o.holds)!.route.route;
      return {
        zh: hazard.zh,
        level: level.level,
        levelZh: entry.zh,
        color: entry.color,
        clause: level.clause,
        status,
        route,
        coverage: round(coverage),
        evidence,
      };
    }
    const closest = evidence
      .filter((e) => e.share !== null)
      .sort((a, b) => Number(b.usable) - Number(a.usable) || b.share! - a.share!)[0];
    return {
      zh: hazard.zh,
      level: null,
      clause: hazard.clause,
      status,
      coverage: round(coverage),
      ...(closest
        ? {
            closest: {
              level: closest.level,
              clause: closest.clause,
              route: closest.route,
              share: closest.share!,
              needed: closest.needed,
            },
          }
        : {}),
      evidence,
    };
  }
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/**
 * Grades every hazard of plan 8.2 and combines them by 4.3: the overall level is the highest hazard level,
 * naming every hazard at it. Every number comes from the plan passed in.
 */
export function gradeTables(input: GradingInput, plan: GradingPlan, at: string): AssessmentResult {
  const grading = compileGrading(plan);
  const grader = new Grader(input, grading);
  const hazards = {} as Record<HazardKey, HazardResult>;
  for (const hazard of grading.hazards) hazards[hazard.hazard] = grader.hazard(hazard);
  const rankOf = (result: HazardResult) => (result.level === null ? -1 : grading.levels.get(result.level)!.rank);
  const top = Math.max(-1, ...grading.hazards.map((h) => rankOf(hazards[h.hazard])));
  const atTop = top < 0 ? [] : grading.hazards.map((h) => h.hazard).filter((key) => rankOf(hazards[key]) === top);
  const level = top < 0 ? null : hazards[atTop[0]!].level;
  return {
    at,
    plan: grading.plan,
    overall: {
      level,
      ...(level ? { color: grading.levels.get(level)!.color } : {}),
      clause: grading.concurrentClause,
      hazards: atTop,
    },
    hazards,
  };
}

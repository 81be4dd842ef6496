import type { z } from 'zod';
import type { Level } from '../common.schema.ts';
import { hazardKeys } from './hazards.schema.ts';
import type {
  Condition,
  HazardRule,
  Requirement,
  Route,
  RouteId,
  ShareBasis,
  Threshold,
} from './grading-rule.schema.ts';
import { fieldInfo, stationFields, trendFields, unitFields } from './situation-fields.ts';

type Path = Array<string | number>;
type Report = (path: Path, message: string) => void;

interface GradingShape {
  table: { levels: Record<string, Level[]> };
  windForce: { lowerBounds: Record<string, number> };
  hazards: HazardRule[];
}

/** The field prefixes each route may read; stations read station fields only. */
const routeSources: Record<RouteId, { prefixes: string[]; basis: ShareBasis[] }> = {
  'forecast-area': { prefixes: ['forecast.'], basis: ['area', 'agriArea'] },
  'observed-area': { prefixes: ['observed.'], basis: ['area', 'agriArea'] },
  'observed-and-forecast-area': { prefixes: ['observed.', 'forecast.'], basis: ['area', 'agriArea'] },
  stations: { prefixes: [], basis: ['stationCount'] },
};

/** Refuses grading data the engine could not apply as the plan means it (run as the schema's refinement). */
export function checkGrading(grading: GradingShape, ctx: z.RefinementCtx): void {
  const report: Report = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  checkWindForce(grading.windForce.lowerBounds, report);
  const seen = new Set<string>();
  grading.hazards.forEach((hazard, h) => {
    if (seen.has(hazard.hazard)) report(['hazards', h, 'hazard'], `hazard "${hazard.hazard}" appears twice`);
    seen.add(hazard.hazard);
    checkHazard(hazard, grading, ['hazards', h], report);
  });
  const missing = hazardKeys.filter((key) => !seen.has(key));
  if (missing.length > 0) report(['hazards'], `missing hazards: ${missing.join(', ')}`);
}

function checkWindForce(bounds: Record<string, number>, report: Report): void {
  const forces = Object.keys(bounds)
    .map(Number)
    .sort((a, b) => a - b);
  for (let i = 1; i < forces.length; i++) {
    if (bounds[forces[i]!]! <= bounds[forces[i - 1]!]!)
      report(['windForce', 'lowerBounds', String(forces[i])], 'wind force bounds must rise with the force');
  }
}

function checkHazard(hazard: HazardRule, grading: GradingShape, path: Path, report: Report): void {
  const allowed = grading.table.levels[hazard.hazard] ?? [];
  const levels = new Set<string>();
  hazard.levels.forEach((rule, l) => {
    const at = [...path, 'levels', l];
    if (!allowed.includes(rule.level)) {
      report(
        [...at, 'level'],
        `table 8.2 gives ${hazard.hazard} no level ${rule.level} (it has ${allowed.join(', ')})`,
      );
    }
    if (levels.has(rule.level)) report([...at, 'level'], `level ${rule.level} appears twice`);
    levels.add(rule.level);
    if (!rule.clause.startsWith(`${hazard.clause}(`))
      report([...at, 'clause'], `a clause of ${hazard.clause} reads "${hazard.clause}(n)"`);
    const routes = new Set<string>();
    rule.routes.forEach((route, r) => {
      if (routes.has(route.route)) report([...at, 'routes', r, 'route'], `route ${route.route} appears twice`);
      routes.add(route.route);
      checkRoute(route, grading, [...at, 'routes', r], report);
    });
  });
  for (const level of allowed) {
    if (!levels.has(level))
      report([...path, 'levels'], `table 8.2 gives ${hazard.hazard} level ${level}, but it has no rule`);
  }
}

function checkRoute(route: Route, grading: GradingShape, path: Path, report: Report): void {
  const source = routeSources[route.route];
  if (!source.basis.includes(route.basis))
    report([...path, 'basis'], `route ${route.route} cannot have a share of ${route.basis}`);
  checkCondition(route.when, route.route, grading, [...path, 'when'], report);
  route.requires.forEach((requirement, q) => checkRequirement(requirement, [...path, 'requires', q], report));
}

function checkCondition(condition: Condition, route: RouteId, grading: GradingShape, path: Path, report: Report): void {
  if ('all' in condition) {
    condition.all.forEach((child, i) => checkCondition(child, route, grading, [...path, 'all', i], report));
  } else if ('any' in condition) {
    condition.any.forEach((child, i) => checkCondition(child, route, grading, [...path, 'any', i], report));
  } else {
    checkThreshold(condition, route, grading, path, report);
  }
}

function checkThreshold(threshold: Threshold, route: RouteId, grading: GradingShape, path: Path, report: Report): void {
  const { prefixes } = routeSources[route];
  const known =
    route === 'stations' ? Object.hasOwn(stationFields, threshold.field) : Object.hasOwn(unitFields, threshold.field);
  if (!known || (prefixes.length > 0 && !prefixes.some((prefix) => threshold.field.startsWith(prefix)))) {
    const names =
      route === 'stations'
        ? Object.keys(stationFields)
        : Object.keys(unitFields).filter((f) => prefixes.some((p) => f.startsWith(p)));
    report([...path, 'field'], `unknown field "${threshold.field}" for route ${route}; known: ${names.join(', ')}`);
    return;
  }
  const info = fieldInfo(threshold.field)!;
  if ((threshold.value === undefined) === (threshold.force === undefined)) {
    report(path, 'a threshold has either value or force');
    return;
  }
  if (threshold.force !== undefined) {
    if (info.unit !== 'm/s') report([...path, 'force'], `a wind force applies to wind speeds, not ${threshold.field}`);
    if (!Object.hasOwn(grading.windForce.lowerBounds, String(threshold.force)))
      report([...path, 'force'], `wind force ${threshold.force} is not in the windForce table`);
  }
  if (info.kind === 'grade') {
    if (typeof threshold.value !== 'string' || !info.scale!.includes(threshold.value))
      report([...path, 'value'], `a grade of ${threshold.field}: one of ${info.scale!.join(', ')}`);
  } else if (threshold.value !== undefined && typeof threshold.value !== 'number') {
    report([...path, 'value'], `${threshold.field} is compared with a number`);
  }
  const daily = info.kind === 'past-days' || info.kind === 'next-days';
  if (daily && threshold.days === undefined)
    report([...path, 'days'], `${threshold.field} is a list of days: say how many days must meet it`);
  if (!daily && threshold.days !== undefined) report([...path, 'days'], `${threshold.field} is not a list of days`);
}

function checkRequirement(requirement: Requirement, path: Path, report: Report): void {
  if (!Object.hasOwn(trendFields, requirement.trend)) {
    report([...path, 'trend'], `unknown trend "${requirement.trend}"; known: ${Object.keys(trendFields).join(', ')}`);
    return;
  }
  const kind = trendFields[requirement.trend as keyof typeof trendFields];
  if (kind === 'boolean' && !('is' in requirement))
    report(path, `${requirement.trend} is a yes/no judgement: use {trend, is}`);
  if (kind === 'number' && 'is' in requirement)
    report(path, `${requirement.trend} is a number: use {trend, op, value}`);
}

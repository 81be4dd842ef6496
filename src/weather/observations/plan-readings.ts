import type { Condition, Threshold } from '../../plans/meteo/grading-rule.schema.ts';
import type { MeteoGrading } from '../../plans/meteo/grading.schema.ts';

/**
 * What the derivations need from the plan's grading table, read from the data (never written here): the hot-day
 * threshold and the number of past days the high-temperature routes look at, the visibility a fog hour is counted
 * below, and the wind-force table.
 */
export interface ObservationReadings {
  /** The lowest daily maximum a high-temperature route counts (the Ⅳ level's 35 ℃ in the 2024 plan). */
  hotDayC: number | null;
  /** The most past days any route reads from observed.tmaxPastDaysC. */
  pastDays: number;
  /** The highest fog visibility any route reads (fog hours are counted below it). */
  fogBelowM: number | null;
  windForceBounds: Readonly<Record<string, number>>;
}

function thresholds(condition: Condition): Threshold[] {
  if ('all' in condition) return condition.all.flatMap(thresholds);
  if ('any' in condition) return condition.any.flatMap(thresholds);
  return [condition];
}

export function observationReadings(grading: MeteoGrading): ObservationReadings {
  const all = grading.hazards.flatMap((hazard) =>
    hazard.levels.flatMap((level) => level.routes.flatMap((route) => thresholds(route.when))),
  );
  const numbers = (field: string) =>
    all.filter((t) => t.field === field && typeof t.value === 'number').map((t) => t.value as number);
  const hot = numbers('observed.tmaxPastDaysC');
  const fog = numbers('observed.fogVisibilityM');
  const days = all.filter((t) => t.field === 'observed.tmaxPastDaysC').map((t) => t.days ?? 1);
  return {
    hotDayC: hot.length > 0 ? Math.min(...hot) : null,
    pastDays: days.length > 0 ? Math.max(...days) : 1,
    fogBelowM: fog.length > 0 ? Math.max(...fog) : null,
    windForceBounds: grading.windForce.lowerBounds,
  };
}

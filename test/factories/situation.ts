import { join } from 'node:path';
import { defaultPlansDir, loadPlanFolder } from '../../src/catalog/plan-files.ts';
import type { HazardKey } from '../../src/plans/meteo/hazards.schema.ts';
import type { MeteoPlan } from '../../src/plans/registry.ts';
import { assessSituation } from '../../src/weather/grading/assess.ts';
import type { GradingPlan } from '../../src/weather/grading/compile.ts';
import type { AssessmentResult, HazardResult } from '../../src/weather/grading/result.schema.ts';
import { describeRefusal, parseSituation } from '../../src/weather/situation/parse.ts';
import type { SituationInput } from '../../src/weather/situation/situation.schema.ts';

type UnitInput = SituationInput['units'][number];
type Forecast = NonNullable<UnitInput['forecast']>;
type Observed = NonNullable<UnitInput['observed']>;

let shipped: GradingPlan | undefined;

/** The meteorological plan as shipped in plans/meteo-2024, loaded and validated as the product loads it. */
export function shippedPlan(): GradingPlan {
  shipped ??= loadPlanFolder(join(defaultPlansDir, 'meteo-2024')).plan as MeteoPlan;
  return shipped;
}

export const summer = '2025-07-20T08:00:00+08:00';

/** A unit of `areaKm2` with the given forecast; ids are u0, u1, … in the order given; parts of no area are left out. */
export function forecastUnits(...parts: Array<[areaKm2: number, forecast: Forecast]>): UnitInput[] {
  return parts.map(([areaKm2, forecast], i) => ({ id: `u${i}`, areaKm2, forecast })).filter((unit) => unit.areaKm2 > 0);
}

export function observedUnits(...parts: Array<[areaKm2: number, observed: Observed]>): UnitInput[] {
  return parts.map(([areaKm2, observed], i) => ({ id: `u${i}`, areaKm2, observed })).filter((unit) => unit.areaKm2 > 0);
}

/** `count` stations, of which the first `meeting` report `met` and the rest `unmet`. */
export function stations(
  count: number,
  meeting: number,
  met: { precipMm?: number; snowMm?: number },
  unmet = { precipMm: 0, snowMm: 0 },
) {
  return Array.from({ length: count }, (_, i) => ({ id: `s${i}`, ...(i < meeting ? met : unmet) }));
}

/** Validates and grades, as `nuancheng assess` does; throws with the refusal line on bad input. */
export function grade(input: Partial<SituationInput>, plan: GradingPlan = shippedPlan()): AssessmentResult {
  const parsed = parseSituation({ at: summer, units: [], ...input });
  if (!parsed.ok) throw new Error(describeRefusal(parsed));
  return assessSituation(parsed.situation, plan);
}

export function hazardOf(input: Partial<SituationInput>, hazard: HazardKey, plan?: GradingPlan): HazardResult {
  return grade(input, plan).hazards[hazard];
}

export function levelOf(input: Partial<SituationInput>, hazard: HazardKey, plan?: GradingPlan): string | null {
  return hazardOf(input, hazard, plan).level;
}

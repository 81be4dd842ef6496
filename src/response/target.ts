import type { OpenWarning } from '../alerts/warnings/lifecycle.ts';
import type { Level } from '../plans/common.schema.ts';
import { hazardKeys, type HazardKey } from '../plans/meteo/hazards.schema.ts';
import type { MeteoPlan } from '../plans/meteo/index.ts';
import { levelRank } from './levels.ts';
import type { AssessmentResult } from '../weather/grading/result.schema.ts';

/**
 * The level the city response should stand at after a step: the highest hazard level (4.3), where a hazard
 * without enough data counts at the level of the warning it keeps. Missing data is not an all-clear, for the
 * response no more than for the warning (contracts/replay.md). The hazards at that level, in the order of the nine.
 */
export function responseTarget(
  plan: MeteoPlan,
  assessment: AssessmentResult,
  held: readonly OpenWarning[],
): { level: Level | null; hazards: HazardKey[] } {
  const levels = new Map<HazardKey, Level>();
  for (const key of hazardKeys) {
    const graded = assessment.hazards[key];
    const kept = held.find((warning) => warning.hazard === key);
    if (graded.level) levels.set(key, graded.level);
    else if (graded.status === 'insufficient-data' && kept) levels.set(key, kept.level);
  }
  const top = Math.max(0, ...[...levels.values()].map((level) => levelRank(plan, level)));
  if (top === 0) return { level: null, hazards: [] };
  const hazards = hazardKeys.filter((key) => levels.has(key) && levelRank(plan, levels.get(key)!) === top);
  return { level: levels.get(hazards[0]!)!, hazards };
}

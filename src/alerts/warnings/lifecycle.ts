import type { Level } from '../../plans/common.schema.ts';
import { hazardKeys, type HazardKey } from '../../plans/meteo/hazards.schema.ts';
import { warningArea } from './area.ts';
import type { GradedHazard } from './graded-hazard.ts';

/** A warning in force (its chain not cancelled), as the lifecycle needs it. */
export interface OpenWarning {
  warningId: string;
  hazard: HazardKey;
  level: Level;
  areaCodes: readonly string[];
  /** ISO 8601; null when the warning was issued without an end. */
  expires: string | null;
}

/** Why an update is sent (3.3.3 "预警内容或级别变更"): the level, the area, or a validity that ran out. */
export type UpdateReason = 'level' | 'area' | 'validity';

export type WarningDecision =
  | {
      kind: 'issue';
      hazard: HazardKey;
      level: Level;
      areaCodes: string[];
      wholeCity: boolean;
      clause: string;
      route?: string;
    }
  | {
      kind: 'update';
      warning: OpenWarning;
      hazard: HazardKey;
      level: Level;
      areaCodes: string[];
      wholeCity: boolean;
      clause: string;
      route?: string;
      reasons: UpdateReason[];
    }
  | { kind: 'cancel'; warning: OpenWarning; hazard: HazardKey; clause: string };

const sameCodes = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * What the warnings do after a grading, hazard by hazard in the order of the nine (contracts/replay.md):
 * a hazard that reaches a level and has no warning gets one; one whose level or area changed gets an update;
 * one that still holds after its validity ran out gets an update that renews it (预警时效 is content too);
 * one that no longer reaches any level is cancelled. A hazard without enough data keeps its warning as it is:
 * missing data is not an all-clear.
 */
export function decideWarnings(
  hazards: Readonly<Record<HazardKey, GradedHazard>>,
  open: readonly OpenWarning[],
  divisionCodes: readonly string[],
  at: Date,
): WarningDecision[] {
  const decisions: WarningDecision[] = [];
  for (const hazard of hazardKeys) {
    const graded = hazards[hazard];
    const current = open.find((warning) => warning.hazard === hazard);
    if (graded.status === 'insufficient-data') continue;
    if (graded.level === null) {
      if (current) decisions.push({ kind: 'cancel', warning: current, hazard, clause: graded.clause });
      continue;
    }
    const area = warningArea(graded, divisionCodes);
    const reached = {
      hazard,
      level: graded.level,
      areaCodes: area.codes,
      wholeCity: area.wholeCity,
      clause: graded.clause,
      ...(graded.route ? { route: graded.route } : {}),
    };
    if (!current) {
      decisions.push({ kind: 'issue', ...reached });
      continue;
    }
    const reasons: UpdateReason[] = [];
    if (current.level !== graded.level) reasons.push('level');
    if (!sameCodes(current.areaCodes, area.codes)) reasons.push('area');
    if (current.expires !== null && Date.parse(current.expires) <= at.getTime()) reasons.push('validity');
    if (reasons.length > 0) decisions.push({ kind: 'update', warning: current, ...reached, reasons });
  }
  return decisions;
}

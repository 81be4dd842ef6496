import type { Level } from '../../plans/common.schema.ts';
import { hazardKeys, type HazardKey } from '../../plans/meteo/hazards.schema.ts';
import type { MeteoPlan } from '../../plans/meteo/index.ts';
import { levelRank } from '../../response/levels.ts';
import type { AssessmentResult } from '../grading/result.schema.ts';

/**
 * How one hazard's level moved from the previous continuous grading to this one:
 * - `reached`: a level where there was none (or none known: the previous grading lacked the data);
 * - `raised` / `lowered`: a higher or lower level than before;
 * - `ended`: graded on enough data and no level holds any more;
 * - `unchanged`: the same level, or still none;
 * - `insufficient-data`: this grading cannot tell (missing data is not an all-clear), nothing is said.
 */
export type LevelChangeKind = 'reached' | 'raised' | 'lowered' | 'ended' | 'unchanged' | 'insufficient-data';

export interface LevelChange {
  hazard: HazardKey;
  kind: LevelChangeKind;
  from: Level | null;
  to: Level | null;
  /** The clause of the level now graded (or of the hazard's section when none holds). */
  clause: string;
}

type Hazards = AssessmentResult['hazards'];

/** Per hazard, in the order of the nine, how its level moved; `previous` null: this is the first grading. */
export function levelChanges(plan: MeteoPlan, previous: Hazards | null, current: Hazards): LevelChange[] {
  return hazardKeys.map((hazard): LevelChange => {
    const now = current[hazard];
    const before = previous?.[hazard];
    const from = before?.status === 'graded' ? before.level : null;
    const change = (kind: LevelChangeKind): LevelChange => ({ hazard, kind, from, to: now.level, clause: now.clause });
    if (now.status === 'insufficient-data') return change('insufficient-data');
    const known = before !== undefined && before.status === 'graded';
    if (now.level === null) return change(known && from !== null ? 'ended' : 'unchanged');
    if (!known || from === null) return change('reached');
    const step = levelRank(plan, now.level) - levelRank(plan, from);
    return change(step > 0 ? 'raised' : step < 0 ? 'lowered' : 'unchanged');
  });
}

/** The changes a duty officer is told of: a level reached, raised, lowered or ended. */
export function noticeworthy(changes: readonly LevelChange[]): LevelChange[] {
  return changes.filter((change) => change.kind !== 'unchanged' && change.kind !== 'insufficient-data');
}

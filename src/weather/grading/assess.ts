import type { Situation } from '../situation/situation.schema.ts';
import { situationTables } from '../situation/to-tables.ts';
import type { GradingPlan } from './compile.ts';
import { gradeTables } from './grade.ts';
import type { AssessmentResult } from './result.schema.ts';

/** Grades a validated situation (contracts/assess.md) by the plan's 8.2 and 4.3. Pure: same input, same result. */
export function assessSituation(situation: Situation, plan: GradingPlan): AssessmentResult {
  return gradeTables(situationTables(situation), plan, situation.at);
}

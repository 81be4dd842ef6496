import type { Level } from '../plans/common.schema.ts';
import type { HazardKey } from '../plans/meteo/hazards.schema.ts';
import type { MeteoPlan } from '../plans/meteo/index.ts';
import type { MemberUnit } from '../plans/meteo/command.schema.ts';
import type { OrderKind } from '../plans/meteo/response.schema.ts';

/** What a member unit is told to do when a level comes into force, and by when it reports on post. */
export interface UnitTaskDraft {
  unitId: string;
  unitName: string;
  level: Level;
  /** The unit's duties (2.2.2) and the level's member-unit actions (4.4.x), each with its clause. */
  duties: Array<{ clause: string; text: string }>;
  /** 上岗到位: when the unit's liaison must have confirmed it is on post. */
  dueAt: string;
}

/** A report the plan requires, to whom and by when. */
export interface ReportObligationDraft {
  kind: 'first-report' | 'lowering-report' | 'investigation-report';
  to: string[];
  dueAt: string | null;
  clause: string;
  text: string;
}

function addMinutes(at: Date, minutes: number): string {
  return new Date(at.getTime() + minutes * 60_000).toISOString();
}

/**
 * The member units a level calls (4.4): at the levels whose scope is "concerned" (Ⅳ, Ⅲ: 相关成员单位视情况) the
 * units that concern themselves with any of the hazards, and those concerned by every response; at "all"
 * (Ⅱ, Ⅰ: 各成员单位) every member unit of 2.1. In the plan's order.
 */
export function unitsCalled(plan: MeteoPlan, level: Level, hazards: readonly HazardKey[]): MemberUnit[] {
  const response = plan.response.levels.find((entry) => entry.level === level);
  if (!response) throw new Error(`the plan has no response for level ${level}`);
  if (response.memberUnits.scope === 'all') return plan.command.memberUnits;
  return plan.command.memberUnits.filter(
    (unit) => unit.concern.always || unit.concern.hazards.some((hazard) => hazards.includes(hazard)),
  );
}

export function unitTasks(
  plan: MeteoPlan,
  level: Level,
  hazards: readonly HazardKey[],
  signedAt: Date,
): UnitTaskDraft[] {
  const response = plan.response.levels.find((entry) => entry.level === level)!;
  const levelDuties = [
    { clause: response.memberUnits.clause, text: response.memberUnits.text },
    ...response.actions
      .filter((action) => action.actor === 'memberUnits')
      .map((action) => ({ clause: action.clause, text: action.text })),
    ...response.onPost
      .filter((post) => post.who === 'memberUnits')
      .map((post) => ({ clause: post.clause, text: post.text })),
  ];
  const dueAt = addMinutes(signedAt, plan.response.timing.onPostWithinMinutes);
  return unitsCalled(plan, level, hazards).map((unit) => ({
    unitId: unit.id,
    unitName: unit.name,
    level,
    duties: [...unit.duties.items.map((text) => ({ clause: unit.duties.clause, text })), ...levelDuties],
    dueAt,
  }));
}

/**
 * The reports an order starts: raising a level is reported at once (3.3.2: Ⅱ/Ⅰ to 市委、市人民政府, Ⅳ/Ⅲ to the
 * commission); lowering or ending within the hours of 4.8; ending also opens the 5.2 investigation, reported
 * further up when the response had reached a level 5.2 names.
 */
export function reportObligations(
  plan: MeteoPlan,
  kind: OrderKind,
  toLevel: Level | null,
  highestLevelReached: Level | null,
  signedAt: Date,
): ReportObligationDraft[] {
  const obligations: ReportObligationDraft[] = [];
  if ((kind === 'activate' || kind === 'upgrade') && toLevel) {
    const route = plan.warnings.firstReport.find((entry) => entry.levels.includes(toLevel));
    if (route) {
      obligations.push({
        kind: 'first-report',
        to: route.to,
        dueAt: addMinutes(signedAt, plan.response.timing.firstReportWithinMinutes),
        clause: route.clause,
        text: route.text,
      });
    }
  }
  const lowering = plan.response.lowering;
  if ((lowering.appliesTo as string[]).includes(kind)) {
    obligations.push({
      kind: 'lowering-report',
      to: lowering.to,
      dueAt: addMinutes(signedAt, lowering.withinHours * 60),
      clause: lowering.clause,
      text: lowering.text,
    });
  }
  if (kind === 'terminate') {
    for (const report of plan.response.investigation.reports) {
      if (highestLevelReached && report.levels.includes(highestLevelReached)) {
        obligations.push({
          kind: 'investigation-report',
          to: report.to,
          dueAt: null,
          clause: report.clause,
          text: report.text,
        });
      }
    }
  }
  return obligations;
}

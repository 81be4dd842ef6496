import type { AnyPlan, PlanKind } from '../plans/registry.ts';
import type { AirPlan } from '../plans/air/index.ts';
import type { MeteoPlan } from '../plans/meteo/index.ts';
import type { QualityPlan } from '../plans/quality/index.ts';

/** A plan as the ledger reads it (a loaded plan fits). */
export interface LedgerPlan {
  id: string;
  kind: PlanKind;
  version: string;
  contentHash: string;
  plan: AnyPlan;
}

/**
 * A plan measure a ledger task can detail: its clause and title (how a sheet's 重点任务 names it), the
 * action it belongs to, and the units the text names. `lead` is empty where the text names none (the
 * quality plan's 责任单位): the lead is then chosen at 立项 among `departments`.
 */
export interface LedgerMeasure {
  clause: string;
  title: string;
  text: string;
  actionClause: string;
  actionTitle: string;
  lead: string[];
  partners: string[];
  /** Every unit the text names for the measure (lead, partners, or 责任单位 without a lead). */
  departments: string[];
}

export function planMeasures(loaded: LedgerPlan): LedgerMeasure[] {
  switch (loaded.kind) {
    case 'quality':
      return (loaded.plan as QualityPlan).actions.actions.flatMap((action) =>
        action.measures.map((measure) => ({
          clause: measure.clause,
          title: measure.title,
          text: measure.text,
          actionClause: action.clause,
          actionTitle: action.title,
          lead: [],
          partners: [],
          departments: measure.responsible.departments,
        })),
      );
    case 'air': {
      const section = (loaded.plan as AirPlan).measures;
      return section.measures.map((measure) => ({
        clause: measure.clause,
        title: measure.title,
        text: measure.text,
        actionClause: section.clause,
        actionTitle: section.title,
        lead: measure.units.lead,
        partners: measure.units.partners,
        departments: [...measure.units.lead, ...measure.units.partners],
      }));
    }
    case 'meteo': {
      const section = (loaded.plan as MeteoPlan).duties;
      return section.duties.map((duty) => ({
        clause: duty.clause,
        title: duty.title,
        text: duty.text,
        actionClause: section.clause,
        actionTitle: section.title,
        lead: duty.lead,
        partners: duty.partners,
        departments: [...duty.lead, ...duty.partners],
      }));
    }
  }
}

/** Every unit name a plan's text gives (for the registry's check at load), with where. */
export function planUnitNames(loaded: LedgerPlan): { name: string; where: string }[] {
  const names = planMeasures(loaded).flatMap((measure) =>
    measure.departments.map((name) => ({ name, where: measure.clause })),
  );
  if (loaded.kind === 'meteo') {
    const command = (loaded.plan as MeteoPlan).command;
    names.push({ name: command.headquarters.name, where: command.headquarters.clause });
    for (const unit of command.memberUnits) names.push({ name: unit.name, where: unit.clause });
  }
  return names;
}

/** A 重点任务 that names no measure of the plan. */
export class UnknownMeasureError extends Error {
  constructor(readonly reference: string) {
    super(`no measure of the plan is named "${reference}"`);
    this.name = 'UnknownMeasureError';
  }
}

const normalise = (text: string) => text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');

/**
 * The measure a 重点任务 cell names: by clause (`四(一)1`), by title (`增强质量发展创新动能`) or both
 * (`四(一)1 增强质量发展创新动能`); full-width brackets and spaces are read as the plan writes them. When both are
 * given they must name the same measure.
 */
export function resolveMeasure(measures: LedgerMeasure[], reference: string): LedgerMeasure {
  const wanted = normalise(reference).replace(/[.、．。]$/, '');
  if (wanted === '') throw new UnknownMeasureError(reference.trim());
  const byClause = [...measures]
    .sort((a, b) => b.clause.length - a.clause.length)
    .find((measure) => wanted.startsWith(normalise(measure.clause)));
  if (byClause) {
    const rest = wanted.slice(normalise(byClause.clause).length).replace(/^[.、．:：]/, '');
    if (rest === '' || rest === normalise(byClause.title)) return byClause;
    throw new UnknownMeasureError(reference.trim());
  }
  const byTitle = measures.find((measure) => normalise(measure.title) === wanted);
  if (byTitle) return byTitle;
  throw new UnknownMeasureError(reference.trim());
}

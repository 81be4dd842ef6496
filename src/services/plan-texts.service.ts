import type { PlanCatalog } from '../catalog/plan-files.ts';
import { loadPlanText } from '../catalog/plan-texts.ts';
import { implementersOf, sectionOf, type Implementer } from '../plans/plan-text.ts';

/**
 * A loaded plan's text by section (public: the plans are published documents), each section with the entries
 * of the plan data that cite it, so a reader goes from a clause to the rules that run it and back.
 */
export function planTextOf(plans: PlanCatalog, planId: string) {
  const loaded = plans.get(planId);
  const text = loaded && loadPlanText(planId);
  if (!loaded || !text) return null;
  const clauses = text.sections.map((section) => section.clause);
  const bySection = new Map<string, Implementer[]>();
  const unplaced: Implementer[] = [];
  for (const implementer of implementersOf(loaded.plan)) {
    const section = sectionOf(clauses, implementer.clause);
    if (section === null) unplaced.push(implementer);
    else bySection.set(section, [...(bySection.get(section) ?? []), implementer]);
  }
  const { meta } = loaded.plan;
  return {
    planId,
    title: meta.title,
    documentNumber: meta.documentNumber,
    version: loaded.version,
    source: text.source,
    sections: text.sections.map((section) => ({ ...section, implementedBy: bySection.get(section.clause) ?? [] })),
    unplaced,
  };
}

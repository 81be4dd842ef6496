import type { QualityPlan } from './index.ts';
import type { QualityTarget } from './targets.schema.ts';
import type { Comparison } from './text.schema.ts';

const comparisonSign: Record<Comparison, string> = { gte: '≥', lte: '≤', eq: '=' };

function figure(target: Extract<QualityTarget, { kind: 'quantified' }>): string {
  const parts: string[] = [];
  if (target.value !== undefined && target.comparison && target.unit) {
    parts.push(`${comparisonSign[target.comparison]} ${target.value} ${target.unit}`);
  }
  if (target.growth) {
    const base = target.growth.baselineYear === undefined ? '' : ` over ${target.growth.baselineYear}`;
    parts.push(`growth ${comparisonSign[target.growth.comparison]} ${target.growth.percent}%${base}`);
  }
  return `${target.metric} ${parts.join(', ')}${target.sustained ? ' (始终保持)' : ''}`;
}

/** The lines `nuancheng plan show quality-2024` prints: targets by year, actions, supervision, tasks. */
export function summarizeQualityPlan(plan: QualityPlan): string[] {
  const lines: string[] = ['targets (三):'];
  for (const period of plan.targets.periods) {
    const quantified = period.targets.filter(
      (target): target is Extract<QualityTarget, { kind: 'quantified' }> => target.kind === 'quantified',
    );
    const inWords = period.targets.length - quantified.length;
    lines.push(`  ${period.label} (${period.year}): ${quantified.length} quantified, ${inWords} in words`);
    for (const target of quantified) lines.push(`    ${figure(target)}`);
  }
  const { actions, intro } = plan.actions;
  const measureCount = actions.reduce((sum, action) => sum + action.measures.length, 0);
  lines.push(
    `actions (四): ${actions.length} actions, ${measureCount} measures (the text declares ${intro.declared.actions} and ${intro.declared.measures})`,
  );
  for (const action of actions) {
    const departments = new Set(action.measures.flatMap((measure) => measure.responsible.departments));
    lines.push(
      `  ${action.clause} ${action.title}: ${action.measures.length} measures; ${departments.size} departments responsible`,
    );
  }
  const { supervision, tasks } = plan;
  lines.push(
    `supervision (五): ${supervision.items.map((item) => item.title).join('、')}; coordinator ${supervision.coordinator.department}`,
  );
  const annexState = tasks.annex.inSourceText ? 'in the source text' : 'not in the source text';
  lines.push(
    `yearly tasks (附件): ${tasks.tasks.length} of ${tasks.annex.declaredTasks} entered; the annex is ${annexState}`,
  );
  return lines;
}

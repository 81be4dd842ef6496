import type { AnyPlan } from './registry.ts';
import { summarizeMeteoPlan } from './meteo/summary.ts';
import { summarizeAirPlan } from './air/summary.ts';
import { summarizeQualityPlan } from './quality/summary.ts';

/** A few lines a person reads to see what a plan holds (`nuancheng plan show`). */
export function summarizePlan(plan: AnyPlan): string[] {
  const { meta } = plan;
  const head = [
    `${meta.id} — ${meta.title}`,
    `${meta.documentNumber}, ${meta.issuedBy}, ${meta.issuedOn}; version ${meta.version}`,
  ];
  switch (meta.kind) {
    case 'meteo':
      return [...head, ...summarizeMeteoPlan(plan as Extract<AnyPlan, { meta: { kind: 'meteo' } }>)];
    case 'air':
      return [...head, ...summarizeAirPlan(plan as Extract<AnyPlan, { meta: { kind: 'air' } }>)];
    case 'quality':
      return [...head, ...summarizeQualityPlan(plan as Extract<AnyPlan, { meta: { kind: 'quality' } }>)];
  }
}

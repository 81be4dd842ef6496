import type { Principal } from '../access/principal.ts';
import type { LedgerParties } from '../ledger/chain.ts';
import { planMeasures, type LedgerMeasure } from '../ledger/plan-measures.ts';
import type { LoadedPlan } from '../catalog/plan-files.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import type { ServiceContext } from './context.ts';

/** A plan a ledger can be kept for, or a not-found naming the id. */
export function ledgerPlan(ctx: ServiceContext, planId: string): LoadedPlan {
  const loaded = ctx.plans.get(planId);
  if (!loaded) throw new WorkflowError('not-found', 'unknown_plan', `unknown plan "${planId}"`, null, 'plan');
  return loaded;
}

export function ledgerMeasures(ctx: ServiceContext, planId: string): LedgerMeasure[] {
  return planMeasures(ledgerPlan(ctx, planId));
}

/**
 * Who the principal is for a plan's task: one who acts for the plan's coordinating unit (the registry names the
 * unit and the roles besides its liaison), and/or a liaison of one of the task's lead units.
 */
export function ledgerParties(
  ctx: ServiceContext,
  principal: Principal,
  planId: string,
  lead: readonly string[],
): LedgerParties {
  if (principal.kind !== 'user') return { coordinator: principal.kind === 'operator', leadLiaison: false };
  const { role, unitId } = principal.user;
  const units = ctx.plans.units();
  const coordinating = units.coordinatorOf(planId);
  const coordinator =
    coordinating !== undefined &&
    ((role === 'unitLiaison' && unitId === coordinating.unit.id) || coordinating.coordinator.roles.includes(role));
  const leadLiaison =
    role === 'unitLiaison' && unitId !== null && lead.some((name) => units.tryResolve(name)?.id === unitId);
  return { coordinator, leadLiaison };
}

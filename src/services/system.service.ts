import { storeAnswers } from '../store/health.repository.ts';
import type { ServiceContext } from './context.ts';

/** Liveness: the store engine, whether it answers, and the plans loaded (public). */
export async function health(ctx: ServiceContext) {
  const plans = ctx.plans.list().map((plan) => ({ id: plan.id, version: plan.version }));
  const ok = await storeAnswers(ctx.store.db);
  return { status: ok ? ('ok' as const) : ('unavailable' as const), store: ctx.store.engine, plans };
}

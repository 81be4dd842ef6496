import type { Kysely } from 'kysely';
import { AccessDenied, decide, type Decision, type Operation, type ResourceFacts } from '../access/policy.ts';
import { principalName, type Principal } from '../access/principal.ts';
import type { Actor } from '../access/roles.ts';
import type { AuditEntry, AuditEvent } from '../audit/chain.ts';
import { appendAudit } from '../store/audit.repository.ts';
import type { Database } from '../store/schema.ts';
import type { ServiceContext } from './context.ts';
import type { ServiceEvent } from './events.ts';

/** One step of a use case inside its transaction: what it may read and write, and how it records itself. */
export interface Step {
  trx: Kysely<Database>;
  /** The moment of the step (the context's clock, read once). */
  at: Date;
  principal: Principal;
  /** The principal as the audit log names it. */
  actor: string;
  /** Applies the policy's resource checks once the state they look at is loaded; a refusal undoes the step. */
  allow(facts: ResourceFacts): void;
  /** Appends to the audit log in this transaction, by this principal at this moment unless told otherwise. */
  audit(entry: Omit<AuditEvent, 'at' | 'actor'> & { at?: string; actor?: string }): Promise<AuditEntry>;
  /** Queues an event for after the commit; a step that rolls back tells nobody. */
  publish(event: ServiceEvent): void;
}

/** A unique key another writer took first (both engines' codes). */
export const isUniqueViolation = (error: unknown) => {
  const { code, message } = error as { code?: string; message?: string };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(message ?? '');
};

// An anonymous caller hammering a door would otherwise write the audit log as fast as it can send: its refusals
// are recorded once a minute per address, with the count of those not recorded since.
const ANONYMOUS_AUDIT_WINDOW_MS = 60_000;
const anonymousRefusals = new WeakMap<object, Map<string, { since: number; unrecorded: number }>>();

function anonymousWindow(ctx: ServiceContext, principal: Principal, now: number): number | null {
  if (principal.kind !== 'anonymous') return 0;
  let windows = anonymousRefusals.get(ctx.store);
  if (!windows) anonymousRefusals.set(ctx.store, (windows = new Map()));
  const key = principal.address ?? '';
  const window = windows.get(key);
  if (window && now - window.since < ANONYMOUS_AUDIT_WINDOW_MS) {
    window.unrecorded++;
    return null;
  }
  if (windows.size > 10_000) windows.clear();
  windows.set(key, { since: now, unrecorded: 0 });
  return window?.unrecorded ?? 0;
}

/** Every refusal is in the audit log: who asked for what, and why not. */
export async function auditRefusal(
  ctx: ServiceContext,
  principal: Principal,
  operation: Operation,
  refusal: Extract<Decision, { allowed: false }>,
): Promise<void> {
  const at = ctx.clock();
  const unrecordedBefore = anonymousWindow(ctx, principal, at.getTime());
  if (unrecordedBefore === null) return;
  try {
    await ctx.store.db.transaction().execute((trx) =>
      appendAudit(trx, {
        at: at.toISOString(),
        actor: principalName(principal),
        action: 'access.denied',
        subjectType: 'operation',
        subjectId: operation,
        payload: {
          status: refusal.status,
          code: refusal.code,
          reason: refusal.reason,
          clause: refusal.clause,
          ...(unrecordedBefore > 0 ? { unrecordedBefore } : {}),
        },
      }),
    );
  } catch (error) {
    // The refusal stands even when it cannot be recorded; the log says why it is missing.
    ctx.logger.error({ err: error, operation }, 'could not record a refusal in the audit log');
  }
}

/** Asks the policy; a refusal is recorded and thrown as AccessDenied. */
export async function authorize(
  ctx: ServiceContext,
  principal: Principal,
  operation: Operation,
  facts: ResourceFacts = {},
): Promise<void> {
  const decision = decide(ctx.plans.meteo().plan, principal, operation, facts);
  if (decision.allowed) return;
  await auditRefusal(ctx, principal, operation, decision);
  throw new AccessDenied(operation, decision);
}

/**
 * The shape of every change: check access, then in one transaction load, decide, write the change and its audit
 * entry, then publish the events once committed. `retryOnConflict` decides again when another writer took a
 * unique key a moment before (two servers issuing at once).
 */
export async function change<T>(
  ctx: ServiceContext,
  principal: Principal,
  operation: Operation,
  work: (step: Step) => Promise<T>,
  options: { facts?: ResourceFacts; retryOnConflict?: boolean } = {},
): Promise<T> {
  await authorize(ctx, principal, operation, options.facts);
  const plan = ctx.plans.meteo().plan;
  const actor = principalName(principal);
  for (let attempt = 1; ; attempt++) {
    const events: ServiceEvent[] = [];
    const at = ctx.clock();
    try {
      const result = await ctx.store.db.transaction().execute((trx) =>
        work({
          trx,
          at,
          principal,
          actor,
          allow(facts) {
            const decision = decide(plan, principal, operation, facts);
            if (!decision.allowed) throw new AccessDenied(operation, decision);
          },
          audit: (entry) => appendAudit(trx, { at: at.toISOString(), actor, ...entry }),
          publish: (event) => events.push(event),
        }),
      );
      for (const event of events) ctx.events.publish(event);
      return result;
    } catch (error) {
      if (error instanceof AccessDenied) await auditRefusal(ctx, principal, operation, error.decision);
      else if (options.retryOnConflict && attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

/** A read whose answer depends on who asks: check access, then read (no transaction, no audit). */
export async function read<T>(
  ctx: ServiceContext,
  principal: Principal,
  operation: Operation,
  work: (db: Kysely<Database>) => Promise<T>,
  facts: ResourceFacts = {},
): Promise<T> {
  await authorize(ctx, principal, operation, facts);
  return work(ctx.store.db);
}

/** The principal as the response core knows actors: a signed-in person, or the system itself. */
export function coreActor(principal: Principal): Actor | 'system' {
  if (principal.kind === 'user') return principal.user;
  if (principal.kind === 'system') return 'system';
  throw new Error(`${principal.kind} does not act in the response workflow`);
}

/** The signed-in person a step needs (the policy lets only people through to it). */
export function personOf(principal: Principal): Actor {
  if (principal.kind !== 'user') throw new Error(`${principal.kind} is not a signed-in person`);
  return principal.user;
}

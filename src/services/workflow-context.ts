import type { Kysely } from 'kysely';
import type { Actor } from '../access/roles.ts';
import type { LoadedPlan } from '../catalog/plan-files.ts';
import type { MeteoPlan } from '../plans/meteo/index.ts';
import type { Database } from '../store/schema.ts';

/** What a workflow step needs: the store, the plan in force, and the clock (a drill runs on the scenario's clock). */
export interface WorkflowContext {
  db: Kysely<Database>;
  meteo: LoadedPlan<MeteoPlan>;
  now: () => Date;
}

/** How an actor is named in the audit log and in records. */
export function actorName(actor: Actor | 'system'): string {
  return actor === 'system' ? 'system' : `${actor.role}:${actor.username}`;
}

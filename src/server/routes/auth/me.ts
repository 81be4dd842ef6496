import { operationsOf } from '../../../access/operations.ts';
import { roleNamesZh, type Actor } from '../../../access/roles.ts';

/** A signed-in person as the console sees them: the role in Chinese and what the access rules let them do. */
export function meView(actor: Actor) {
  return { ...actor, roleZh: roleNamesZh[actor.role], operations: operationsOf(actor) };
}

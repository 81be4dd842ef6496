import { mayPerform, type Operation } from '../access/operations.ts';
import type { Actor } from '../access/roles.ts';
import { WorkflowError } from '../response/workflow-error.ts';

/** The first step of a service: the access policy's decision, a `forbidden` error with its reason when refused. */
export function checkOperation(actor: Actor, operation: Operation): void {
  const decision = mayPerform(actor, operation);
  if (!decision.allowed) throw new WorkflowError('forbidden', 'forbidden', decision.reason);
}

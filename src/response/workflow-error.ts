/**
 * A step the plan does not allow, with the reason in words a duty officer understands and the clause behind
 * it. `kind` lets an adapter choose its status: a wrong signer is `forbidden`, an illegal transition `conflict`.
 */
export class WorkflowError extends Error {
  constructor(
    readonly kind: 'forbidden' | 'conflict' | 'invalid' | 'not-found',
    readonly code: string,
    message: string,
    readonly clause: string | null = null,
    readonly path: string | null = null,
  ) {
    super(clause ? `${message}（预案 ${clause}）` : message);
    this.name = 'WorkflowError';
  }
}

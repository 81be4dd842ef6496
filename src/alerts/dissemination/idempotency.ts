import { createHash } from 'node:crypto';

/**
 * Idempotency keys: one per message, derived only from what the message is (the CAP identifier, the endpoint,
 * the recipient), so a resend after a crash carries the same key and a receiver that honours keys delivers once.
 * CAP identifiers hold no spaces, commas, "<" or "&", and endpoint ids are [a-z0-9-], so "/" keeps parts apart.
 * `recipient` is '' for endpoints with one destination (a webhook, a group bot).
 */
export function idempotencyKey(identifier: string, endpointId: string, recipient: string): string {
  return recipient === '' ? `${identifier}/${endpointId}` : `${identifier}/${endpointId}/${recipient}`;
}

/**
 * The store's id of one warning's text for one endpoint: short, because each of up to millions of messages
 * carries it, and derived from the warning and endpoint, so committing the warning again finds it.
 */
export function payloadId(identifier: string, endpointId: string): string {
  return createHash('sha256').update(`${identifier}/${endpointId}`).digest('hex').slice(0, 16);
}

import type { Kysely } from 'kysely';
import { afterFailure, type RetryPolicy } from '../alerts/dissemination/backoff.ts';
import { idempotencyKey } from '../alerts/dissemination/idempotency.ts';
import { appendAudit } from '../store/audit.repository.ts';
import {
  markDead,
  markRetry,
  markSent,
  type ClaimedMessage,
  type StoredPayload,
} from '../store/outbox-dispatch.repository.ts';
import type { Database } from '../store/schema.ts';
import type { SendResult } from './channels/sender.ts';

export interface DispatchSummary {
  sent: number;
  retried: number;
  dead: number;
}

export interface Outcome {
  db: Kysely<Database>;
  owner: string;
  retry: RetryPolicy;
  now: Date;
  jitter: number;
  endpointId: string;
  kind: string;
  payload: StoredPayload | undefined;
  payloadId: string;
  messages: readonly ClaimedMessage[];
  result: SendResult;
  summary: DispatchSummary;
}

/**
 * Writes what a send came to, with its audit entry, in one transaction: a receipt for what was sent, another
 * attempt after a backoff for what failed, and a final failure for what is given up. The audit has one entry
 * per send (an SMS batch, not each phone), and none for a retry, which is logged instead.
 */
export async function recordOutcome(outcome: Outcome): Promise<void> {
  const { result, messages, summary } = outcome;
  await outcome.db.transaction().execute(async (trx) => {
    if (result.ok) {
      const rejected = new Map((result.rejected ?? []).map((entry) => [entry.recipient, entry.reason]));
      const sent = messages.filter((message) => !rejected.has(message.recipient));
      if (sent.length > 0) {
        await markSent(
          trx,
          outcome.payloadId,
          sent.map((m) => m.recipient),
          outcome.now,
          JSON.stringify(result.receipt),
        );
        await audit(trx, outcome, 'warning.message.sent', sent, { receipt: result.receipt });
      }
      const refused = messages.filter((message) => rejected.has(message.recipient));
      if (refused.length > 0) {
        const reasons = [...new Set(refused.map((m) => rejected.get(m.recipient)!))];
        await markDead(
          trx,
          outcome.payloadId,
          refused.map((m) => m.recipient),
          outcome.owner,
          `rejected: ${reasons.join('; ')}`,
        );
        await audit(trx, outcome, 'warning.message.failed', refused, { error: `rejected: ${reasons.join('; ')}` });
      }
      summary.sent += sent.length;
      summary.dead += refused.length;
      return;
    }
    const dead: ClaimedMessage[] = [];
    const retryAt = new Map<number, string[]>();
    for (const message of messages) {
      const verdict = afterFailure(message.attempts, result.permanent, outcome.retry, outcome.jitter);
      if (!verdict.retry) dead.push(message);
      else retryAt.set(verdict.delayMs, [...(retryAt.get(verdict.delayMs) ?? []), message.recipient]);
    }
    for (const [delayMs, recipients] of retryAt) {
      await markRetry(
        trx,
        outcome.payloadId,
        recipients,
        outcome.owner,
        new Date(outcome.now.getTime() + delayMs),
        result.error,
      );
      summary.retried += recipients.length;
    }
    if (dead.length > 0) {
      await markDead(
        trx,
        outcome.payloadId,
        dead.map((m) => m.recipient),
        outcome.owner,
        result.error,
      );
      await audit(trx, outcome, 'warning.message.failed', dead, { error: result.error, permanent: result.permanent });
      summary.dead += dead.length;
    }
  });
}

async function audit(
  trx: Kysely<Database>,
  outcome: Outcome,
  action: string,
  messages: readonly ClaimedMessage[],
  detail: Record<string, unknown>,
): Promise<void> {
  const payload = outcome.payload;
  const single =
    messages.length === 1 && payload && outcome.kind !== 'sms'
      ? { idempotencyKey: idempotencyKey(payload.identifier, payload.endpointId, messages[0]!.recipient) }
      : {};
  await appendAudit(trx, {
    at: outcome.now.toISOString(),
    actor: 'dispatcher',
    action,
    subjectType: 'warning_message',
    subjectId: payload?.warningId ?? outcome.payloadId,
    payload: {
      identifier: payload?.identifier ?? null,
      endpoint: outcome.endpointId,
      kind: outcome.kind,
      purpose: payload?.purpose ?? null,
      // Phones stay out of the audit log: an SMS batch is recorded by its size.
      messages: messages.length,
      attempts: Math.max(...messages.map((m) => m.attempts)),
      dispatcher: outcome.owner,
      ...single,
      ...detail,
    },
  });
}

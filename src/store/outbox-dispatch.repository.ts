import type { Kysely } from 'kysely';
import type { MessageContent } from '../alerts/dissemination/channel-texts.ts';
import { isPostgres } from './database.ts';
import type { Database } from './schema.ts';

export interface ClaimedMessage {
  payloadId: string;
  recipient: string;
  /** Counting this one. */
  attempts: number;
}

/**
 * Claims up to `limit` due messages of one endpoint for `owner` until `leaseUntil`: the lease is written as the
 * message's next attempt time, so no other dispatcher sees it as due while this one sends, and if this one dies
 * it becomes due again when the lease runs out. On PostgreSQL the rows are picked `FOR UPDATE SKIP LOCKED`, so
 * two dispatchers claiming at once take different rows; SQLite runs one write at a time, so the single UPDATE
 * is the whole claim. The attempt is counted at the claim: a dispatcher that dies mid-send has spent it.
 */
export async function claimDueMessages(
  db: Kysely<Database>,
  claim: { endpointId: string; owner: string; now: Date; leaseUntil: Date; limit: number },
): Promise<ClaimedMessage[]> {
  const now = claim.now.toISOString();
  const rows = await db
    // Materialised, so the rows are picked (and on PostgreSQL locked) once: a subquery run again for each row
    // would skip the rows this very statement has just updated and claim more than the limit.
    .with(
      (cte) => cte('due').materialized(),
      (qb) => {
        const due = qb
          .selectFrom('outbox_messages')
          .select(['payload_id', 'recipient'])
          .where('status', '=', 'pending')
          .where('endpoint_id', '=', claim.endpointId)
          .where('next_attempt_at', '<=', now)
          .orderBy('next_attempt_at')
          .limit(claim.limit);
        return isPostgres(db) ? due.forUpdate().skipLocked() : due;
      },
    )
    .updateTable('outbox_messages')
    .from('due')
    .set((eb) => ({
      attempts: eb('outbox_messages.attempts', '+', 1),
      claimed_by: claim.owner,
      next_attempt_at: claim.leaseUntil.toISOString(),
    }))
    .whereRef('outbox_messages.payload_id', '=', 'due.payload_id')
    .whereRef('outbox_messages.recipient', '=', 'due.recipient')
    // Checked again on the row itself: the pick's snapshot may be older than a concurrent claim.
    .where('outbox_messages.status', '=', 'pending')
    .where('outbox_messages.next_attempt_at', '<=', now)
    .returning(['outbox_messages.payload_id', 'outbox_messages.recipient', 'outbox_messages.attempts'])
    .execute();
  return rows.map((row) => ({ payloadId: row.payload_id, recipient: row.recipient, attempts: Number(row.attempts) }));
}

export interface StoredPayload {
  id: string;
  warningId: string;
  identifier: string;
  endpointId: string;
  kind: string;
  purpose: string;
  content: MessageContent;
}

export async function payloadById(db: Kysely<Database>, id: string): Promise<StoredPayload | undefined> {
  const row = await db.selectFrom('outbox_payloads').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    warningId: row.warning_id,
    identifier: row.identifier,
    endpointId: row.endpoint_id,
    kind: row.kind,
    purpose: row.purpose,
    content: JSON.parse(row.content) as MessageContent,
  };
}

// One parameter a recipient, plus a few: well under SQLite's 32,766.
const recipientsPerStatement = 10_000;

async function forChunks(recipients: readonly string[], each: (chunk: string[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < recipients.length; start += recipientsPerStatement) {
    await each(recipients.slice(start, start + recipientsPerStatement));
  }
}

/**
 * Marks messages sent with the receiver's receipt. Whoever holds the claim now, and even if another dispatcher
 * has since given the message up, it did go out: the receipt is the truth. (Not "status = 'pending'": that
 * would let PostgreSQL, before it has statistics of a freshly queued city, walk the pending index instead of
 * the primary key.)
 */
export async function markSent(
  trx: Kysely<Database>,
  payloadId: string,
  recipients: readonly string[],
  at: Date,
  receipt: string,
): Promise<void> {
  await forChunks(recipients, (chunk) =>
    trx
      .updateTable('outbox_messages')
      .set({ status: 'sent', sent_at: at.toISOString(), receipt, claimed_by: null, last_error: null })
      .where('payload_id', '=', payloadId)
      .where('recipient', 'in', chunk)
      .where('status', '<>', 'sent')
      .execute(),
  );
}

/**
 * Schedules another attempt, if this dispatcher still holds the claim: `claimed_by` is set only on a pending
 * message while it is claimed, so a later claimant's decision stands.
 */
export async function markRetry(
  trx: Kysely<Database>,
  payloadId: string,
  recipients: readonly string[],
  owner: string,
  nextAt: Date,
  error: string,
): Promise<void> {
  await forChunks(recipients, (chunk) =>
    trx
      .updateTable('outbox_messages')
      .set({ next_attempt_at: nextAt.toISOString(), last_error: error, claimed_by: null })
      .where('payload_id', '=', payloadId)
      .where('recipient', 'in', chunk)
      .where('claimed_by', '=', owner)
      .execute(),
  );
}

/** Gives messages up ("dead"): they stay in the outbox for `outbox status` and can be queued again. */
export async function markDead(
  trx: Kysely<Database>,
  payloadId: string,
  recipients: readonly string[],
  owner: string,
  error: string,
): Promise<void> {
  await forChunks(recipients, (chunk) =>
    trx
      .updateTable('outbox_messages')
      .set({ status: 'dead', last_error: error, claimed_by: null })
      .where('payload_id', '=', payloadId)
      .where('recipient', 'in', chunk)
      .where('claimed_by', '=', owner)
      .execute(),
  );
}

import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { OutboxStatus } from './tables/outbox.ts';

export interface OutboxCount {
  endpointId: string;
  status: OutboxStatus;
  messages: number;
  /** Pending: the earliest next attempt; sent: the latest send. */
  at: string | null;
}

/** Messages by endpoint and status, of the whole outbox or of one warning message (`warningId`). */
export async function outboxCounts(db: Kysely<Database>, warningId?: string): Promise<OutboxCount[]> {
  let query = db.selectFrom('outbox_messages');
  if (warningId !== undefined) {
    // Through the payloads of that warning: the messages' primary key starts with the payload id.
    query = query.where(
      'payload_id',
      'in',
      db.selectFrom('outbox_payloads').select('id').where('warning_id', '=', warningId),
    );
  }
  const rows = await query
    .select((eb) => [
      'endpoint_id',
      'status',
      eb.fn.countAll<number>().as('messages'),
      eb.fn.min('next_attempt_at').as('next_at'),
      eb.fn.max('sent_at').as('sent_at'),
    ])
    .groupBy(['endpoint_id', 'status'])
    .orderBy('endpoint_id')
    .orderBy('status')
    .execute();
  return rows.map((row) => ({
    endpointId: row.endpoint_id,
    status: row.status,
    messages: Number(row.messages),
    at: row.status === 'pending' ? row.next_at : row.status === 'sent' ? row.sent_at : null,
  }));
}

/** Pending messages by endpoint (through the pending-only index). */
export async function pendingByEndpoint(db: Kysely<Database>): Promise<{ endpointId: string; messages: number }[]> {
  const rows = await db
    .selectFrom('outbox_messages')
    .select((eb) => ['endpoint_id', eb.fn.countAll<number>().as('messages')])
    .where('status', '=', 'pending')
    .groupBy('endpoint_id')
    .execute();
  return rows.map((row) => ({ endpointId: row.endpoint_id, messages: Number(row.messages) }));
}

/** The last errors of given-up messages, one per endpoint and error. */
export async function deadErrors(
  db: Kysely<Database>,
): Promise<{ endpointId: string; error: string; messages: number }[]> {
  const rows = await db
    .selectFrom('outbox_messages')
    .select((eb) => [
      'endpoint_id',
      sql<string>`coalesce(last_error, '')`.as('error'),
      eb.fn.countAll<number>().as('messages'),
    ])
    .where('status', '=', 'dead')
    .groupBy(['endpoint_id', 'last_error'])
    .orderBy('endpoint_id')
    .execute();
  return rows.map((row) => ({ endpointId: row.endpoint_id, error: row.error, messages: Number(row.messages) }));
}

/** Puts given-up messages back in the queue, due now, with their attempts reset. Returns how many. */
export async function requeueDead(db: Kysely<Database>, now: Date, endpointId?: string): Promise<number> {
  let query = db
    .updateTable('outbox_messages')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now.toISOString(), claimed_by: null })
    .where('status', '=', 'dead');
  if (endpointId) query = query.where('endpoint_id', '=', endpointId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Deletes messages sent before `before`, and the payloads left with no message: the audit log keeps each send's
 * receipt, so a city-wide warning's 2.3 million rows need not stay for ever. Pending and dead messages stay.
 */
export async function pruneSent(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('outbox_messages')
    .where('status', '=', 'sent')
    .where('sent_at', '<', before.toISOString())
    .executeTakeFirst();
  await db
    .deleteFrom('outbox_payloads')
    .where('created_at', '<', before.toISOString())
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('outbox_messages')
            .select('payload_id')
            .whereRef('outbox_messages.payload_id', '=', 'outbox_payloads.id'),
        ),
      ),
    )
    .execute();
  return Number(result.numDeletedRows);
}

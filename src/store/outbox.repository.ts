import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { AreaFilter } from '../alerts/dissemination/area.ts';
import { isPostgres } from './database.ts';
import type { Database } from './schema.ts';
import type { OutboxPayloadsTable } from './tables/outbox.ts';

export type NewPayload = OutboxPayloadsTable;

// Seven parameters a row: 4,000 rows stay under SQLite's 32,766 parameters per statement.
const messagesPerStatement = 4_000;

/**
 * Writes the payloads that are not there yet and returns their ids. A payload already there was committed with
 * all its messages, so the caller queues messages only for the new ones: committing a warning twice sends
 * nothing twice, without a conflict check on each of millions of rows.
 */
export async function insertNewPayloads(trx: Kysely<Database>, payloads: readonly NewPayload[]): Promise<Set<string>> {
  if (payloads.length === 0) return new Set();
  const rows = await trx
    .insertInto('outbox_payloads')
    .values([...payloads])
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** Queues one message per recipient of a payload, due at `now`. */
export async function insertMessages(
  trx: Kysely<Database>,
  payload: { id: string; endpointId: string; recipients: readonly string[] },
  now: Date,
): Promise<number> {
  for (let start = 0; start < payload.recipients.length; start += messagesPerStatement) {
    await trx
      .insertInto('outbox_messages')
      .values(
        payload.recipients.slice(start, start + messagesPerStatement).map((recipient) => ({
          payload_id: payload.id,
          endpoint_id: payload.endpointId,
          recipient,
          status: 'pending' as const,
          attempts: 0,
          next_attempt_at: now.toISOString(),
        })),
      )
      .execute();
  }
  return payload.recipients.length;
}

/**
 * Queues one message per subscriber in the area in a single `INSERT … SELECT`: the rows never pass through the
 * application, which is what lets a city of 2.3 million be queued inside the warning's transaction.
 */
export async function insertSmsMessagesForArea(
  trx: Kysely<Database>,
  payload: { id: string; endpointId: string; area: AreaFilter },
  now: Date,
): Promise<number> {
  const { codes, prefixes } = payload.area;
  if (codes.length === 0 && prefixes.length === 0) return 0;
  const result = await trx
    .insertInto('outbox_messages')
    .columns(['payload_id', 'endpoint_id', 'recipient', 'status', 'attempts', 'next_attempt_at'])
    .expression((eb) =>
      eb
        .selectFrom('sms_subscribers')
        .select([
          sql<string>`cast(${payload.id} as text)`.as('payload_id'),
          sql<string>`cast(${payload.endpointId} as text)`.as('endpoint_id'),
          'phone',
          sql.lit('pending').as('status'),
          sql.lit(0).as('attempts'),
          sql<string>`cast(${now.toISOString()} as text)`.as('next_attempt_at'),
        ])
        .where((w) => {
          const any: Expression<SqlBool>[] = [];
          if (codes.length > 0) any.push(w('division_code', 'in', codes));
          for (const prefix of prefixes)
            any.push(w(w.fn('substr', ['division_code', sql.lit(1), sql.lit(prefix.length)]), '=', prefix));
          return w.or(any);
        }),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/**
 * Refreshes PostgreSQL's statistics of the outbox after a bulk queueing, in the same transaction: the dispatcher
 * starts on the new rows at once, long before autovacuum would look, and plans made from the statistics of a
 * near-empty table can walk millions of rows per batch. SQLite's planner needs no statistics for these queries.
 */
export async function refreshOutboxStatistics(trx: Kysely<Database>): Promise<void> {
  if (isPostgres(trx)) await sql`analyze outbox_messages`.execute(trx);
}

import type { Kysely } from 'kysely';
import { ChainVerifier, chainEntry, type AuditEntry, type AuditEvent, type ChainVerdict } from '../audit/chain.ts';
import { isPostgres } from './database.ts';
import type { Database } from './schema.ts';
import type { AuditLogTable } from './tables/audit-and-access.ts';

export function toEntry(row: AuditLogTable): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    payload: JSON.parse(row.payload) as unknown,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * Appends one entry to the hash-chained log. Call it inside the transaction of the change it records, so the
 * change and its record commit or fail together. The head row is locked first: on PostgreSQL that serialises
 * concurrent writers; SQLite serialises write transactions itself.
 */
export async function appendAudit(trx: Kysely<Database>, event: AuditEvent): Promise<AuditEntry> {
  const headQuery = trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1);
  const head = await (isPostgres(trx) ? headQuery.forUpdate() : headQuery).executeTakeFirstOrThrow();
  const entry = chainEntry(Number(head.seq) === 0 ? undefined : { seq: Number(head.seq), hash: head.hash }, event);
  await trx
    .insertInto('audit_log')
    .values({
      seq: entry.seq,
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      payload: JSON.stringify(entry.payload ?? null),
      prev_hash: entry.prevHash,
      hash: entry.hash,
    })
    .execute();
  await trx.updateTable('audit_head').set({ seq: entry.seq, hash: entry.hash }).where('id', '=', 1).execute();
  return entry;
}

export async function auditTrail(db: Kysely<Database>, subjectType: string, subjectId: string): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .orderBy('seq')
    .execute();
  return rows.map(toEntry);
}

/** Reads the log page by page (it may be long) and checks every link; names the first entry that fails. */
export async function verifyAuditLog(db: Kysely<Database>, pageSize = 2000): Promise<ChainVerdict> {
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  const verifier = new ChainVerifier();
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) break;
    if (!rows.every((row) => verifier.push(toEntry(row)))) break;
    after = Number(rows.at(-1)!.seq);
  }
  return verifier.finish({ seq: Number(head.seq), hash: head.hash });
}

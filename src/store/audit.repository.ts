import type { Kysely } from 'kysely';
import { entryMac, headMac } from '../audit/anchor.ts';
import { ChainVerifier, chainEntry, type AuditEntry, type AuditEvent, type ChainVerdict } from '../audit/chain.ts';
import { isPostgres } from './database.ts';
import { after, pageOf, type Page, type PageRequest } from './pagination.ts';
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
    mac: row.mac,
  };
}

// The audit key of this process (docs/ARCHITECTURE.md, "Audit anchor"): read from outside the database at start.
let auditKey: Buffer | null = null;

/** Sets the key every entry appended from now on is anchored with; null appends unanchored entries. */
export function useAuditKey(key: Buffer | null): void {
  auditKey = key;
}

export function currentAuditKey(): Buffer | null {
  return auditKey;
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
      mac: auditKey && entryMac(auditKey, entry.hash),
    })
    .execute();
  await trx
    .updateTable('audit_head')
    .set({ seq: entry.seq, hash: entry.hash, mac: auditKey && headMac(auditKey, entry.seq, entry.hash) })
    .where('id', '=', 1)
    .execute();
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

/**
 * Reads the log page by page (it may be long) and checks every link, and with a key every anchor; names the first
 * entry that fails.
 */
export async function verifyAuditLog(
  db: Kysely<Database>,
  options: { key?: Buffer | null; pageSize?: number } = {},
): Promise<ChainVerdict> {
  const pageSize = options.pageSize ?? 2000;
  const head = await db
    .selectFrom('audit_head')
    .select(['seq', 'hash', 'mac'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  const verifier = new ChainVerifier(options.key ?? undefined);
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
  return verifier.finish({ seq: Number(head.seq), hash: head.hash, mac: head.mac });
}

/** Entries written before the key was configured: they carry no anchor yet. */
export async function unanchoredEntries(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('mac', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Anchors every entry written without a key, and the head (`nuancheng audit anchor`): the key holder's act, after
 * checking the chain, that vouches for the history as it stands. Run in one transaction with its own audit entry.
 */
export async function anchorUnanchored(trx: Kysely<Database>, key: Buffer, pageSize = 2000): Promise<number> {
  let anchored = 0;
  for (;;) {
    const rows = await trx
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .where('mac', 'is', null)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      await trx
        .updateTable('audit_log')
        .set({ mac: entryMac(key, row.hash) })
        .where('seq', '=', row.seq)
        .execute();
    }
    anchored += rows.length;
  }
  const head = await trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  await trx
    .updateTable('audit_head')
    .set({ mac: headMac(key, Number(head.seq), head.hash) })
    .where('id', '=', 1)
    .execute();
  return anchored;
}

/** The audit trail of one subject, oldest first, a page at a time. */
export async function pageAuditTrail(
  db: Kysely<Database>,
  subjectType: string,
  subjectId: string,
  page: PageRequest,
): Promise<Page<AuditEntry>> {
  let query = db
    .selectFrom('audit_log')
    .selectAll()
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId);
  if (page.cursor) query = query.where(after(['seq', 'subject_id'], 'asc', page.cursor));
  const rows = await query
    .orderBy('seq')
    .limit(page.limit + 1)
    .execute();
  return pageOf(rows, page.limit, (row) => [Number(row.seq), row.subject_id], toEntry);
}

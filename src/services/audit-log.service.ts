import type { Kysely } from 'kysely';
import type { Actor } from '../access/roles.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import type { AuditEntry } from '../audit/chain.ts';
import { auditPage } from '../store/audit-list.repository.ts';
import type { Database } from '../store/schema.ts';
import { checkOperation } from './access-check.ts';

export interface AuditListQuery {
  limit: number;
  cursor?: string;
  action?: string;
  subjectType?: string;
  actor?: string;
}

/** The cursor is the last seq of the page, opaque to clients (base64url of `seq:N`). */
function decodeCursor(cursor: string): number {
  const match = /^seq:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new WorkflowError('invalid', 'bad_cursor', 'cursor: not a cursor this list gave', null, 'cursor');
  return Number(match[1]);
}

function encodeCursor(seq: number): string {
  return Buffer.from(`seq:${seq}`, 'utf8').toString('base64url');
}

/** The audit log, newest first, a page at a time, for the command and the administrator. */
export async function listAuditEntries(
  db: Kysely<Database>,
  actor: Actor,
  query: AuditListQuery,
): Promise<{ items: AuditEntry[]; next: string | null }> {
  checkOperation(actor, 'audit.read');
  const page = await auditPage(db, {
    limit: query.limit,
    ...(query.cursor ? { beforeSeq: decodeCursor(query.cursor) } : {}),
    ...(query.action ? { actionPrefix: query.action } : {}),
    ...(query.subjectType ? { subjectType: query.subjectType } : {}),
    ...(query.actor ? { actor: query.actor } : {}),
  });
  const last = page.entries.at(-1);
  return { items: page.entries, next: page.more && last ? encodeCursor(last.seq) : null };
}

import type { Kysely } from 'kysely';
import type { AuditEntry } from '../audit/chain.ts';
import { toEntry } from './audit.repository.ts';
import type { Database } from './schema.ts';

/**
 * The audit log newest first, `limit` entries older than `beforeSeq`, filtered in SQL by an action prefix
 * (`warning.` …), a subject type or an actor. One more row than asked tells whether a next page exists.
 */
export async function auditPage(
  db: Kysely<Database>,
  query: { limit: number; beforeSeq?: number; actionPrefix?: string; subjectType?: string; actor?: string },
): Promise<{ entries: AuditEntry[]; more: boolean }> {
  let select = db.selectFrom('audit_log').selectAll();
  if (query.beforeSeq !== undefined) select = select.where('seq', '<', query.beforeSeq);
  if (query.actionPrefix) select = select.where('action', 'like', `${query.actionPrefix.replace(/[%_\\]/g, '')}%`);
  if (query.subjectType) select = select.where('subject_type', '=', query.subjectType);
  if (query.actor) select = select.where('actor', '=', query.actor);
  const rows = await select
    .orderBy('seq', 'desc')
    .limit(query.limit + 1)
    .execute();
  return { more: rows.length > query.limit, entries: rows.slice(0, query.limit).map(toEntry) };
}

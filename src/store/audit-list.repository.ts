import type { Kysely } from 'kysely';
import type { AuditEntry } from '../audit/chain.ts';
import { toEntry } from './audit.repository.ts';
import { decodeCursor, pageOf, type Page, type PageRequest } from './pagination.ts';
import type { Database } from './schema.ts';

export interface AuditLogFilter {
  /** An action or its prefix (`warning.`, `response.order`). */
  actionPrefix?: string;
  subjectType?: string;
  /** As recorded: `dutyOfficer:zhang`. */
  actor?: string;
}

/**
 * The whole audit log newest first, a page at a time, filtered in SQL by an action prefix, a subject type or an
 * actor. The cursor is the last entry's sequence number (unique, so it needs no tiebreaker).
 */
export async function pageAuditLog(
  db: Kysely<Database>,
  filter: AuditLogFilter,
  page: PageRequest,
): Promise<Page<AuditEntry>> {
  let select = db.selectFrom('audit_log').selectAll();
  if (page.cursor) select = select.where('seq', '<', Number(decodeCursor(page.cursor)[0]));
  if (filter.actionPrefix) select = select.where('action', 'like', `${filter.actionPrefix.replace(/[%_\\]/g, '')}%`);
  if (filter.subjectType) select = select.where('subject_type', '=', filter.subjectType);
  if (filter.actor) select = select.where('actor', '=', filter.actor);
  const rows = await select
    .orderBy('seq', 'desc')
    .limit(page.limit + 1)
    .execute();
  return pageOf(rows, page.limit, (row) => [Number(row.seq), ''], toEntry);
}

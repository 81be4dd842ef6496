import type { Principal } from '../access/principal.ts';
import type { AuditEntry } from '../audit/chain.ts';
import { pageAuditLog, type AuditLogFilter } from '../store/audit-list.repository.ts';
import type { ServiceContext } from './context.ts';
import type { Page, PageRequest } from './pagination.ts';
import { read } from './use-case.ts';

/** The audit log, newest first, a page at a time, for the command and the administrator (the console's 审计). */
export async function listAuditEntries(
  ctx: ServiceContext,
  principal: Principal,
  query: AuditLogFilter & PageRequest,
): Promise<Page<AuditEntry>> {
  const { limit, cursor, ...filter } = query;
  return read(ctx, principal, 'audit.read', (db) => pageAuditLog(db, filter, { limit, cursor }));
}

import type { Principal } from '../access/principal.ts';
import type { AuditEntry, ChainVerdict } from '../audit/chain.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import {
  anchorUnanchored,
  currentAuditKey,
  pageAuditTrail,
  unanchoredEntries,
  verifyAuditLog,
} from '../store/audit.repository.ts';
import type { ServiceContext } from './context.ts';
import type { Page, PageRequest } from './pagination.ts';
import { change, read } from './use-case.ts';

export type { AuditEntry, ChainVerdict } from '../audit/chain.ts';

export async function auditTrailOf(
  ctx: ServiceContext,
  principal: Principal,
  query: { subjectType: string; subjectId: string } & PageRequest,
): Promise<Page<AuditEntry>> {
  return read(ctx, principal, 'audit.read', (db) => pageAuditTrail(db, query.subjectType, query.subjectId, query));
}

export type AuditVerdict = ChainVerdict & {
  /** Whether the anchors were checked too (an audit key is configured); without one the chain is checked for consistency only. */
  anchored: boolean;
};

/** Checks every link of the chain, and with the audit key every anchor; names the first entry that fails. */
export async function verifyAudit(ctx: ServiceContext, principal: Principal): Promise<AuditVerdict> {
  const key = currentAuditKey();
  return read(ctx, principal, 'audit.verify', async (db) => ({
    ...(await verifyAuditLog(db, { key })),
    anchored: key !== null,
  }));
}

/** How many entries were written without the key (they are named by verify until anchored). */
export async function unanchoredCount(ctx: ServiceContext): Promise<number> {
  return unanchoredEntries(ctx.store.db);
}

/**
 * The key holder anchors the entries written before the key was configured: only after the chain checks out
 * link by link, and recorded in the chain itself.
 */
export async function anchorAudit(ctx: ServiceContext, principal: Principal): Promise<{ anchored: number }> {
  const key = currentAuditKey();
  if (!key)
    throw new WorkflowError(
      'invalid',
      'no_audit_key',
      '未配置审计密钥(NUANCHENG_AUDIT_KEY 或 NUANCHENG_AUDIT_KEY_FILE),无法锚定审计链',
    );
  return change(ctx, principal, 'audit.anchor', async ({ trx, audit }) => {
    const verdict = await verifyAuditLog(trx);
    if (!verdict.ok)
      throw new WorkflowError(
        'conflict',
        'audit_broken',
        `审计链在第 ${verdict.firstBad.seq} 条已损坏(${verdict.firstBad.reason}),不能锚定`,
      );
    const anchored = await anchorUnanchored(trx, key);
    await audit({ action: 'audit.anchored', subjectType: 'audit', subjectId: 'chain', payload: { anchored } });
    return { anchored };
  });
}

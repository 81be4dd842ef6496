import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/roles.ts';
import type { Level } from '../plans/common.schema.ts';
import type { HazardKey } from '../plans/meteo/hazards.schema.ts';
import { rejectProposal, signProposal, type ResponseState } from '../response/decisions.ts';
import { draftProposal, type ProposalRequest } from '../response/proposals.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import { appendAudit } from '../store/audit.repository.ts';
import {
  activeResponse,
  toOrder,
  toProposal,
  toResponse,
  type OrderRecord,
  type ProposalRecord,
  type ResponseRecord,
} from '../store/response.repository.ts';
import type { Database } from '../store/schema.ts';
import { actorName, type WorkflowContext } from './workflow-context.ts';

function stateOf(response: ResponseRecord | undefined): ResponseState {
  return response
    ? { level: response.level, highestLevel: response.highestLevel, hazards: response.hazards }
    : { level: null, highestLevel: null, hazards: [] };
}

/**
 * Records a proposal (4.3: 市人影指挥部提出启动(解除)建议). A proposal of a change that is already pending returns
 * the pending one (`created: false`): two duty officers looking at one situation make one proposal.
 */
export async function propose(
  ctx: WorkflowContext,
  actor: Actor | 'system',
  request: ProposalRequest,
): Promise<{ proposal: ProposalRecord; created: boolean }> {
  const { plan, version, contentHash } = ctx.meteo;
  return ctx.db.transaction().execute(async (trx) => {
    const current = await activeResponse(trx);
    const draft = draftProposal(plan, current?.level ?? null, request, actor);
    const id = randomUUID();
    const at = ctx.now().toISOString();
    const basis = draft.basis;
    const inserted = await trx
      .insertInto('proposals')
      .values({
        id,
        response_id: current?.id ?? null,
        order_kind: draft.orderKind,
        from_level: draft.fromLevel,
        to_level: draft.toLevel,
        hazards: JSON.stringify(draft.hazards),
        source: basis.source,
        assessment_id: basis.source === 'grading' ? basis.assessmentId : null,
        justification: basis.source === 'grading' ? null : (basis.justification?.trim() ?? null),
        source_reference: basis.source === 'regionResponse' ? basis.sourceReference.trim() : null,
        condition_clause: draft.conditionClause,
        signer_role: draft.signer.role,
        proposed_by: actorName(actor),
        proposed_at: at,
        status: 'pending',
        pending_key: draft.pendingKey,
        decided_by: null,
        decided_at: null,
        rejection_reason: null,
        plan_version: version,
        plan_hash: contentHash,
      })
      .onConflict((oc) => oc.column('pending_key').doNothing())
      .executeTakeFirst();

    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
      const existing = await trx
        .selectFrom('proposals')
        .selectAll()
        .where('pending_key', '=', draft.pendingKey)
        .executeTakeFirstOrThrow();
      return { proposal: toProposal(existing), created: false };
    }
    const row = await trx.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    await appendAudit(trx, {
      at,
      actor: actorName(actor),
      action: 'proposal.created',
      subjectType: 'proposal',
      subjectId: id,
      payload: {
        orderKind: draft.orderKind,
        fromLevel: draft.fromLevel,
        toLevel: draft.toLevel,
        hazards: draft.hazards,
        basis,
        clause: draft.conditionClause,
        planVersion: version,
        planHash: contentHash,
      },
    });
    return { proposal: toProposal(row), created: true };
  });
}

async function lockedProposal(trx: Kysely<Database>, id: string): Promise<ProposalRecord> {
  const row = await trx.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new WorkflowError('not-found', 'proposal_not_found', `no proposal ${id}`);
  return toProposal(row);
}

/** Marks a pending proposal decided, only if it is still pending: of two signers at once, one wins. */
async function closeProposal(
  trx: Kysely<Database>,
  proposal: ProposalRecord,
  status: 'signed' | 'rejected',
  actor: Actor,
  at: string,
  reason: string | null,
): Promise<void> {
  const result = await trx
    .updateTable('proposals')
    .set({ status, pending_key: null, decided_by: actorName(actor), decided_at: at, rejection_reason: reason })
    .where('id', '=', proposal.id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1)
    throw new WorkflowError('conflict', 'not_pending', 'this proposal was decided by someone else a moment ago');
}

/**
 * Signs a proposal into an order and carries it out in one transaction: the response changes level (or starts,
 * or ends), member units get their tasks, the reports the plan requires fall due, other pending proposals made
 * for the old state are superseded, and every change is in the audit log.
 */
export async function signOrder(
  ctx: WorkflowContext,
  proposalId: string,
  actor: Actor,
): Promise<{ order: OrderRecord; response: ResponseRecord }> {
  const { plan, version, contentHash, id: planId } = ctx.meteo;
  return ctx.db.transaction().execute(async (trx) => {
    const proposal = await lockedProposal(trx, proposalId);
    const current = await activeResponse(trx);
    const signedAt = ctx.now();
    const at = signedAt.toISOString();
    const order = signProposal(plan, proposal, stateOf(current), actor, signedAt);
    await closeProposal(trx, proposal, 'signed', actor, at, null);

    const responseId = current?.id ?? randomUUID();
    if (!current) {
      await trx
        .insertInto('responses')
        .values({
          id: responseId,
          plan_id: planId,
          plan_version: version,
          plan_hash: contentHash,
          level: order.next.level,
          highest_level: order.next.highestLevel ?? order.next.level!,
          hazards: JSON.stringify(order.next.hazards),
          status: 'active',
          active_key: 'city',
          started_at: at,
          ended_at: null,
        })
        .execute();
    } else {
      const ended = order.next.level === null;
      await trx
        .updateTable('responses')
        .set({
          level: order.next.level,
          highest_level: order.next.highestLevel!,
          hazards: JSON.stringify(order.next.hazards),
          status: ended ? 'ended' : 'active',
          active_key: ended ? null : 'city',
          ended_at: ended ? at : null,
        })
        .where('id', '=', responseId)
        .execute();
    }

    const orderId = randomUUID();
    const orderRow = {
      id: orderId,
      response_id: responseId,
      proposal_id: proposal.id,
      kind: order.kind,
      from_level: order.fromLevel,
      to_level: order.toLevel,
      title: order.title,
      signer_role: order.signerRole,
      signed_by: actorName(actor),
      signed_at: at,
      clause: order.clause,
      plan_version: version,
      plan_hash: contentHash,
    };
    await trx.insertInto('orders').values(orderRow).execute();
    await trx.updateTable('proposals').set({ response_id: responseId }).where('id', '=', proposal.id).execute();
    await appendAudit(trx, {
      at,
      actor: actorName(actor),
      action: `order.${order.kind}`,
      subjectType: 'response',
      subjectId: responseId,
      payload: {
        orderId,
        proposalId: proposal.id,
        title: order.title,
        fromLevel: order.fromLevel,
        toLevel: order.toLevel,
        clause: order.clause,
        planVersion: version,
        planHash: contentHash,
      },
    });

    const superseded = await trx
      .updateTable('proposals')
      .set({ status: 'superseded', pending_key: null, decided_at: at })
      .where('status', '=', 'pending')
      .where('id', '!=', proposal.id)
      .returning('id')
      .execute();
    for (const { id } of superseded) {
      await appendAudit(trx, {
        at,
        actor: 'system',
        action: 'proposal.superseded',
        subjectType: 'proposal',
        subjectId: id,
        payload: { byOrder: orderId },
      });
    }

    if (order.tasks.length > 0 || order.next.level === null) {
      // A new level's tasks replace the open ones of the level before; an ended response closes them.
      await trx
        .updateTable('unit_tasks')
        .set({ status: order.next.level === null ? 'closed' : 'superseded' })
        .where('response_id', '=', responseId)
        .where('status', '=', 'open')
        .execute();
    }
    for (const task of order.tasks) {
      const taskId = randomUUID();
      await trx
        .insertInto('unit_tasks')
        .values({
          id: taskId,
          response_id: responseId,
          order_id: orderId,
          unit_id: task.unitId,
          unit_name: task.unitName,
          level: task.level,
          duties: JSON.stringify(task.duties),
          due_at: task.dueAt,
          status: 'open',
          acknowledged_by: null,
          acknowledged_at: null,
          escalated_at: null,
        })
        .execute();
    }
    if (order.tasks.length > 0) {
      await appendAudit(trx, {
        at,
        actor: 'system',
        action: 'tasks.assigned',
        subjectType: 'response',
        subjectId: responseId,
        payload: {
          orderId,
          level: order.toLevel,
          units: order.tasks.map((task) => task.unitId),
          dueAt: order.tasks[0]!.dueAt,
        },
      });
    }
    for (const obligation of order.obligations) {
      const obligationId = randomUUID();
      await trx
        .insertInto('report_obligations')
        .values({
          id: obligationId,
          response_id: responseId,
          order_id: orderId,
          kind: obligation.kind,
          to_bodies: JSON.stringify(obligation.to),
          due_at: obligation.dueAt,
          clause: obligation.clause,
          text: obligation.text,
          filed_at: null,
          filed_by: null,
          content: null,
        })
        .execute();
      await appendAudit(trx, {
        at,
        actor: 'system',
        action: 'report.due',
        subjectType: 'report',
        subjectId: obligationId,
        payload: {
          responseId,
          kind: obligation.kind,
          to: obligation.to,
          dueAt: obligation.dueAt,
          clause: obligation.clause,
        },
      });
    }
    const response = toResponse(
      await trx.selectFrom('responses').selectAll().where('id', '=', responseId).executeTakeFirstOrThrow(),
    );
    return { order: toOrder({ ...orderRow, proposal_id: proposal.id }), response };
  });
}

export async function rejectOrder(
  ctx: WorkflowContext,
  proposalId: string,
  actor: Actor,
  reason: string,
): Promise<ProposalRecord> {
  return ctx.db.transaction().execute(async (trx) => {
    const proposal = await lockedProposal(trx, proposalId);
    const current = await activeResponse(trx);
    rejectProposal(ctx.meteo.plan, proposal, stateOf(current), actor, reason);
    const at = ctx.now().toISOString();
    await closeProposal(trx, proposal, 'rejected', actor, at, reason.trim());
    await appendAudit(trx, {
      at,
      actor: actorName(actor),
      action: 'proposal.rejected',
      subjectType: 'proposal',
      subjectId: proposal.id,
      payload: { reason: reason.trim() },
    });
    return toProposal(
      await trx.selectFrom('proposals').selectAll().where('id', '=', proposal.id).executeTakeFirstOrThrow(),
    );
  });
}

export interface GradingOutcome {
  assessmentId: string;
  overall: { level: Level | null; hazards: HazardKey[] };
  /** The clause of each hazard at the overall level, in the order of `overall.hazards`. */
  clauses: string[];
}

/**
 * 4.2(1): a grading whose overall level differs from the response in force becomes a proposal by the system,
 * for the signer 4.3 names. Returns null when the grading agrees with the response (nothing to propose).
 */
export async function proposeFromGrading(
  ctx: WorkflowContext,
  outcome: GradingOutcome,
): Promise<{ proposal: ProposalRecord; created: boolean } | null> {
  const current = await activeResponse(ctx.db);
  if ((current?.level ?? null) === outcome.overall.level) return null;
  return propose(ctx, 'system', {
    targetLevel: outcome.overall.level,
    hazards: outcome.overall.level === null ? [] : outcome.overall.hazards,
    basis: { source: 'grading', assessmentId: outcome.assessmentId, gradingClauses: outcome.clauses },
  });
}

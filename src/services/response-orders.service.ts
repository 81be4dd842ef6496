import { randomUUID } from 'node:crypto';
import type { Principal } from '../access/principal.ts';
import { rejectProposal, signProposal, type ResponseState } from '../response/decisions.ts';
import { draftProposal, type ProposalRequest } from '../response/proposals.ts';
import { responseTarget } from '../response/target.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import type { AssessmentResult } from '../weather/grading/result.schema.ts';
import {
  activeResponse,
  findProposal,
  toObligation,
  toOrder,
  toTask,
  type ObligationRecord,
  type OrderRecord,
  type ProposalRecord,
  type ResponseRecord,
  type UnitTaskRecord,
} from '../store/response.repository.ts';
import {
  attachProposalToResponse,
  decideProposal,
  endOpenTasks,
  insertObligation,
  insertOrder,
  insertProposal,
  insertResponse,
  insertTask,
  pendingProposalByKey,
  responseById,
  supersedePendingProposals,
  updateResponse,
} from '../store/response-writes.repository.ts';
import { openWarnings, type CapStatusKept } from '../store/warnings.repository.ts';
import type { ServiceContext } from './context.ts';
import { change, coreActor, personOf, type Step } from './use-case.ts';

export type { OrderRecord, ProposalRecord, ResponseRecord } from '../store/response.repository.ts';

/** What a signed order did: the order, the response after it, the tasks it gave and the reports it made due. */
export interface SignedOrderRecord {
  order: OrderRecord;
  response: ResponseRecord;
  tasks: UnitTaskRecord[];
  obligations: ObligationRecord[];
}

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
  ctx: ServiceContext,
  principal: Principal,
  request: ProposalRequest,
): Promise<{ proposal: ProposalRecord; created: boolean }> {
  const { plan, version, contentHash } = ctx.plans.meteo();
  return change(
    ctx,
    principal,
    'proposals.create',
    async ({ trx, at, actor, audit }) => {
      const current = await activeResponse(trx);
      const draft = draftProposal(plan, current?.level ?? null, request, coreActor(principal));
      const id = randomUUID();
      const basis = draft.basis;
      const inserted = await insertProposal(trx, {
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
        proposed_by: actor,
        proposed_at: at.toISOString(),
        status: 'pending',
        pending_key: draft.pendingKey,
        decided_by: null,
        decided_at: null,
        rejection_reason: null,
        plan_version: version,
        plan_hash: contentHash,
      });
      if (!inserted) return { proposal: await pendingProposalByKey(trx, draft.pendingKey), created: false };
      await audit({
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
      return { proposal: (await findProposal(trx, id))!, created: true };
    },
    { facts: { basis: request.basis.source } },
  );
}

async function proposalToDecide(step: Step, id: string) {
  const proposal = await findProposal(step.trx, id);
  if (!proposal) throw new WorkflowError('not-found', 'proposal_not_found', `没有编号为 ${id} 的建议`);
  const current = await activeResponse(step.trx);
  step.allow({ proposal, currentLevel: current?.level ?? null });
  return { proposal, current };
}

async function closeProposal(
  step: Step,
  proposal: ProposalRecord,
  status: 'signed' | 'rejected',
  reason: string | null,
): Promise<void> {
  const closed = await decideProposal(step.trx, proposal.id, {
    status,
    decidedBy: step.actor,
    decidedAt: step.at.toISOString(),
    reason,
  });
  if (!closed) throw new WorkflowError('conflict', 'not_pending', '这项建议刚刚已由他人处理');
}

/** Writes what a signed order does: the response's new state, the order, the tasks and reports it starts. */
async function carryOut(
  step: Step,
  ctx: ServiceContext,
  proposal: ProposalRecord,
  current: ResponseRecord | undefined,
): Promise<SignedOrderRecord> {
  const { trx, at: signedAt, actor, audit } = step;
  const { plan, version, contentHash, id: planId } = ctx.plans.meteo();
  const at = signedAt.toISOString();
  const order = signProposal(plan, proposal, stateOf(current), personOf(step.principal), signedAt);
  await closeProposal(step, proposal, 'signed', null);

  const responseId = current?.id ?? randomUUID();
  const ended = order.next.level === null;
  if (!current) {
    await insertResponse(trx, {
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
    });
  } else {
    await updateResponse(trx, responseId, {
      level: order.next.level,
      highest_level: order.next.highestLevel!,
      hazards: JSON.stringify(order.next.hazards),
      status: ended ? 'ended' : 'active',
      active_key: ended ? null : 'city',
      ended_at: ended ? at : null,
    });
  }

  const orderRow = {
    id: randomUUID(),
    response_id: responseId,
    proposal_id: proposal.id,
    kind: order.kind,
    from_level: order.fromLevel,
    to_level: order.toLevel,
    title: order.title,
    signer_role: order.signerRole,
    signed_by: actor,
    signed_at: at,
    clause: order.clause,
    plan_version: version,
    plan_hash: contentHash,
  };
  await insertOrder(trx, orderRow);
  await attachProposalToResponse(trx, proposal.id, responseId);
  await audit({
    action: `order.${order.kind}`,
    subjectType: 'response',
    subjectId: responseId,
    payload: {
      orderId: orderRow.id,
      proposalId: proposal.id,
      title: order.title,
      fromLevel: order.fromLevel,
      toLevel: order.toLevel,
      clause: order.clause,
      planVersion: version,
      planHash: contentHash,
    },
  });
  for (const id of await supersedePendingProposals(trx, proposal.id, at)) {
    await audit({
      actor: 'system',
      action: 'proposal.superseded',
      subjectType: 'proposal',
      subjectId: id,
      payload: { byOrder: orderRow.id },
    });
  }

  // A new level's tasks replace the open ones of the level before; an ended response closes them.
  if (order.tasks.length > 0 || ended) await endOpenTasks(trx, responseId, ended ? 'closed' : 'superseded');
  const tasks: UnitTaskRecord[] = [];
  for (const task of order.tasks) {
    const row = {
      id: randomUUID(),
      response_id: responseId,
      order_id: orderRow.id,
      unit_id: task.unitId,
      unit_name: task.unitName,
      level: task.level,
      duties: JSON.stringify(task.duties),
      due_at: task.dueAt,
      status: 'open' as const,
      acknowledged_by: null,
      acknowledged_at: null,
      escalated_at: null,
    };
    await insertTask(trx, row);
    tasks.push(toTask(row));
  }
  if (order.tasks.length > 0) {
    await audit({
      actor: 'system',
      action: 'tasks.assigned',
      subjectType: 'response',
      subjectId: responseId,
      payload: {
        orderId: orderRow.id,
        level: order.toLevel,
        units: order.tasks.map((task) => task.unitId),
        dueAt: order.tasks[0]!.dueAt,
      },
    });
  }
  const obligations: ObligationRecord[] = [];
  for (const obligation of order.obligations) {
    const obligationId = randomUUID();
    const row = {
      id: obligationId,
      response_id: responseId,
      order_id: orderRow.id,
      kind: obligation.kind,
      to_bodies: JSON.stringify(obligation.to),
      due_at: obligation.dueAt,
      clause: obligation.clause,
      text: obligation.text,
      filed_at: null,
      filed_by: null,
      content: null,
    };
    await insertObligation(trx, row);
    obligations.push(toObligation(row));
    await audit({
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
  return { order: toOrder(orderRow), response: await responseById(trx, responseId), tasks, obligations };
}

/**
 * Signs a proposal into an order and carries it out in one transaction: the response changes level (or starts,
 * or ends), member units get their tasks, the reports the plan requires fall due, other pending proposals made
 * for the old state are superseded, and every change is in the audit log. Only the role 4.3/4.8 names signs.
 */
export async function signOrder(
  ctx: ServiceContext,
  principal: Principal,
  proposalId: string,
): Promise<SignedOrderRecord> {
  return change(ctx, principal, 'proposals.sign', async (step) => {
    const { proposal, current } = await proposalToDecide(step, proposalId);
    return carryOut(step, ctx, proposal, current);
  });
}

/** Rejects a proposal, with the reason; the one who would have signed it decides. */
export async function rejectOrder(
  ctx: ServiceContext,
  principal: Principal,
  proposalId: string,
  reason: string,
): Promise<ProposalRecord> {
  return change(ctx, principal, 'proposals.reject', async (step) => {
    const { proposal, current } = await proposalToDecide(step, proposalId);
    rejectProposal(ctx.plans.meteo().plan, proposal, stateOf(current), personOf(step.principal), reason);
    await closeProposal(step, proposal, 'rejected', reason.trim());
    await step.audit({
      action: 'proposal.rejected',
      subjectType: 'proposal',
      subjectId: proposal.id,
      payload: { reason: reason.trim() },
    });
    return (await findProposal(step.trx, proposal.id))!;
  });
}

/**
 * 4.2(1): a grading whose response target (src/response/target.ts: the highest level, a hazard without data
 * held at its warning's level) differs from the response in force becomes a proposal by the system, for the
 * signer 4.3 names. Returns null when the grading agrees with the response (nothing to propose).
 */
export async function proposeFromGrading(
  ctx: ServiceContext,
  principal: Principal,
  graded: { assessmentId: string; result: AssessmentResult; warnings: CapStatusKept },
): Promise<{ proposal: ProposalRecord; created: boolean } | null> {
  const plan = ctx.plans.meteo().plan;
  const db = ctx.store.db;
  const target = responseTarget(plan, graded.result, await openWarnings(db, graded.warnings));
  const current = await activeResponse(db);
  if ((current?.level ?? null) === target.level) return null;
  return propose(ctx, principal, {
    targetLevel: target.level,
    hazards: target.hazards,
    basis: {
      source: 'grading',
      assessmentId: graded.assessmentId,
      gradingClauses: target.hazards.map((hazard) => graded.result.hazards[hazard].clause),
    },
  });
}

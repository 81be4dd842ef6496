import { roleNamesZh, type Actor } from '../access/roles.ts';
import type { Level } from '../plans/common.schema.ts';
import type { HazardKey } from '../plans/meteo/hazards.schema.ts';
import type { MeteoPlan } from '../plans/meteo/index.ts';
import type { OrderKind } from '../plans/meteo/response.schema.ts';
import { reportObligations, unitTasks, type ReportObligationDraft, type UnitTaskDraft } from './effects.ts';
import { levelRank, levelZh } from './levels.ts';
import { describeOrder, requiredSigner } from './orders.ts';
import { WorkflowError } from './workflow-error.ts';

export type ProposalStatus = 'pending' | 'signed' | 'rejected' | 'superseded';

const statusZh: Record<ProposalStatus, string> = {
  pending: '待签',
  signed: '已签发',
  rejected: '已驳回',
  superseded: '已作废',
};

/** What the decision needs to know of a stored proposal. */
export interface PendingProposal {
  id: string;
  status: ProposalStatus;
  orderKind: OrderKind;
  fromLevel: Level | null;
  toLevel: Level | null;
  hazards: HazardKey[];
}

/** The city response as it stands: its level (null: none in force) and the highest level it reached. */
export interface ResponseState {
  level: Level | null;
  highestLevel: Level | null;
  hazards: HazardKey[];
}

export interface SignedOrder {
  kind: OrderKind;
  fromLevel: Level | null;
  toLevel: Level | null;
  title: string;
  signerRole: Actor['role'];
  clause: string;
  next: ResponseState;
  tasks: UnitTaskDraft[];
  obligations: ReportObligationDraft[];
}

function assertPendingAndCurrent(plan: MeteoPlan, proposal: PendingProposal, current: ResponseState): void {
  if (proposal.status !== 'pending') {
    throw new WorkflowError('conflict', 'not_pending', `这项建议已是 ${statusZh[proposal.status]} 状态`);
  }
  if (proposal.fromLevel !== current.level) {
    throw new WorkflowError(
      'conflict',
      'stale_proposal',
      `提出建议后应急响应已有变化(建议基于${levelZh(plan, proposal.fromLevel)},现为${levelZh(plan, current.level)}),请重新提出`,
    );
  }
}

function assertSigner(plan: MeteoPlan, proposal: PendingProposal, actor: Actor, doing: string): void {
  const signer = requiredSigner(plan, proposal.orderKind, proposal.fromLevel, proposal.toLevel);
  if (actor.role !== signer.role) {
    throw new WorkflowError(
      'forbidden',
      'wrong_signer',
      `「${describeOrder(plan, proposal.orderKind, proposal.fromLevel, proposal.toLevel)}」应由${signer.title}${doing},${roleNamesZh[actor.role]}不能${doing}`,
      signer.clause,
    );
  }
}

/**
 * Signs a pending proposal into an order (4.3, 4.8): only the role the plan names may sign, only while the
 * response is still at the level the proposal assumed. Returns the order, the response after it, the member
 * unit tasks it starts (activation, upgrade) and the reports it makes due.
 */
export function signProposal(
  plan: MeteoPlan,
  proposal: PendingProposal,
  current: ResponseState,
  actor: Actor,
  signedAt: Date,
): SignedOrder {
  assertPendingAndCurrent(plan, proposal, current);
  assertSigner(plan, proposal, actor, '签发');
  const { orderKind: kind, fromLevel, toLevel } = proposal;
  const hazards =
    toLevel === null
      ? current.hazards
      : [...new Set([...(kind === 'upgrade' ? current.hazards : []), ...proposal.hazards])];
  const highestLevel =
    levelRank(plan, toLevel) > levelRank(plan, current.highestLevel) ? toLevel : current.highestLevel;
  const signer = requiredSigner(plan, kind, fromLevel, toLevel);
  return {
    kind,
    fromLevel,
    toLevel,
    title: describeOrder(plan, kind, fromLevel, toLevel),
    signerRole: actor.role,
    clause: signer.orderClause,
    next: { level: toLevel, highestLevel: toLevel === null ? current.highestLevel : highestLevel, hazards },
    tasks: (kind === 'activate' || kind === 'upgrade') && toLevel ? unitTasks(plan, toLevel, hazards, signedAt) : [],
    obligations: reportObligations(plan, kind, toLevel, highestLevel, signedAt),
  };
}

/** Rejects a pending proposal; the one who would have signed it decides, and says why. */
export function rejectProposal(
  plan: MeteoPlan,
  proposal: PendingProposal,
  current: ResponseState,
  actor: Actor,
  reason: string,
): void {
  if (!reason.trim()) throw new WorkflowError('invalid', 'reason_required', '驳回需要写明理由', null, 'reason');
  if (proposal.status !== 'pending')
    throw new WorkflowError('conflict', 'not_pending', `这项建议已是 ${statusZh[proposal.status]} 状态`);
  if (proposal.fromLevel === current.level) assertSigner(plan, proposal, actor, '决定');
}

import { roleNamesZh, type Actor } from '../access/roles.ts';
import type { Level } from '../plans/common.schema.ts';
import type { HazardKey } from '../plans/meteo/hazards.schema.ts';
import type { MeteoPlan } from '../plans/meteo/index.ts';
import type { OrderKind } from '../plans/meteo/response.schema.ts';
import { orderKindFor, requiredSigner, type SignerRequirement } from './orders.ts';
import { WorkflowError } from './workflow-error.ts';

/** Where a proposal comes from (4.2): the grading, a person's overall assessment, or the region's response. */
export type ProposalBasis =
  | { source: 'grading'; assessmentId: string; gradingClauses: string[] }
  | { source: 'assessment'; justification: string }
  | { source: 'regionResponse'; sourceReference: string; justification?: string };

export interface ProposalRequest {
  targetLevel: Level | null;
  hazards: HazardKey[];
  basis: ProposalBasis;
}

export interface ProposalDraft {
  orderKind: OrderKind;
  fromLevel: Level | null;
  toLevel: Level | null;
  hazards: HazardKey[];
  basis: ProposalBasis;
  /** The 4.2 condition the proposal rests on. */
  conditionClause: string;
  signer: SignerRequirement;
  /**
   * One pending proposal per change of level: a second proposal of the same change (two duty officers looking
   * at the same situation) finds the first instead of adding another.
   */
  pendingKey: string;
}

const conditionKindOf = {
  grading: 'grading',
  assessment: 'majorImpactAssessment',
  regionResponse: 'regionResponse',
} as const;

/** The system itself proposes from the grading; people propose as the command's duty officer. */
export function mayPropose(actor: Actor | 'system', basis: ProposalBasis): boolean {
  if (actor === 'system') return basis.source === 'grading';
  return actor.role === 'dutyOfficer';
}

/**
 * Checks a proposal against the plan and the response as it stands: the 4.2 condition it rests on, the
 * justification 4.2(3) and 4.3 (综合评估) require, the source reference of a regional response, and the order it
 * would make. Throws a WorkflowError naming the clause when the plan does not allow it.
 */
export function draftProposal(
  plan: MeteoPlan,
  currentLevel: Level | null,
  request: ProposalRequest,
  actor: Actor | 'system',
): ProposalDraft {
  const { basis } = request;
  if (!mayPropose(actor, basis)) {
    throw new WorkflowError(
      'forbidden',
      'not_a_proposer',
      `应急响应建议由市人影指挥部值班员提出${actor === 'system' ? '' : `,${roleNamesZh[actor.role]}不能提出`}`,
      plan.response.decision.clause,
    );
  }
  const condition = plan.response.activation.conditions.find((entry) => entry.kind === conditionKindOf[basis.source]);
  if (!condition)
    throw new WorkflowError(
      'invalid',
      'no_condition',
      `预案中没有适用于 ${basis.source} 建议的启动条件`,
      plan.response.activation.clause,
    );

  const justification = basis.source === 'grading' ? undefined : basis.justification?.trim();
  const combinedAssessment = basis.source === 'assessment' && plan.response.multiHazard.combined.requiresJustification;
  if ((condition.requiresJustification || combinedAssessment) && !justification) {
    throw new WorkflowError(
      'invalid',
      'justification_required',
      '依据综合评估提出的建议需要书面说明理由',
      condition.clause,
      'justification',
    );
  }
  if (basis.source === 'regionResponse' && !basis.sourceReference.trim()) {
    throw new WorkflowError(
      'invalid',
      'source_reference_required',
      '依据自治区应急响应提出的建议须注明自治区的命令文号',
      condition.clause,
      'sourceReference',
    );
  }
  if (request.targetLevel !== null && request.hazards.length === 0) {
    throw new WorkflowError('invalid', 'hazards_required', '请写明应急响应针对的灾种', condition.clause, 'hazards');
  }

  const orderKind = orderKindFor(plan, currentLevel, request.targetLevel);
  return {
    orderKind,
    fromLevel: currentLevel,
    toLevel: request.targetLevel,
    hazards: [...new Set(request.hazards)],
    basis,
    conditionClause: condition.clause,
    signer: requiredSigner(plan, orderKind, currentLevel, request.targetLevel),
    pendingKey: `${currentLevel ?? 'none'}->${request.targetLevel ?? 'none'}`,
  };
}

import { systemPrincipal, type Principal } from '../access/principal.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import {
  findAssessment,
  latestAssessment,
  listAssessments,
  saveAssessment,
  type AssessmentRecord,
  type AssessmentSummary,
} from '../store/assessments.repository.ts';
import { assessSituation } from '../weather/grading/assess.ts';
import type { AssessmentResult } from '../weather/grading/result.schema.ts';
import type { Situation } from '../weather/situation/situation.schema.ts';
import type { ServiceContext } from './context.ts';
import type { Page, PageRequest } from './pagination.ts';
import { proposeFromGrading, type ProposalRecord } from './response-orders.service.ts';
import type { CommittedWarningMessage } from './events.ts';
import { change, read } from './use-case.ts';
import { draftFromGrading, type WarningDraftRecord } from './warning-drafts.service.ts';
import { applyGrading } from './warnings.service.ts';

export type { AssessmentRecord, AssessmentSummary } from '../store/assessments.repository.ts';

export interface GradedAssessment {
  assessment: AssessmentRecord;
  /** A drill's exercise warnings, issued, updated or cancelled by the grading itself (contracts/replay.md). */
  exerciseMessages: CommittedWarningMessage[];
  /** Live: the warnings the grading implies, drafted for the duty officer to confirm, change or cancel (3.3.2). */
  drafts: WarningDraftRecord[];
  /** 4.2(1): the proposal the grading made, null when it agrees with the response in force. */
  proposal: { proposal: ProposalRecord; created: boolean } | null;
}

/**
 * Grades a situation by 8.2 and 4.3 and keeps it with the plan that graded it; the grading's response target
 * (src/response/target.ts) becomes the system's proposal when it differs from the response in force (4.2(1)).
 * In a drill (`exercise`) the grading also issues, updates and cancels the exercise warnings itself, and a hazard
 * without data keeps its exercise warning's level; live, it keeps its real warning's level.
 */
export async function gradeSituation(
  ctx: ServiceContext,
  principal: Principal,
  situation: Situation,
  options: { exercise?: { note: string } } = {},
): Promise<GradedAssessment> {
  const meteo = ctx.plans.meteo();
  const result: AssessmentResult = assessSituation(situation, meteo.plan);
  const { assessment, drafts } = await change(ctx, principal, 'assessments.create', async (step) => {
    const { trx, at, actor, audit } = step;
    const saved = await saveAssessment(trx, {
      input: situation,
      result,
      plan: { id: meteo.id, version: meteo.version, contentHash: meteo.contentHash },
      createdBy: principal.kind === 'user' ? principal.user.username : actor,
      now: at,
    });
    await audit({
      action: 'weather.assessment.created',
      subjectType: 'assessment',
      subjectId: saved.id,
      payload: { at: result.at, plan: `${meteo.id} ${meteo.version}`, overall: result.overall },
    });
    // A drill issues its exercise warnings itself (below); live, a person decides on the drafts.
    const drafted = options.exercise ? [] : await draftFromGrading(step, ctx, saved.id, result.hazards);
    return { assessment: saved, drafts: drafted };
  });
  const exerciseMessages = options.exercise
    ? await applyGrading(ctx, systemPrincipal(), result.hazards, {
        status: 'Exercise',
        note: options.exercise.note,
      })
    : [];
  const proposal = await proposeFromGrading(ctx, systemPrincipal(), {
    assessmentId: assessment.id,
    result,
    warnings: options.exercise ? 'Exercise' : 'Actual',
  });
  return { assessment, exerciseMessages, drafts, proposal };
}

export async function listAssessmentsFor(
  ctx: ServiceContext,
  principal: Principal,
  page: PageRequest,
): Promise<Page<AssessmentSummary>> {
  return read(ctx, principal, 'assessments.read', (db) => listAssessments(db, page));
}

export async function assessmentById(ctx: ServiceContext, principal: Principal, id: string): Promise<AssessmentRecord> {
  return read(ctx, principal, 'assessments.read', async (db) => {
    const record = await findAssessment(db, id);
    if (!record)
      throw new WorkflowError('not-found', 'assessment_not_found', `没有编号为 ${id} 的分级结果`, null, 'id');
    return record;
  });
}

/**
 * The newest grading of the situation: the continuous grading's of the latest hour, or a person's if that came
 * later. A backfill re-grades the past and is never "the latest".
 */
export async function latestAssessmentFor(ctx: ServiceContext, principal: Principal): Promise<AssessmentRecord> {
  return read(ctx, principal, 'assessments.read', async (db) => {
    const record = await latestAssessment(db, ['request', 'observations']);
    if (!record) throw new WorkflowError('not-found', 'assessment_not_found', '尚无分级结果', null, 'latest');
    return record;
  });
}

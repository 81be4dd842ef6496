import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Principal } from '../access/principal.ts';
import { messageContent, type MessageContent } from '../alerts/dissemination/channel-texts.ts';
import { warningLabels } from '../alerts/dissemination/labels.ts';
import { firstReportRoute, fullNetworkSms, type FullNetworkSms } from '../alerts/dissemination/routing.ts';
import { channelKinds, type WarningForDissemination } from '../alerts/dissemination/warning.ts';
import type { GradedHazard } from '../alerts/warnings/graded-hazard.ts';
import { decideWarnings } from '../alerts/warnings/lifecycle.ts';
import { defaultValidity } from '../alerts/warnings/validity.ts';
import type { Level } from '../plans/common.schema.ts';
import type { HazardKey } from '../plans/meteo/hazards.schema.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import type { Database } from '../store/schema.ts';
import {
  decideDraft,
  draftById,
  insertDraft,
  pageDrafts,
  reviseDraft,
  supersedeOpenDrafts,
  type DraftState,
  type WarningDraftRecord,
} from '../store/warning-drafts.repository.ts';
import { openWarnings } from '../store/warnings.repository.ts';
import type { ServiceContext } from './context.ts';
import type { CommittedWarningMessage } from './events.ts';
import type { Page, PageRequest } from './pagination.ts';
import { change, read, type Step } from './use-case.ts';
import {
  checkedArea,
  checkedExpiry,
  levelClause,
  manualDecision,
  manualOptions,
  type ManualWarningRequest,
} from './warnings-manual.service.ts';
import { commitInStep, composeDecision } from './warnings.service.ts';

export type { WarningDraftRecord } from '../store/warning-drafts.repository.ts';

/**
 * What a live grading implies for the real warnings, drafted for the duty officer (3.3.2: nothing is published
 * without a person): per hazard an issue, update or cancel by the same rules as a drill, with the divisions and the
 * plan's default validity. Runs inside the grading's transaction; the drafts of an earlier grading still awaiting a
 * decision are replaced.
 */
export async function draftFromGrading(
  step: Step,
  ctx: ServiceContext,
  assessmentId: string,
  hazards: Readonly<Record<HazardKey, GradedHazard>>,
): Promise<WarningDraftRecord[]> {
  const { trx, at } = step;
  const { plan, version, contentHash } = ctx.plans.meteo();
  const iso = at.toISOString();
  const divisionCodes = ctx.geography.divisions.map((division) => division.code);
  const decisions = decideWarnings(hazards, await openWarnings(trx, 'Actual'), divisionCodes, at);
  const superseded = await supersedeOpenDrafts(trx, iso);
  if (superseded.length > 0)
    await step.audit({
      action: 'warning.draft.superseded',
      subjectType: 'assessment',
      subjectId: assessmentId,
      payload: { drafts: superseded },
    });
  const drafts: WarningDraftRecord[] = [];
  for (const decision of decisions) {
    const draft = await insertDraft(trx, {
      id: randomUUID(),
      assessment_id: assessmentId,
      action: decision.kind,
      hazard: decision.hazard,
      level: decision.kind === 'cancel' ? decision.warning.level : decision.level,
      area_codes: JSON.stringify(decision.kind === 'cancel' ? decision.warning.areaCodes : decision.areaCodes),
      expires: decision.kind === 'cancel' ? null : defaultValidity(plan, decision.hazard, at).expires.toISOString(),
      warning_id: decision.kind === 'issue' ? null : decision.warning.warningId,
      reasons: JSON.stringify(decision.kind === 'update' ? decision.reasons : []),
      clause: decision.clause,
      state: 'draft',
      open_key: decision.hazard,
      created_at: iso,
      created_by: step.actor,
      decided_at: null,
      decided_by: null,
      message_id: null,
      plan_version: version,
      plan_hash: contentHash,
    });
    await step.audit({
      action: 'warning.draft.created',
      subjectType: 'warning-draft',
      subjectId: draft.id,
      payload: {
        assessmentId,
        action: draft.action,
        hazard: draft.hazard,
        level: draft.level,
        areaCodes: draft.areaCodes,
        expires: draft.expires,
        warningId: draft.warningId,
        clause: draft.clause,
      },
    });
    step.publish({ type: 'warning.draft', draftId: draft.id, state: 'draft' });
    drafts.push(draft);
  }
  return drafts;
}

/** The request a draft makes of the warnings service when the duty officer confirms it. */
function requestOf(draft: WarningDraftRecord, majorImpact: boolean): ManualWarningRequest {
  const impact = majorImpact ? { majorImpact: true } : {};
  if (draft.action === 'cancel') return { action: 'cancel', warningId: draft.warningId! };
  const common = {
    level: draft.level!,
    areaCodes: draft.areaCodes,
    ...(draft.expires ? { expires: draft.expires } : {}),
  };
  return draft.action === 'issue'
    ? { action: 'issue', hazard: draft.hazard, ...common, ...impact }
    : { action: 'update', warningId: draft.warningId!, ...common, ...impact };
}

async function openDraft(trx: Kysely<Database>, id: string): Promise<WarningDraftRecord> {
  const draft = await draftById(trx, id);
  if (!draft) throw new WorkflowError('not-found', 'draft_not_found', `没有编号为 ${id} 的预警草稿`, null, 'id');
  if (draft.state !== 'draft')
    throw new WorkflowError('conflict', 'draft_decided', `这份草稿已${draftStateZh[draft.state]},不能再处理`);
  return draft;
}

const draftStateZh: Record<DraftState, string> = {
  draft: '待确认',
  confirmed: '确认发布',
  cancelled: '取消',
  superseded: '被新的分级结果取代',
};

export interface DraftPreview {
  /** The CAP 1.2 message that confirming now would publish (its identifier the next free one now). */
  capXml: string;
  headlineZh: string;
  descriptionZh: string;
  /** Each channel's text: SMS in 70-character segments, email, WeChat Work markdown, webhook body. */
  channels: MessageContent[];
  firstReport: { to: string[]; clause: string };
  fullNetworkSms: FullNetworkSms;
}

export type DraftView = WarningDraftRecord & {
  /** What confirming would publish; null once decided, or with the reason it could not be confirmed as it stands. */
  preview: DraftPreview | null;
  problem: string | null;
};

/** What confirming the draft now would publish, composed exactly as the warnings service would (nothing written). */
async function previewOf(ctx: ServiceContext, draft: WarningDraftRecord, majorImpact: boolean): Promise<DraftPreview> {
  const db = ctx.store.db;
  const plan = ctx.plans.meteo().plan;
  const request = requestOf(draft, majorImpact);
  const at = ctx.clock();
  const options = manualOptions(ctx, request);
  const decision = await manualDecision(ctx, db, request);
  const message = await composeDecision(db, ctx, decision, at, options);
  const warning: WarningForDissemination = {
    id: draft.id,
    identifier: message.identifier,
    msgType: message.msgType,
    status: 'Actual',
    hazard: draft.hazard,
    level: message.level,
    headlineZh: message.composed.headlineZh,
    descriptionZh: message.composed.descriptionZh,
    areaCodes: message.areaCodes,
    sent: at.toISOString(),
    expires: message.expires?.toISOString() ?? null,
    capXml: message.capXml,
    ...(majorImpact ? { majorImpact } : {}),
  };
  const names = new Map(ctx.geography.divisions.map((division) => [division.code, division.name]));
  const labels = warningLabels(warning, plan, names);
  const route = firstReportRoute(message.level, plan);
  const sms = fullNetworkSms(warning, plan);
  const channels = channelKinds.map((kind) => {
    const content = messageContent(kind, { warning, labels, purpose: 'public', firstReport: route, sms });
    // The CAP text is shown once, above; the email's attachment would repeat it.
    return content.kind === 'email' ? { ...content, attachments: [] } : content;
  });
  return {
    capXml: message.capXml,
    headlineZh: message.composed.headlineZh,
    descriptionZh: message.composed.descriptionZh,
    channels,
    firstReport: { to: route.to, clause: route.clause },
    fullNetworkSms: sms,
  };
}

export async function listDrafts(
  ctx: ServiceContext,
  principal: Principal,
  query: { state?: DraftState } & PageRequest,
): Promise<Page<WarningDraftRecord>> {
  return read(ctx, principal, 'warningDrafts.read', (db) => pageDrafts(db, { state: query.state }, query));
}

/** One draft, with what confirming it now would publish (CAP and each channel's text). */
export async function draftView(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  options: { majorImpact?: boolean } = {},
): Promise<DraftView> {
  return read(ctx, principal, 'warningDrafts.read', async (db) => {
    const draft = await draftById(db, id);
    if (!draft) throw new WorkflowError('not-found', 'draft_not_found', `没有编号为 ${id} 的预警草稿`, null, 'id');
    if (draft.state !== 'draft') return { ...draft, preview: null, problem: null };
    try {
      return { ...draft, preview: await previewOf(ctx, draft, options.majorImpact === true), problem: null };
    } catch (error) {
      if (error instanceof WorkflowError) return { ...draft, preview: null, problem: error.message };
      throw error;
    }
  });
}

/**
 * The duty officer confirms a draft: the warnings service issues, updates or cancels the warning as a manual one,
 * in the same transaction that marks the draft confirmed (of two confirming at once, one publishes).
 */
export async function confirmDraft(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  options: { majorImpact?: boolean } = {},
): Promise<{ draft: WarningDraftRecord; message: CommittedWarningMessage }> {
  return change(
    ctx,
    principal,
    'warningDrafts.decide',
    async (step) => {
      const draft = await openDraft(step.trx, id);
      const request = requestOf(draft, options.majorImpact === true);
      const decision = await manualDecision(ctx, step.trx, request);
      const message = await commitInStep(step, ctx, decision, manualOptions(ctx, request));
      if (
        !(await decideDraft(step.trx, id, {
          state: 'confirmed',
          by: step.actor,
          at: step.at.toISOString(),
          messageId: message.id,
          warningId: message.warningId,
        }))
      )
        throw new WorkflowError('conflict', 'draft_decided', '这份草稿刚刚已由他人处理');
      await step.audit({
        action: 'warning.draft.confirmed',
        subjectType: 'warning-draft',
        subjectId: id,
        payload: { messageId: message.id, identifier: message.identifier, majorImpact: options.majorImpact === true },
      });
      step.publish({ type: 'warning.draft', draftId: id, state: 'confirmed' });
      return { draft: (await draftById(step.trx, id))!, message };
    },
    { retryOnConflict: true },
  );
}

/** The duty officer changes what a draft proposes (level, divisions, end of validity) before confirming it. */
export async function changeDraft(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  request: { level?: Level; areaCodes?: string[]; expires?: string },
): Promise<WarningDraftRecord> {
  return change(ctx, principal, 'warningDrafts.decide', async ({ trx, audit, publish }) => {
    const draft = await openDraft(trx, id);
    if (draft.action === 'cancel')
      throw new WorkflowError('conflict', 'draft_is_cancel', '解除预警的草稿只能确认或取消,不能修改');
    const level = request.level ?? draft.level!;
    const clause = request.level ? levelClause(ctx, draft.hazard, level) : draft.clause;
    const areaCodes = request.areaCodes ? checkedArea(ctx, request.areaCodes) : draft.areaCodes;
    const expires = request.expires ? checkedExpiry(ctx, request.expires)!.toISOString() : draft.expires;
    await reviseDraft(trx, id, {
      level,
      clause,
      area_codes: JSON.stringify(areaCodes),
      expires,
      reasons: JSON.stringify(draft.reasons),
    });
    await audit({
      action: 'warning.draft.changed',
      subjectType: 'warning-draft',
      subjectId: id,
      payload: {
        from: { level: draft.level, areaCodes: draft.areaCodes, expires: draft.expires },
        to: { level, areaCodes, expires },
      },
    });
    publish({ type: 'warning.draft', draftId: id, state: 'draft' });
    return (await draftById(trx, id))!;
  });
}

/** The duty officer decides not to publish a draft, saying why. */
export async function cancelDraft(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  reason: string,
): Promise<WarningDraftRecord> {
  return change(ctx, principal, 'warningDrafts.decide', async ({ trx, at, actor, audit, publish }) => {
    if (!reason.trim()) throw new WorkflowError('invalid', 'reason_required', '取消草稿需要写明理由', null, 'reason');
    await openDraft(trx, id);
    if (!(await decideDraft(trx, id, { state: 'cancelled', by: actor, at: at.toISOString() })))
      throw new WorkflowError('conflict', 'draft_decided', '这份草稿刚刚已由他人处理');
    await audit({
      action: 'warning.draft.cancelled',
      subjectType: 'warning-draft',
      subjectId: id,
      payload: { reason: reason.trim() },
    });
    publish({ type: 'warning.draft', draftId: id, state: 'cancelled' });
    return (await draftById(trx, id))!;
  });
}

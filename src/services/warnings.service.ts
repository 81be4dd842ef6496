import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Principal } from '../access/principal.ts';
import { formatReferences } from '../alerts/cap/references.ts';
import { encodeCap } from '../alerts/cap/encode.ts';
import { composeWarning } from '../alerts/warnings/compose.ts';
import type { GradedHazard } from '../alerts/warnings/graded-hazard.ts';
import { identifierRange, nextIdentifier } from '../alerts/warnings/identifier.ts';
import { meteorologicalIssuer } from '../alerts/warnings/issuer.ts';
import { decideWarnings, type UpdateReason, type WarningDecision } from '../alerts/warnings/lifecycle.ts';
import { defaultValidity } from '../alerts/warnings/validity.ts';
import { enqueueWarningDissemination } from '../messaging/outbox.ts';
import type { Level } from '../plans/common.schema.ts';
import type { HazardKey } from '../plans/meteo/hazards.schema.ts';
import type { Database } from '../store/schema.ts';
import {
  identifiersBetween,
  insertWarning,
  insertWarningMessage,
  messageById,
  openKey,
  openWarnings,
  updateWarning,
  warningById,
  type CapStatusKept,
  type WarningRecord,
} from '../store/warnings.repository.ts';
import type { ServiceContext } from './context.ts';
import type { CommittedWarningMessage } from './events.ts';
import { change, type Step } from './use-case.ts';

export interface WarningOptions {
  status: CapStatusKept;
  /** CAP `note`: for an exercise, which drill it belongs to. */
  note?: string;
  /** 3.3.4: judged of major impact after consultation (会商研判), so it also goes out by full-network SMS. */
  majorImpact?: boolean;
  /** An end the issuer chose instead of the default validity (3.3.3 预警时效). */
  expires?: Date;
}

/** One message a decision makes, composed but not written: what a draft previews and a commit writes. */
export interface ComposedDecision {
  identifier: string;
  msgType: 'Alert' | 'Update' | 'Cancel';
  level: Level;
  areaCodes: string[];
  onset: Date;
  expires: Date | null;
  reasons: UpdateReason[];
  references: Array<{ sender: string; identifier: string; sent: string }>;
  existing: WarningRecord | undefined;
  issuer: ReturnType<typeof meteorologicalIssuer>;
  composed: ReturnType<typeof composeWarning>;
  capXml: string;
}

/** Composes the CAP message of a decision at `at`: the next free identifier, the references, the texts. */
export async function composeDecision(
  db: Kysely<Database>,
  ctx: ServiceContext,
  decision: WarningDecision,
  at: Date,
  options: WarningOptions,
): Promise<ComposedDecision> {
  const { plan } = ctx.plans.meteo();
  const issuer = meteorologicalIssuer(plan, { code: ctx.geography.cityCode, name: ctx.geography.cityName });
  const range = identifierRange(issuer.unitCode, at);
  const taken = await identifiersBetween(db, range.from, range.to);
  const identifier = nextIdentifier(issuer.unitCode, at, (candidate) => taken.has(candidate));

  const existing = decision.kind === 'issue' ? undefined : await warningById(db, decision.warning.warningId);
  if (decision.kind !== 'issue' && !existing) throw new Error(`warning ${decision.warning.warningId} vanished`);
  const references = existing
    ? [{ sender: existing.latest.sender, identifier: existing.latest.identifier, sent: existing.latest.sent }]
    : [];
  const level = decision.kind === 'cancel' ? existing!.level : decision.level;
  const areaCodes = decision.kind === 'cancel' ? existing!.areaCodes : decision.areaCodes;
  const onset = existing ? new Date(existing.onset) : at;
  const expires =
    decision.kind === 'cancel' ? null : (options.expires ?? defaultValidity(plan, decision.hazard, at).expires);
  const msgType =
    decision.kind === 'issue'
      ? ('Alert' as const)
      : decision.kind === 'update'
        ? ('Update' as const)
        : ('Cancel' as const);
  const reasons = decision.kind === 'update' ? decision.reasons : [];
  const composed = composeWarning(
    {
      msgType,
      status: options.status,
      identifier,
      sent: at,
      hazard: decision.hazard,
      level,
      areaCodes,
      onset,
      expires,
      references,
      clause: decision.clause,
      ...('route' in decision && decision.route ? { route: decision.route } : {}),
      ...(decision.kind === 'update' && existing!.level !== level ? { previousLevel: existing!.level } : {}),
      reasons,
      ...(options.note ? { note: options.note } : {}),
    },
    { plan, divisions: ctx.geography.divisions, issuer },
  );
  const unsignedXml = encodeCap(composed.alert);
  return {
    identifier,
    msgType,
    level,
    areaCodes,
    onset,
    expires,
    reasons,
    references,
    existing,
    issuer,
    composed,
    // Signed once, here: the stored text is the one served, put in the outbox and told to the event stream.
    capXml: ctx.capSigner ? ctx.capSigner.sign(unsignedXml) : unsignedXml,
  };
}

/** Writes one message of a decision: the CAP text, the warning's new state, the audit entry and the outbox. */
async function commitDecision(
  step: Step,
  ctx: ServiceContext,
  decision: WarningDecision,
  options: WarningOptions,
): Promise<CommittedWarningMessage> {
  const { trx, at } = step;
  const { plan, version, contentHash, id: planId } = ctx.plans.meteo();
  const {
    identifier,
    msgType,
    level,
    areaCodes,
    onset,
    expires,
    reasons,
    references,
    existing,
    issuer,
    composed,
    capXml,
  } = await composeDecision(trx, ctx, decision, at, options);

  const warningId = existing?.id ?? randomUUID();
  const messageId = randomUUID();
  const iso = at.toISOString();
  const action = { Alert: 'warning.issued', Update: 'warning.updated', Cancel: 'warning.cancelled' }[msgType];
  const audit = await step.audit({
    action,
    subjectType: 'warning',
    subjectId: warningId,
    payload: {
      messageId,
      identifier,
      msgType,
      status: options.status,
      hazard: decision.hazard,
      level,
      areaCodes,
      reasons,
      references: references.length > 0 ? formatReferences(references) : null,
      clause: decision.clause,
      planVersion: version,
      planHash: contentHash,
    },
  });
  const state = msgType === 'Cancel' ? ('cancelled' as const) : ('active' as const);
  const warningRow = {
    state,
    level,
    area_codes: JSON.stringify(areaCodes),
    expires: expires?.toISOString() ?? null,
    latest_message_id: messageId,
    open_key: state === 'active' ? openKey(options.status, decision.hazard) : null,
    updated_at: iso,
  };
  if (existing) await updateWarning(trx, warningId, warningRow);
  else
    await insertWarning(trx, {
      id: warningId,
      hazard: decision.hazard,
      cap_status: options.status,
      onset: iso,
      created_at: iso,
      plan_id: planId,
      plan_version: version,
      plan_hash: contentHash,
      ...warningRow,
    });
  await insertWarningMessage(trx, {
    id: messageId,
    warning_id: warningId,
    identifier,
    sender: issuer.unitCode,
    sent: composed.alert.sent,
    sent_at: iso,
    msg_type: msgType,
    cap_status: options.status,
    hazard: decision.hazard,
    level,
    area_codes: JSON.stringify(areaCodes),
    onset: msgType === 'Cancel' ? null : onset.toISOString(),
    expires: expires?.toISOString() ?? null,
    headline_zh: composed.headlineZh,
    description_zh: composed.descriptionZh,
    references_text: references.length > 0 ? formatReferences(references) : null,
    reasons: JSON.stringify(reasons),
    cap_xml: capXml,
    audit_seq: audit.seq,
    issued_by: step.actor,
    clause: decision.clause,
    plan_version: version,
    plan_hash: contentHash,
  });
  await enqueueWarningDissemination(
    trx,
    {
      id: messageId,
      identifier,
      msgType,
      status: options.status,
      hazard: decision.hazard,
      level,
      headlineZh: composed.headlineZh,
      descriptionZh: composed.descriptionZh,
      areaCodes: [...areaCodes],
      sent: iso,
      expires: expires?.toISOString() ?? null,
      capXml,
      ...(options.majorImpact ? { majorImpact: true } : {}),
    },
    plan,
    at,
  );
  const message = await messageById(trx, messageId);
  return { ...message!, capXml };
}

/** Commits decisions in one transaction, then tells the feeds. */
async function commit(
  ctx: ServiceContext,
  principal: Principal,
  operation: 'warnings.grade' | 'warnings.act',
  options: WarningOptions,
  decide: (trx: Kysely<Database>, at: Date) => Promise<WarningDecision[]>,
): Promise<CommittedWarningMessage[]> {
  return change(
    ctx,
    principal,
    operation,
    async (step) => {
      const committed: CommittedWarningMessage[] = [];
      for (const decision of await decide(step.trx, step.at)) {
        const message = await commitDecision(step, ctx, decision, options);
        step.publish({ type: 'warning.message', message });
        committed.push(message);
      }
      return committed;
    },
    { retryOnConflict: true },
  );
}

/**
 * Brings the warnings in line with a grading (contracts/replay.md): issues, updates and cancels per hazard, in
 * the order of the nine hazards, all in one transaction with their audit entries and outgoing messages. Only the
 * system does this, for drills (exercise warnings): a real warning is always issued by a person (3.3.2).
 */
export async function applyGrading(
  ctx: ServiceContext,
  principal: Principal,
  hazards: Readonly<Record<HazardKey, GradedHazard>>,
  options: WarningOptions,
): Promise<CommittedWarningMessage[]> {
  const divisionCodes = ctx.geography.divisions.map((division) => division.code);
  return commit(ctx, principal, 'warnings.grade', options, async (trx, at) =>
    decideWarnings(hazards, await openWarnings(trx, options.status), divisionCodes, at),
  );
}

/** Commits one decision inside a step the caller holds (a confirmed draft), and tells the feeds after its commit. */
export async function commitInStep(
  step: Step,
  ctx: ServiceContext,
  decision: WarningDecision,
  options: WarningOptions,
): Promise<CommittedWarningMessage> {
  const message = await commitDecision(step, ctx, decision, options);
  step.publish({ type: 'warning.message', message });
  return message;
}

/** Commits one decision a person made (the duty officer's issue, update or cancel). */
export async function commitManual(
  ctx: ServiceContext,
  principal: Principal,
  options: WarningOptions,
  decide: (trx: Kysely<Database>) => Promise<WarningDecision>,
): Promise<CommittedWarningMessage> {
  const [message] = await commit(ctx, principal, 'warnings.act', options, async (trx) => [await decide(trx)]);
  return message!;
}

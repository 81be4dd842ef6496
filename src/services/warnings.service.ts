import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/roles.ts';
import { formatReferences } from '../alerts/cap/references.ts';
import { encodeCap } from '../alerts/cap/encode.ts';
import type { CapSigner } from '../alerts/cap/signature.ts';
import { composeWarning } from '../alerts/warnings/compose.ts';
import type { GradedHazard } from '../alerts/warnings/graded-hazard.ts';
import { identifierRange, nextIdentifier } from '../alerts/warnings/identifier.ts';
import { meteorologicalIssuer } from '../alerts/warnings/issuer.ts';
import { decideWarnings, type WarningDecision } from '../alerts/warnings/lifecycle.ts';
import { defaultValidity } from '../alerts/warnings/validity.ts';
import type { LoadedPlan } from '../catalog/plan-files.ts';
import type { Geography } from '../geo/types.ts';
import { enqueueWarningDissemination } from '../messaging/outbox.ts';
import type { HazardKey } from '../plans/meteo/hazards.schema.ts';
import type { MeteoPlan } from '../plans/meteo/index.ts';
import { appendAudit } from '../store/audit.repository.ts';
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
} from '../store/warnings.repository.ts';
import { warningEventsOf, type CommittedWarningMessage } from './warning-events.ts';
import { actorName } from './workflow-context.ts';

/** What issuing a warning needs: the store, the plan in force, the city's divisions and the clock. */
export interface WarningsContext {
  db: Kysely<Database>;
  meteo: LoadedPlan<MeteoPlan>;
  geography: Geography;
  now: () => Date;
  /** Signs every CAP message (XML-DSig) when a key is configured; null sends them unsigned. */
  capSigner: CapSigner | null;
}

export interface WarningOptions {
  status: CapStatusKept;
  actor: Actor | 'system';
  /** CAP `note`: for an exercise, which drill it belongs to. */
  note?: string;
  /** 3.3.4: judged of major impact after consultation (会商研判), so it also goes out by full-network SMS. */
  majorImpact?: boolean;
  /** An end the issuer chose instead of the default validity (3.3.3 预警时效). */
  expires?: Date;
}

const isUniqueViolation = (error: unknown) => {
  const { code, message } = error as { code?: string; message?: string };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(message ?? '');
};

/**
 * Runs one warning transaction; when another writer took the same identifier or opened the same hazard's
 * warning a moment before (a unique index says so), the step is decided again on what is now in the store.
 */
async function withRetry<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= 3 || !isUniqueViolation(error)) throw error;
    }
  }
}

/** Writes one message of a decision: the CAP text, the warning's new state, the audit entry and the outbox. */
async function commitDecision(
  trx: Kysely<Database>,
  ctx: WarningsContext,
  decision: WarningDecision,
  at: Date,
  options: WarningOptions,
): Promise<CommittedWarningMessage> {
  const { plan, version, contentHash, id: planId } = ctx.meteo;
  const issuer = meteorologicalIssuer(plan, { code: ctx.geography.cityCode, name: ctx.geography.cityName });
  const range = identifierRange(issuer.unitCode, at);
  const taken = await identifiersBetween(trx, range.from, range.to);
  const identifier = nextIdentifier(issuer.unitCode, at, (candidate) => taken.has(candidate));

  const existing = decision.kind === 'issue' ? undefined : await warningById(trx, decision.warning.warningId);
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
  // Signed once, here: the stored text is the one served, put in the outbox and told to the event stream.
  const unsignedXml = encodeCap(composed.alert);
  const capXml = ctx.capSigner ? ctx.capSigner.sign(unsignedXml) : unsignedXml;

  const warningId = existing?.id ?? randomUUID();
  const messageId = randomUUID();
  const iso = at.toISOString();
  const action = { Alert: 'warning.issued', Update: 'warning.updated', Cancel: 'warning.cancelled' }[msgType];
  const audit = await appendAudit(trx, {
    at: iso,
    actor: actorName(options.actor),
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
    issued_by: actorName(options.actor),
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
  ctx: WarningsContext,
  options: WarningOptions,
  decide: (trx: Kysely<Database>, at: Date) => Promise<WarningDecision[]>,
): Promise<CommittedWarningMessage[]> {
  const at = ctx.now();
  const messages = await withRetry(() =>
    ctx.db.transaction().execute(async (trx) => {
      const committed: CommittedWarningMessage[] = [];
      for (const decision of await decide(trx, at))
        committed.push(await commitDecision(trx, ctx, decision, at, options));
      return committed;
    }),
  );
  const events = warningEventsOf(ctx.db);
  for (const message of messages) events.publish(message);
  return messages;
}

/**
 * Brings the warnings in line with a grading (contracts/replay.md): issues, updates and cancels per hazard, in
 * the order of the nine hazards, all in one transaction with their audit entries and outgoing messages.
 */
export async function applyGrading(
  ctx: WarningsContext,
  hazards: Readonly<Record<HazardKey, GradedHazard>>,
  options: WarningOptions,
): Promise<CommittedWarningMessage[]> {
  const divisionCodes = ctx.geography.divisions.map((division) => division.code);
  return commit(ctx, options, async (trx, at) =>
    decideWarnings(hazards, await openWarnings(trx, options.status), divisionCodes, at),
  );
}

/** Commits one decision a person made (the duty officer's issue, update or cancel). */
export async function commitManual(
  ctx: WarningsContext,
  options: WarningOptions,
  decide: (trx: Kysely<Database>) => Promise<WarningDecision>,
): Promise<CommittedWarningMessage> {
  const [message] = await commit(ctx, options, async (trx) => [await decide(trx)]);
  return message!;
}

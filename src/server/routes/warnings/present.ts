import type { z } from 'zod';
import type { Geography } from '../../../geo/types.ts';
import type { MeteoPlan } from '../../../plans/meteo/index.ts';
import { capPath, type WarningMessageRecord, type WarningRecord } from '../../../services/warnings-reads.service.ts';
import type { MessageView, WarningView } from './schema.ts';

export function messageView(message: WarningMessageRecord): z.infer<typeof MessageView> {
  return {
    identifier: message.identifier,
    warningId: message.warningId,
    msgType: message.msgType,
    status: message.status,
    sent: message.sent,
    hazard: message.hazard,
    level: message.level,
    areaCodes: message.areaCodes,
    onset: message.onset,
    expires: message.expires,
    headlineZh: message.headlineZh,
    descriptionZh: message.descriptionZh,
    references: message.references,
    reasons: message.reasons,
    clause: message.clause,
    planVersion: message.planVersion,
    seq: message.seq,
    cap: capPath(message.identifier),
  };
}

/** In force at `now`: not cancelled, and its validity has not run out. */
export function isActive(warning: Pick<WarningRecord, 'state' | 'expires'>, now: Date): boolean {
  return warning.state === 'active' && (warning.expires === null || Date.parse(warning.expires) > now.getTime());
}

export function warningView(
  warning: WarningRecord,
  plan: MeteoPlan,
  geography: Geography,
  now: Date,
): z.infer<typeof WarningView> {
  const hazard = plan.hazards.hazards.find((entry) => entry.key === warning.hazard)!;
  const level = plan.levels.levels.find((entry) => entry.level === warning.level)!;
  const names = new Map(geography.divisions.map((division) => [division.code, division.name]));
  return {
    id: warning.id,
    hazard: warning.hazard,
    hazardZh: hazard.zh,
    status: warning.status,
    state: warning.state,
    active: isActive(warning, now),
    level: warning.level,
    levelZh: level.zh,
    color: level.color,
    areas: warning.areaCodes.map((code) => ({ code, name: names.get(code) ?? code })),
    onset: warning.onset,
    expires: warning.expires,
    createdAt: warning.createdAt,
    updatedAt: warning.updatedAt,
    planVersion: warning.planVersion,
    latest: messageView(warning.latest),
  };
}

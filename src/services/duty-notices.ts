import { payloadId } from '../alerts/dissemination/idempotency.ts';
import { splitSms } from '../alerts/dissemination/sms-text.ts';
import type { MeteoPlan } from '../plans/meteo/index.ts';
import { levelZh } from '../response/levels.ts';
import type { AssessmentRecord } from '../store/assessments.repository.ts';
import { listEndpointRoutes } from '../store/outbox-endpoints.repository.ts';
import { insertMessages, insertNewPayloads } from '../store/outbox.repository.ts';
import { levelChanges, noticeworthy, type LevelChange } from '../weather/live/level-changes.ts';
import type { AssessmentResult } from '../weather/grading/result.schema.ts';
import type { Step } from './use-case.ts';

const changeZh: Record<LevelChange['kind'], string> = {
  reached: '达到',
  raised: '升至',
  lowered: '降至',
  ended: '解除',
  unchanged: '维持',
  'insufficient-data': '数据不足',
};

/** The duty officer's SMS: what moved, at which hour, and that the draft and the proposal wait for a person. */
export function noticeText(plan: MeteoPlan, result: AssessmentResult, change: LevelChange): string {
  const hour = `${result.at.slice(0, 10)} ${result.at.slice(11, 13)}时`;
  const hazard = result.hazards[change.hazard].zh;
  const what =
    change.kind === 'ended'
      ? `${hazard}${levelZh(plan, change.from)}解除(不再达到任何等级)`
      : `${hazard}${changeZh[change.kind]}${levelZh(plan, change.to)}(${change.clause})`;
  return `【暖城气象值班】${hour}实况分级:${what}。预警草稿和响应建议已生成,请登录值班台确认。`;
}

/** One notice per hazard, level and hour: its CAP-like identifier makes the outbox payload id. */
function noticeIdentifier(result: AssessmentResult, change: LevelChange): string {
  return `nuancheng.duty-notice.${change.hazard}.${change.to ?? 'ended'}.${result.at.slice(0, 13)}`;
}

/**
 * 3.2: tells the duty officers of a level the continuous grading reached or changed, in the grading's
 * transaction: the changes are audited, queued as SMS to the phones configured on the SMS endpoints
 * (`dutyOfficers`), and published on the event stream after commit. A notice already queued for the same hazard,
 * level and hour queues nothing again. Returns the changes told.
 */
export async function noticeLevelChanges(
  step: Step,
  plan: MeteoPlan,
  saved: AssessmentRecord,
  previous: { result: AssessmentResult } | undefined,
): Promise<{ changes: LevelChange[]; messages: number }> {
  const changes = noticeworthy(levelChanges(plan, previous?.result.hazards ?? null, saved.result.hazards));
  if (changes.length === 0) return { changes, messages: 0 };
  const endpoints = (await listEndpointRoutes(step.trx)).filter(
    (endpoint) => endpoint.kind === 'sms' && endpoint.addresses.length > 0,
  );
  let messages = 0;
  for (const change of changes) {
    const identifier = noticeIdentifier(saved.result, change);
    const segments = splitSms(noticeText(plan, saved.result, change));
    const payloads = endpoints.map((endpoint) => ({
      id: payloadId(identifier, endpoint.id),
      warning_id: saved.id,
      identifier,
      endpoint_id: endpoint.id,
      kind: 'sms',
      purpose: 'dutyNotice',
      content: JSON.stringify({ kind: 'sms', segments }),
      routing: JSON.stringify({ clause: '3.2', hazard: change.hazard, change: change.kind, assessmentId: saved.id }),
      created_at: step.at.toISOString(),
    }));
    const fresh = await insertNewPayloads(step.trx, payloads);
    for (const endpoint of endpoints) {
      const id = payloadId(identifier, endpoint.id);
      if (fresh.has(id))
        messages += await insertMessages(
          step.trx,
          { id, endpointId: endpoint.id, recipients: [...new Set(endpoint.addresses)] },
          step.at,
        );
    }
  }
  await step.audit({
    action: 'weather.level.changed',
    subjectType: 'assessment',
    subjectId: saved.id,
    payload: { at: saved.result.at, changes, messages },
  });
  step.publish({ type: 'assessment.levels', assessmentId: saved.id, at: saved.result.at, changes });
  return { changes, messages };
}

import type { Principal } from '../access/principal.ts';
import type { LevelChange } from '../weather/live/level-changes.ts';
import type { ServiceContext } from './context.ts';
import type { ServiceEvent } from './events.ts';
import { authorize } from './use-case.ts';

/**
 * What the duty room is told the moment it happens (3.2: the duty forecaster is told when the plan's thresholds are
 * met): the continuous grading reached or changed a level, or a warning draft was made or decided. Each names what
 * to read (`GET /api/assessments/{id}`, `GET /api/warning-drafts/{id}`); nothing else travels.
 */
export type DutyNotice =
  | { kind: 'levels'; assessmentId: string; at: string; changes: LevelChange[] }
  | { kind: 'draft'; draftId: string; state: string };

function noticeOf(event: ServiceEvent): DutyNotice | null {
  switch (event.type) {
    case 'assessment.levels':
      return { kind: 'levels', assessmentId: event.assessmentId, at: event.at, changes: event.changes };
    case 'warning.draft':
      return { kind: 'draft', draftId: event.draftId, state: event.state };
    default:
      return null;
  }
}

/**
 * Hands `listener` every duty notice from now on, for those who may read the drafts (the duty officer and the
 * commanders); the answer stops it. Refused, like the drafts themselves, to anyone else.
 */
export async function subscribeDutyStream(
  ctx: ServiceContext,
  principal: Principal,
  listener: (notice: DutyNotice) => void,
): Promise<() => void> {
  await authorize(ctx, principal, 'warningDrafts.read');
  return ctx.events.subscribe((event) => {
    const notice = noticeOf(event);
    if (notice) listener(notice);
  });
}

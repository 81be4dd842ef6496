import { regradeFromObservations } from '../services/live-grading.service.ts';
import { escalateOverdueTasks } from '../services/response-units.service.ts';
import { remindDueTasks } from '../services/ledger-reminders.service.ts';
import type { Job } from './scheduler.ts';

/**
 * The jobs every server runs (once per period across servers). A domain adds its own here: a name, a period and
 * an idempotent service function `(ctx, now)`.
 */
export const serverJobs: Job[] = [
  {
    // 4.4: a member unit not on post by its due time is escalated to the duty officer, once, with its audit entry.
    name: 'response.escalate-overdue-tasks',
    everyMs: 60_000,
    run: async (ctx, now) => {
      const tasks = await escalateOverdueTasks(ctx, now);
      if (tasks.length > 0)
        ctx.logger.warn(
          { tasks: tasks.map((task) => task.unitName) },
          'member units not on post: escalated to the duty officer',
        );
    },
  },
  {
    // 3.2: a new complete hour, or observations that arrived, re-grade the situation (debounced: a burst of
    // reports gives one grading once it has been quiet for a few seconds). Idempotent per hour and data version.
    name: 'observations.regrade',
    everyMs: 15_000,
    run: async (ctx, now) => {
      const outcome = await regradeFromObservations(ctx, now);
      for (const grading of outcome.gradings)
        ctx.logger.info(
          {
            at: grading.at,
            assessmentId: grading.assessmentId,
            overall: grading.overall,
            changes: grading.changes.length,
          },
          'observations re-graded',
        );
    },
  },
  {
    // Issue #12 item 3: the ledger's reminders (due, overdue, escalation to the head), each once per deadline.
    // Lights change by the day, so an hourly run is timely; reminders already recorded are never queued again.
    name: 'ledger.remind-due-tasks',
    everyMs: 3_600_000,
    run: async (ctx, now) => {
      const reminders = await remindDueTasks(ctx, now);
      if (reminders.length > 0)
        ctx.logger.info(
          { reminders: reminders.length, noContact: reminders.filter((r) => r.status !== 'queued').length },
          'ledger reminders recorded',
        );
    },
  },
];

import { floorHour, HOUR_MS } from '../observations/time.ts';

/** How long the continuous grading waits for a burst to end (operational timing, not a plan number). */
export interface RegradeTiming {
  /** A burst has ended when nothing arrived for this long. */
  quietMs: number;
  /** A stream that never pauses is graded anyway once its first unread observation is this old. */
  maxWaitMs: number;
}

export const defaultRegradeTiming: RegradeTiming = { quietMs: 10_000, maxWaitMs: 120_000 };

export interface ArrivalTimes {
  /** The newest observation time (`at`) among those received since the last grading (ms). */
  newestAtMs: number;
  /** The first and last receipt of those received strictly after the last grading (first: null when none). */
  firstReceivedMs: number | null;
  lastReceivedMs: number;
}

export type RegradeDecision = { kind: 'settling'; untilMs: number } | { kind: 'grade'; hours: number[] };

/**
 * Which whole hours the continuous grading looks at now (each is then graded only if its data changed):
 * - the latest complete hour, when it has no continuous grading yet (a new hour) or observations arrived;
 * - the hour of observations that arrived for a time the latest hour's window no longer reads (a late or
 *   historical batch), so what was sent is graded too;
 * and nothing while a burst is still arriving (debounced: one grading for a burst, not one per message).
 */
export function regradeHours(
  nowMs: number,
  arrivals: ArrivalTimes | undefined,
  latestHourGraded: boolean,
  windowStartOf: (hourMs: number) => number,
  timing: RegradeTiming = defaultRegradeTiming,
): RegradeDecision {
  const latest = floorHour(nowMs);
  if (arrivals && arrivals.firstReceivedMs !== null) {
    const quietAt = arrivals.lastReceivedMs + timing.quietMs;
    const deadline = arrivals.firstReceivedMs + timing.maxWaitMs;
    if (nowMs < quietAt && nowMs < deadline) return { kind: 'settling', untilMs: Math.min(quietAt, deadline) };
  }
  const hours: number[] = [];
  if (arrivals) {
    // An observation stamped inside an hour counts toward the hour that ends after it.
    const hourOf = Math.min(Math.ceil(arrivals.newestAtMs / HOUR_MS) * HOUR_MS, latest);
    if (hourOf <= windowStartOf(latest)) hours.push(hourOf);
  }
  if (arrivals || !latestHourGraded) hours.push(latest);
  return { kind: 'grade', hours };
}

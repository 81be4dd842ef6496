import type { Kysely } from 'kysely';
import { systemPrincipal, type Principal } from '../access/principal.ts';
import type { Level } from '../plans/common.schema.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import {
  gradedOn,
  gradingMarks,
  latestRequestedInput,
  type AssessmentSource,
} from '../store/assessments.repository.ts';
import { arrivalsSince, windowDataVersion } from '../store/observation-arrivals.repository.ts';
import { observationsBetween } from '../store/observations.repository.ts';
import type { Database } from '../store/schema.ts';
import type { LevelChange } from '../weather/live/level-changes.ts';
import { defaultRegradeTiming, regradeHours, type RegradeTiming } from '../weather/live/regrade-hours.ts';
import { observationReadings } from '../weather/observations/plan-readings.ts';
import { observedSituation, seriesWindowStart } from '../weather/observations/situation.ts';
import { floorHour, formatBeijing, HOUR_MS, parseObservationTime } from '../weather/observations/time.ts';
import { Situation } from '../weather/situation/situation.schema.ts';
import { gradeSituation } from './assessments.service.ts';
import type { ServiceContext } from './context.ts';
import { authorize, change, read } from './use-case.ts';

/**
 * An ingestion stamps its rows with the moment its transaction began, so a batch can commit a little after a
 * grading that did not see it: arrivals are looked for this far before the last grading (the data version then
 * tells whether anything is really new).
 */
const LATE_COMMIT_MARGIN_MS = 60_000;

/**
 * The plan's observed routes also ask for the forecaster's judgement (rain continuing, gale persisting, the fog's
 * expected hours: `trends` in contracts/assess.md), which no station measures. The continuous grading carries
 * the judgement of the newest assessment a person posted within this long before the hour graded (a day: the
 * span the plan's 24-hour criteria look at); without one, the trends are absent and the observed routes that
 * need them do not hold.
 */
const JUDGEMENT_CARRIED_MS = 24 * HOUR_MS;

/** A backfill or a replay walks at most a year of hours per run. */
const MAX_PERIOD_HOURS = 366 * 24;

export interface HourGrading {
  at: string;
  assessmentId: string;
  overall: Level | null;
  hazards: Record<string, Level | null>;
  changes: LevelChange[];
}

export interface RegradeOutcome {
  /** `settling`: a burst is still arriving; `graded`: at least one hour graded; `unchanged`: nothing new. */
  state: 'settling' | 'graded' | 'unchanged';
  gradings: HourGrading[];
}

function windowOf(ctx: ServiceContext) {
  const readings = observationReadings(ctx.plans.meteo().plan.grading);
  return { readings, startOf: (hourMs: number) => seriesWindowStart(hourMs, readings) };
}

/** The situation the stored observations give at a whole hour, and the version of the data it read. */
export async function storedSituationAt(
  ctx: ServiceContext,
  db: Kysely<Database>,
  hourMs: number,
): Promise<{ situation: Situation; dataVersion: string }> {
  const { readings, startOf } = windowOf(ctx);
  const from = startOf(hourMs);
  // The version first: a row arriving between the two reads makes the next run see a newer version, never an older.
  const dataVersion = await windowDataVersion(db, new Date(from).toISOString(), new Date(hourMs).toISOString());
  const series = await observationsBetween(db, from, hourMs);
  const observed = observedSituation(ctx.geography, series, hourMs, readings);
  const judged = await latestRequestedInput(
    db,
    new Date(hourMs - JUDGEMENT_CARRIED_MS).toISOString(),
    new Date(hourMs + HOUR_MS).toISOString(),
  );
  const trends = (judged?.input as { trends?: unknown } | undefined)?.trends ?? null;
  const situation = Situation.parse({ ...observed.situation, trends });
  return { situation, dataVersion: judged ? `${dataVersion}/${judged.id}` : dataVersion };
}

async function gradeHour(
  ctx: ServiceContext,
  hourMs: number,
  source: Exclude<AssessmentSource, 'request'>,
): Promise<HourGrading | undefined> {
  const principal = systemPrincipal(source === 'observations' ? 'observations.regrade' : 'observations.backfill');
  const { situation, dataVersion } = await storedSituationAt(ctx, ctx.store.db, hourMs);
  if (await gradedOn(ctx.store.db, source, situation.at, dataVersion)) return undefined;
  const graded = await gradeSituation(ctx, principal, situation, { observations: { source, dataVersion } });
  const { result } = graded.assessment;
  const hazards = Object.fromEntries(Object.entries(result.hazards).map(([key, hazard]) => [key, hazard.level]));
  return {
    at: result.at,
    assessmentId: graded.assessment.id,
    overall: result.overall.level,
    hazards,
    changes: graded.changes,
  };
}

/**
 * The continuous grading (a scheduled job, `observations.regrade`): when a new complete hour has come or
 * observations arrived since the last grading, and no burst is still arriving, grades the situation they give
 * through the same path as POST /api/assessments (all nine hazards, audited, plan version and clauses kept),
 * marked as from observations. The drafts, the proposal and the duty officers' notice follow from it. Idempotent:
 * an hour already graded on the same data is not graded again.
 */
export async function regradeFromObservations(
  ctx: ServiceContext,
  now: Date,
  timing: RegradeTiming = defaultRegradeTiming,
): Promise<RegradeOutcome> {
  const principal = systemPrincipal('observations.regrade');
  const { startOf } = windowOf(ctx);
  const latest = floorHour(now.getTime());
  const decision = await read(ctx, principal, 'observations.regrade', async (db) => {
    const marks = await gradingMarks(db, 'observations', formatBeijing(latest));
    const since = marks.lastCreatedAt;
    const margin = since ? new Date(Date.parse(since) - LATE_COMMIT_MARGIN_MS).toISOString() : '';
    const recent = await arrivalsSince(db, margin);
    const fresh = since ? await arrivalsSince(db, since) : recent;
    const arrivals = recent && {
      newestAtMs: Date.parse(recent.newestAt),
      firstReceivedMs: fresh ? Date.parse(fresh.firstReceivedAt) : null,
      lastReceivedMs: Date.parse(recent.lastReceivedAt),
    };
    return regradeHours(now.getTime(), arrivals, marks.hourGraded, startOf, timing);
  });
  if (decision.kind === 'settling') return { state: 'settling', gradings: [] };
  const gradings: HourGrading[] = [];
  for (const hour of decision.hours) {
    const graded = await gradeHour(ctx, hour, 'observations');
    if (graded) gradings.push(graded);
  }
  return { state: gradings.length > 0 ? 'graded' : 'unchanged', gradings };
}

export interface BackfillSummary {
  from: string;
  to: string;
  /** Complete hours in the period. */
  hours: number;
  /** Hours graded and stored now; the others were already graded on the same data. */
  graded: number;
  unchanged: number;
  gradings: HourGrading[];
}

function periodBound(text: string, field: 'from' | 'to'): number {
  const ms = parseObservationTime(text);
  if (ms === undefined)
    throw new WorkflowError('invalid', 'invalid_request', `${field}: 不是有效的 ISO 8601 时间:${text}`, null, field);
  return ms;
}

/** The complete hours of a period: those ending after `from` up to `to`, never past now; at most a year. */
function periodHours(ctx: ServiceContext, period: { from: string; to: string }) {
  const fromMs = periodBound(period.from, 'from');
  const toMs = periodBound(period.to, 'to');
  if (toMs <= fromMs) throw new WorkflowError('invalid', 'invalid_request', 'to: 应晚于 from', null, 'to');
  const first = Math.floor(fromMs / HOUR_MS) * HOUR_MS + HOUR_MS;
  const last = floorHour(Math.min(toMs, ctx.clock().getTime()));
  const hours: number[] = [];
  for (let hour = first; hour <= last; hour += HOUR_MS) {
    if (hours.length === MAX_PERIOD_HOURS)
      throw new WorkflowError('invalid', 'invalid_request', `to: 一次最多 ${MAX_PERIOD_HOURS} 个小时`, null, 'to');
    hours.push(hour);
  }
  return { from: formatBeijing(fromMs), to: formatBeijing(toMs), hours };
}

/**
 * Re-runs the grading over every complete hour of a stored period (the hours ending after `from` up to `to`,
 * never past now), stored as backfill: nothing is proposed, drafted or sent for past hours. Re-running it
 * grades only the hours whose data changed since.
 */
export async function backfillGradings(
  ctx: ServiceContext,
  principal: Principal,
  period: { from: string; to: string },
): Promise<BackfillSummary> {
  await authorize(ctx, principal, 'observations.backfill');
  const { from, to, hours } = periodHours(ctx, period);
  const gradings: HourGrading[] = [];
  for (const hour of hours) {
    const graded = await gradeHour(ctx, hour, 'backfill');
    if (graded) gradings.push(graded);
  }
  const summary: BackfillSummary = {
    from,
    to,
    hours: hours.length,
    graded: gradings.length,
    unchanged: hours.length - gradings.length,
    gradings,
  };
  await change(ctx, principal, 'observations.backfill', async ({ audit }) => {
    await audit({
      action: 'observations.backfilled',
      subjectType: 'observations',
      subjectId: `${summary.from}/${summary.to}`,
      payload: { hours: summary.hours, graded: summary.graded, unchanged: summary.unchanged },
    });
  });
  return summary;
}

/**
 * A stored period as a drill's scenario (contracts/replay.md): one step per complete hour, its situation the one
 * the stored observations give at that hour (the same derivation as the continuous grading).
 */
export async function scenarioFromStore(
  ctx: ServiceContext,
  principal: Principal,
  period: { from: string; to: string },
): Promise<{ name: string; steps: Array<{ at: Date; situation: Situation }> }> {
  await authorize(ctx, principal, 'observations.replay');
  const { from, to, hours } = periodHours(ctx, period);
  if (hours.length === 0)
    throw new WorkflowError('invalid', 'invalid_request', `to: ${from} 到 ${to} 之间没有完整的小时`, null, 'to');
  const steps = [];
  for (const hour of hours) {
    const { situation } = await storedSituationAt(ctx, ctx.store.db, hour);
    steps.push({ at: new Date(hour), situation });
  }
  return { name: `实况回放 ${from} 至 ${to}`, steps };
}

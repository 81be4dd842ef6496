import { epochDay, isoDateToEpochDay } from '../air/calendar.ts';
import { trackRegions, type RegionSpec } from '../air/evaluation/index.ts';
import type { AirStation, FeedHour } from '../air/feed/index.ts';
import type { Principal } from '../access/principal.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import { flagDustDay, listDustDays, unflagDustDay, type DustDay } from '../store/air-dust.repository.ts';
import { latestStoredDate, writeFeed, type FeedImport } from '../store/air-hourly.repository.ts';
import { listAirStations, writeAirStations } from '../store/air-stations.repository.ts';
import { dailySeries, emptyYear, evaluationOf, hourlySeries, planRegions, regionDaysUntil } from './air-reads.ts';
import type { ServiceContext } from './context.ts';
import { change } from './use-case.ts';

export type { DustDay } from '../store/air-dust.repository.ts';

/** The air plan's evaluation is public (HJ 663-2013 figures are published): these reads need no sign-in. */
export function airStations(ctx: ServiceContext, city?: string): Promise<AirStation[]> {
  return listAirStations(ctx.store.db, { city });
}

export function stationHours(ctx: ServiceContext, station: string, from: string, to: string) {
  return hourlySeries(ctx.store.db, station, from, to);
}

export function planRegionsOf(ctx: ServiceContext): RegionSpec[] {
  return planRegions(ctx.plans.air().plan);
}

export function dailyValues(
  ctx: ServiceContext,
  subject: { station: string } | { region: RegionSpec },
  from: string,
  to: string,
) {
  return dailySeries(ctx.store.db, subject, from, to);
}

export async function yearEvaluation(ctx: ServiceContext, year: number, scope: 'plan' | 'all') {
  const plan = ctx.plans.air().plan;
  return evaluationOf(ctx.store.db, plan, year, await listDustDays(ctx.store.db, year), scope);
}

/** Year-to-date tracking of the targets, as of a day (default: the last day stored). */
export async function targetTracking(ctx: ServiceContext, year: number, asOfAsked: string | undefined) {
  const db = ctx.store.db;
  const plan = ctx.plans.air().plan;
  const asOf = asOfAsked ?? (await latestStoredDate(db, year));
  if (asOf !== null && Number(asOf.slice(0, 4)) !== year)
    throw new WorkflowError('invalid', 'invalid_request', `asOf:${asOf} 不在 ${year} 年内`, null, 'asOf');
  const days = asOf === null ? emptyYear(year) : await regionDaysUntil(db, plan, year, asOf);
  const cut = asOf === null ? -1 : isoDateToEpochDay(asOf) - epochDay(year, 1, 1);
  return { year, asOf, regions: trackRegions(days, planRegions(plan), plan.targets.targets, cut) };
}

export function dustDaysOf(ctx: ServiceContext, year: number): Promise<DustDay[]> {
  return listDustDays(ctx.store.db, year);
}

function checkedRegion(ctx: ServiceContext, region: string): string {
  const names = ctx.plans.air().plan.regions.regions.map((candidate) => candidate.name);
  if (region !== '*' && !names.includes(region))
    throw new WorkflowError(
      'invalid',
      'unknown_region',
      `没有区域「${region}」;请用 * 或 ${names.join('、')}`,
      null,
      'region',
    );
  return region;
}

/** The ecology bureau flags a day as dust-affected: the evaluation then also reports figures without it. */
export async function flagDust(
  ctx: ServiceContext,
  principal: Principal,
  day: { date: string; region: string; note: string },
): Promise<DustDay> {
  return change(ctx, principal, 'air.dustDays.flag', async ({ trx, at, audit }) => {
    const flagged = await flagDustDay(trx, { ...day, region: checkedRegion(ctx, day.region) }, at);
    await audit({
      action: 'air.dust-day.flagged',
      subjectType: 'air-dust-day',
      subjectId: `${day.region} ${day.date}`,
      payload: { note: day.note },
    });
    return flagged;
  });
}

/** Takes a dust flag back, with the reason: the evaluation counts the day again. */
export async function unflagDust(
  ctx: ServiceContext,
  principal: Principal,
  day: { date: string; region: string; reason: string },
): Promise<DustDay> {
  return change(ctx, principal, 'air.dustDays.flag', async ({ trx, audit }) => {
    if (!day.reason.trim())
      throw new WorkflowError('invalid', 'reason_required', '撤销沙尘天标记需要写明理由', null, 'reason');
    const removed = await unflagDustDay(trx, checkedRegion(ctx, day.region), day.date);
    if (!removed)
      throw new WorkflowError(
        'not-found',
        'dust_day_not_found',
        `${day.date} 未标记为${day.region}的沙尘天`,
        null,
        'date',
      );
    await audit({
      action: 'air.dust-day.unflagged',
      subjectType: 'air-dust-day',
      subjectId: `${day.region} ${day.date}`,
      payload: { note: removed.note, reason: day.reason.trim() },
    });
    return removed;
  });
}

/** The local operator imports a station list into the store. */
export async function importAirStations(
  ctx: ServiceContext,
  principal: Principal,
  stations: readonly AirStation[],
  source: string,
): Promise<number> {
  return change(ctx, principal, 'air.import', async ({ trx, audit }) => {
    const count = await writeAirStations(trx, stations);
    await audit({
      action: 'air.stations.imported',
      subjectType: 'air-import',
      subjectId: source,
      payload: { stations: count },
    });
    return count;
  });
}

/** Whether the store has a station list yet (the first import brings the bundled one). */
export async function hasAirStations(ctx: ServiceContext): Promise<boolean> {
  return (await listAirStations(ctx.store.db)).length > 0;
}

/**
 * The local operator imports one national feed file, in one transaction while it is read (a file that fails half
 * way stores nothing), recorded in the audit log. Importing a file again changes nothing.
 */
export async function importAirFeed(
  ctx: ServiceContext,
  principal: Principal,
  hours: AsyncIterable<FeedHour>,
  file: string,
  digest: () => string,
): Promise<FeedImport> {
  return change(ctx, principal, 'air.import', async ({ trx, at, audit }) => {
    const result = await writeFeed(trx, hours, file, digest, at);
    if (result.newFile)
      await audit({
        action: 'air.feed.imported',
        subjectType: 'air-import',
        subjectId: file,
        payload: { stationHours: result.stationHours, firstHour: result.firstHour, lastHour: result.lastHour },
      });
    return result;
  });
}

import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Principal } from '../access/principal.ts';
import { airIndicators, qualityIndicators, type LedgerIndicator } from '../ledger/indicators/catalog.ts';
import { isIsoDate, shanghaiDate } from '../ledger/indicators/dates.ts';
import { classifyAirTracking, classifyReadings, type TrajectoryVerdict } from '../ledger/indicators/trajectory.ts';
import { formatPath } from '../plans/validate.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import {
  assignIndicatorUnit as storeIndicatorUnit,
  currentIndicatorValues,
  indicatorUnits,
  indicatorValueHistory,
  insertIndicatorValue,
  type IndicatorValueRecord,
} from '../store/ledger-indicators.repository.ts';
import type { Page, PageRequest } from '../store/pagination.ts';

export type { IndicatorValueRecord } from '../store/ledger-indicators.repository.ts';
import { targetTracking } from './air.service.ts';
import type { ServiceContext } from './context.ts';
import { ledgerParties } from './ledger-parties.ts';
import { change, read } from './use-case.ts';

/** A target as the ledger shows it: who answers for it, its latest value and where it stands. */
export interface IndicatorView extends LedgerIndicator {
  /** The unit that answers for the target (full name), null until the coordinator assigns one. */
  unit: string | null;
  latest: { value: number; period: string | null; periodEnd: string | null } | null;
  /** null for a qualitative target: the plan gives no figure to read a trajectory from. */
  trajectory: TrajectoryVerdict | null;
  /** The day the trajectory is read on (Asia/Shanghai date). */
  asOf: string;
}

export const IndicatorReportInput = z
  .object({
    period: z.string().trim().min(1).max(40).describe('报送期,如 2025年上半年、2025-06'),
    periodEnd: z.string().refine(isIsoDate, '应为 YYYY-MM-DD 格式的日期').describe('报送期的最后一天'),
    value: z.number().finite().describe('数值,单位同指标'),
    source: z.string().trim().min(1).max(200).describe('数据来源'),
    evidence: z.string().trim().min(1).max(500).describe('佐证材料:文号、文件名或地址'),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type IndicatorReportInput = z.infer<typeof IndicatorReportInput>;

/** Every target of the quality and air plans, in plan order. */
export function ledgerIndicators(ctx: ServiceContext): LedgerIndicator[] {
  const quality = ctx.plans.quality();
  const air = ctx.plans.air();
  return [...qualityIndicators(quality.id, quality.plan.targets), ...airIndicators(air.id, air.plan.targets.targets)];
}

function findIndicator(ctx: ServiceContext, planId: string, targetId: string): LedgerIndicator {
  const found = ledgerIndicators(ctx).find((entry) => entry.planId === planId && entry.targetId === targetId);
  if (!found)
    throw new WorkflowError('not-found', 'unknown_indicator', `没有指标 ${planId}/${targetId}`, null, 'target');
  return found;
}

/** The air evaluation's verdict for each air target due in `year`, read as of `asOf` (or the year's end). */
async function airVerdicts(ctx: ServiceContext, year: number, asOf: string): Promise<Map<string, TrajectoryVerdict>> {
  const verdicts = new Map<string, TrajectoryVerdict>();
  if (asOf < `${year}-01-01`) return verdicts;
  const day = asOf > `${year}-12-31` ? `${year}-12-31` : asOf;
  const tracking = await targetTracking(ctx, year, day);
  for (const region of tracking.regions)
    for (const target of region.targets) verdicts.set(target.id, classifyAirTracking(target));
  return verdicts;
}

/** Each target's view as of a day: quality targets from their reported values, air targets from the evaluation. */
export async function indicatorViews(
  ctx: ServiceContext,
  asOf: string,
  filter: { planId?: string; year?: number; unit?: string } = {},
): Promise<IndicatorView[]> {
  const db = ctx.store.db;
  const chosen = ledgerIndicators(ctx).filter(
    (entry) =>
      (filter.planId === undefined || entry.planId === filter.planId) &&
      (filter.year === undefined || entry.year === filter.year),
  );
  const units = await indicatorUnits(db, filter.planId);
  const reported = new Map<string, Map<string, IndicatorValueRecord[]>>();
  const air = new Map<number, Map<string, TrajectoryVerdict>>();
  const views: IndicatorView[] = [];
  for (const entry of chosen) {
    const unit = units.get(`${entry.planId}/${entry.targetId}`)?.unit ?? null;
    if (filter.unit !== undefined && unit !== filter.unit) continue;
    if (entry.source === 'airEvaluation') {
      if (!air.has(entry.year)) air.set(entry.year, await airVerdicts(ctx, entry.year, asOf));
      // A year not begun yet has no evaluation: no data (A1), like a year without monitoring data.
      const verdict =
        air.get(entry.year)!.get(entry.targetId) ??
        classifyAirTracking({ value: null, met: null, achievable: null, remainingDays: 0 });
      const latest = verdict?.latest ?? null;
      views.push({
        ...entry,
        unit,
        latest: latest === null ? null : { value: latest, period: null, periodEnd: null },
        trajectory: verdict,
        asOf,
      });
      continue;
    }
    if (!reported.has(entry.planId)) reported.set(entry.planId, await currentIndicatorValues(db, entry.planId));
    const values = (reported.get(entry.planId)!.get(entry.targetId) ?? []).filter((value) => value.periodEnd <= asOf);
    const last = values.at(-1);
    views.push({
      ...entry,
      unit,
      latest: last ? { value: last.value, period: last.period, periodEnd: last.periodEnd } : null,
      trajectory: entry.goal === null ? null : classifyReadings(entry.goal, values, asOf),
      asOf,
    });
  }
  return views;
}

function askedDay(ctx: ServiceContext, asOf: string | undefined): string {
  if (asOf !== undefined && !isIsoDate(asOf))
    throw new WorkflowError('invalid', 'invalid_request', `asOf:${asOf} 应为 YYYY-MM-DD 格式的日期`, null, 'asOf');
  return asOf ?? shanghaiDate(ctx.clock());
}

export async function listIndicators(
  ctx: ServiceContext,
  principal: Principal,
  query: { plan?: string; year?: number; unit?: string; asOf?: string },
): Promise<IndicatorView[]> {
  if (query.plan !== undefined && !ledgerIndicators(ctx).some((entry) => entry.planId === query.plan))
    throw new WorkflowError('not-found', 'unknown_plan', `没有带指标的预案 ${query.plan}`, null, 'plan');
  const unit = query.unit === undefined ? undefined : ctx.plans.units().tryResolve(query.unit);
  if (query.unit !== undefined && unit === undefined)
    throw new WorkflowError('not-found', 'unknown_unit', `单位名录中没有「${query.unit}」`, null, 'unit');
  return read(ctx, principal, 'ledger.indicators.read', () =>
    indicatorViews(ctx, askedDay(ctx, query.asOf), {
      ...(query.plan !== undefined ? { planId: query.plan } : {}),
      ...(query.year !== undefined ? { year: query.year } : {}),
      ...(unit !== undefined ? { unit: unit.name } : {}),
    }),
  );
}

export async function indicatorOf(
  ctx: ServiceContext,
  principal: Principal,
  planId: string,
  targetId: string,
  asOf?: string,
): Promise<IndicatorView> {
  const entry = findIndicator(ctx, planId, targetId);
  const views = await read(ctx, principal, 'ledger.indicators.read', () =>
    indicatorViews(ctx, askedDay(ctx, asOf), { planId, year: entry.year }),
  );
  return views.find((view) => view.targetId === targetId)!;
}

/** A target's reports as made, every one kept (a correction does not erase the value it replaced). */
export async function indicatorHistory(
  ctx: ServiceContext,
  principal: Principal,
  planId: string,
  targetId: string,
  page: PageRequest,
): Promise<Page<IndicatorValueRecord>> {
  findIndicator(ctx, planId, targetId);
  return read(ctx, principal, 'ledger.indicators.read', (db) => indicatorValueHistory(db, planId, targetId, page));
}

/** The coordinator names the unit that answers for a target (the plans name none); recorded and audited. */
export async function assignIndicator(
  ctx: ServiceContext,
  principal: Principal,
  planId: string,
  targetId: string,
  unitName: string,
) {
  const entry = findIndicator(ctx, planId, targetId);
  const unit = ctx.plans.units().tryResolve(unitName);
  if (!unit) throw new WorkflowError('invalid', 'unknown_unit', `单位名录中没有「${unitName}」`, null, 'unit');
  return change(ctx, principal, 'ledger.indicators.assign', async (step) => {
    // 五(一): the plan's coordinating unit (plans/city/units.json) decides who answers for its targets.
    step.allow({ ledger: ledgerParties(ctx, principal, planId, []) });
    const previous = await storeIndicatorUnit(step.trx, {
      planId,
      targetId,
      unit: unit.name,
      assignedAt: step.at.toISOString(),
      assignedBy: step.actor,
    });
    await step.audit({
      action: 'ledger.indicator.assign',
      subjectType: 'ledger_indicator',
      subjectId: `${planId}/${targetId}`,
      payload: { unit: unit.name, previous, clause: entry.clause },
    });
    return { planId, targetId, unit: unit.name, previous };
  });
}

/** The target's unit reports a value for a period, with its source and evidence; air values are not typed in. */
export async function reportIndicatorValue(
  ctx: ServiceContext,
  principal: Principal,
  planId: string,
  targetId: string,
  input: IndicatorReportInput,
): Promise<IndicatorValueRecord> {
  const entry = findIndicator(ctx, planId, targetId);
  if (entry.source === 'airEvaluation')
    throw new WorkflowError(
      'conflict',
      'derived_indicator',
      '空气质量目标的数值由空气质量评价(HJ 663-2013)自动得出,不能手工报送',
      null,
      'target',
    );
  if (entry.goal === null)
    throw new WorkflowError('conflict', 'qualitative_indicator', '定性目标没有可报送的数值', null, 'target');
  const checked = IndicatorReportInput.safeParse(input);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const path = formatPath(issue.path);
    throw new WorkflowError('invalid', 'invalid_request', `${path}: ${issue.message}`, null, path);
  }
  const parsed = checked.data;
  const plan = ctx.plans.get(planId)!;
  return change(ctx, principal, 'ledger.indicators.report', async (step) => {
    const units = await indicatorUnits(step.trx, planId);
    const unitName = units.get(`${planId}/${targetId}`)?.unit;
    if (unitName === undefined)
      throw new WorkflowError('conflict', 'no_unit', '该指标尚未确定责任单位,请先由牵头协调单位确定', null, 'target');
    step.allow({ unitId: ctx.plans.units().resolve(unitName).id });
    const today = shanghaiDate(step.at);
    if (parsed.periodEnd > today)
      throw new WorkflowError(
        'invalid',
        'future_period',
        `报送期尚未结束:${parsed.periodEnd} 晚于今天 ${today}`,
        null,
        'periodEnd',
      );
    const record = await insertIndicatorValue(step.trx, {
      id: randomUUID(),
      plan_id: planId,
      target_id: targetId,
      unit: unitName,
      period: parsed.period,
      period_end: parsed.periodEnd,
      value: parsed.value,
      source: parsed.source,
      evidence: parsed.evidence,
      note: parsed.note ?? null,
      reported_at: step.at.toISOString(),
      reported_by: step.actor,
      plan_version: plan.version,
      plan_hash: plan.contentHash,
    });
    await step.audit({
      action: 'ledger.indicator.report',
      subjectType: 'ledger_indicator',
      subjectId: `${planId}/${targetId}`,
      payload: {
        valueId: record.id,
        unit: unitName,
        period: record.period,
        periodEnd: record.periodEnd,
        value: record.value,
        source: record.source,
        evidence: record.evidence,
        clause: entry.clause,
        planVersion: plan.version,
      },
    });
    return record;
  });
}

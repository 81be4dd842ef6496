import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorPrincipal, userPrincipal, type Principal } from '../access/principal.ts';
import type { Role } from '../access/roles.ts';
import { auditTrail } from '../store/audit.repository.ts';
import type { Store } from '../store/database.ts';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { writeCleanAirDays, writeTaskFacts } from '../../test/support/ledger-facts.ts';
import { serviceContext } from '../../test/support/services.ts';
import type { ServiceContext } from './context.ts';
import {
  assignIndicator,
  indicatorHistory,
  indicatorOf,
  listIndicators,
  reportIndicatorValue,
} from './ledger-indicators.service.ts';
import { unitScorecard, yearScorecards } from './ledger-scorecards.service.ts';

const person = (role: Role, unitId: string | null = null): Principal =>
  userPrincipal({ id: `${role}-${unitId}`, username: `${role}-${unitId}`, displayName: role, role, unitId });
const market = person('unitLiaison', 'market-regulation-bureau');
const commerce = person('unitLiaison', 'commerce-bureau');
const eco = person('ecologyOfficer');
const op = operatorPrincipal('root');
const Q = 'quality-2024';
const report = (periodEnd: string, value: number) => ({
  period: periodEnd.slice(0, 7),
  periodEnd,
  value,
  source: '市市场监督管理局商标注册统计',
  evidence: '鄂市监字〔2025〕12号',
});

describe.each(engines)('ledger indicators and scorecards on %s', (engine) => {
  let store: Store;
  let ctx: ServiceContext;
  let now = new Date('2025-07-15T02:00:00.000Z');
  beforeAll(async () => {
    store = await openTestStore(engine);
    ctx = serviceContext(store, () => now);
  });
  afterAll(async () => store.close());

  it('every target of both plans is listed; qualitative targets carry no trajectory', async () => {
    const all = await listIndicators(ctx, op, {});
    const quality = ctx.plans.quality().plan.targets.periods.flatMap((period) => period.targets);
    expect(all.filter((entry) => entry.planId === Q)).toHaveLength(quality.length);
    expect(all.filter((entry) => entry.planId === 'air-2024')).toHaveLength(13);
    const qualitative = all.find((entry) => entry.targetId === '2025-brand-building')!;
    expect(qualitative).toMatchObject({ goal: null, trajectory: null });
    const trademarks = all.find((entry) => entry.targetId === '2025-registered-trademarks')!;
    expect(trademarks).toMatchObject({ unit: null, goal: { comparison: 'gte', value: 56000 } });
    expect(trademarks.trajectory).toMatchObject({ status: 'noData', rule: 'I1' });
  });

  it('unknown plans and units are refused; an air year not begun has no data (A1); emission rows are reported', async () => {
    await expect(listIndicators(ctx, op, { plan: 'nope-2024' })).rejects.toMatchObject({ code: 'unknown_plan' });
    await expect(listIndicators(ctx, op, { unit: '市质监局' })).rejects.toMatchObject({ code: 'unknown_unit' });
    const air = await listIndicators(ctx, op, { plan: 'air-2024', asOf: '2024-06-30' });
    const derived = air.filter((entry) => entry.source === 'airEvaluation');
    expect(derived).toHaveLength(11);
    expect(derived.every((entry) => entry.trajectory?.rule === 'A1')).toBe(true);
    // The air data holds no emission totals (一(二) rows 4-5): their unit reports them, the others are derived.
    expect(air.filter((entry) => entry.source === 'reported').map((entry) => entry.targetId)).toEqual([
      'city-nox-emission-reduction',
      'city-voc-emission-reduction',
    ]);
  });

  it("五(一): the coordinator's liaison names a target's unit (short forms resolved); others may not", async () => {
    await expect(assignIndicator(ctx, commerce, Q, '2025-registered-trademarks', '市商务局')).rejects.toMatchObject({
      code: 'not_coordinator',
    });
    await expect(assignIndicator(ctx, market, Q, '2025-registered-trademarks', '市质监局')).rejects.toMatchObject({
      code: 'unknown_unit',
    });
    const assigned = await assignIndicator(ctx, market, Q, '2025-registered-trademarks', '市市场监管局');
    expect(assigned).toEqual({
      planId: Q,
      targetId: '2025-registered-trademarks',
      unit: '市市场监督管理局',
      previous: null,
    });
    // The air plan's coordinator acts through the ecology bureau's officers.
    expect(await assignIndicator(ctx, eco, 'air-2024', 'city-pm25-annual', '市生态环境局')).toMatchObject({
      unit: '市生态环境局',
    });
  });

  it("only the target's unit reports; bad input, air and qualitative targets are refused with nothing stored", async () => {
    const target = '2025-registered-trademarks';
    await expect(reportIndicatorValue(ctx, commerce, Q, target, report('2025-03-31', 53000))).rejects.toMatchObject({
      code: 'wrong_unit',
    });
    await expect(reportIndicatorValue(ctx, market, Q, target, report('2025-02-30', 53000))).rejects.toMatchObject({
      code: 'invalid_request',
      path: 'periodEnd',
    });
    await expect(reportIndicatorValue(ctx, market, Q, target, report('2025-09-30', 53000))).rejects.toMatchObject({
      code: 'future_period',
    });
    await expect(
      reportIndicatorValue(ctx, market, Q, target, { ...report('2025-03-31', 1), evidence: ' ' }),
    ).rejects.toMatchObject({ path: 'evidence' });
    await expect(
      reportIndicatorValue(ctx, eco, 'air-2024', 'city-pm25-annual', report('2025-03-31', 20)),
    ).rejects.toMatchObject({ code: 'derived_indicator' });
    await expect(
      reportIndicatorValue(ctx, market, Q, '2025-brand-building', report('2025-03-31', 1)),
    ).rejects.toMatchObject({ code: 'qualitative_indicator' });
    await expect(
      reportIndicatorValue(ctx, market, Q, '2025-standards', report('2025-03-31', 90)),
    ).rejects.toMatchObject({ code: 'no_unit' });
    expect((await indicatorHistory(ctx, op, Q, target, { limit: 50 })).items).toEqual([]);
  });

  it('the trajectory follows the values: behind the path is at risk, a correction supersedes, history keeps both', async () => {
    const target = '2025-registered-trademarks';
    await reportIndicatorValue(ctx, market, Q, target, report('2025-01-31', 52000));
    now = new Date('2025-07-15T02:30:00.000Z');
    await reportIndicatorValue(ctx, market, Q, target, report('2025-06-30', 53000));
    // From 52000 (31 Jan) to 56000 (31 Dec), by 30 June the path is at about 53830: 53000 is behind it.
    const behind = await indicatorOf(ctx, op, Q, target);
    expect(behind.trajectory).toMatchObject({ status: 'atRisk', rule: 'I4', latest: 53000 });
    expect(behind.latest).toEqual({ value: 53000, period: '2025-06', periodEnd: '2025-06-30' });
    now = new Date('2025-07-15T03:00:00.000Z');
    await reportIndicatorValue(ctx, market, Q, target, { ...report('2025-06-30', 54500), note: '更正:补录6月数据' });
    expect((await indicatorOf(ctx, op, Q, target)).trajectory).toMatchObject({ status: 'onTrack', rule: 'I4' });
    const history = await indicatorHistory(ctx, op, Q, target, { limit: 2 });
    expect(history.items.map((value) => value.value)).toEqual([54500, 53000]);
    const rest = await indicatorHistory(ctx, op, Q, target, { limit: 2, cursor: history.next! });
    expect(rest).toMatchObject({ items: [{ value: 52000 }], next: null });
    // Read on a day before the correction's period ended, the trajectory is the one of that day.
    expect((await indicatorOf(ctx, op, Q, target, '2025-02-15')).trajectory).toMatchObject({ rule: 'I5' });
    const audit = await auditTrail(store.db, 'ledger_indicator', `${Q}/${target}`);
    expect(audit.map((entry) => entry.action)).toEqual([
      'ledger.indicator.assign',
      'ledger.indicator.report',
      'ledger.indicator.report',
      'ledger.indicator.report',
    ]);
    expect(audit[1]!.payload).toMatchObject({ unit: '市市场监督管理局', evidence: '鄂市监字〔2025〕12号' });
  });

  it("an air target's value is the evaluation's own figure, derived on read", async () => {
    const before = await indicatorOf(ctx, op, 'air-2024', 'city-pm25-annual', '2025-01-10');
    expect(before.trajectory).toMatchObject({ status: 'noData', rule: 'A1' });
    await writeCleanAirDays(store.db, 2025, 10, 15);
    const after = await indicatorOf(ctx, op, 'air-2024', 'city-pm25-annual', '2025-01-10');
    expect(after).toMatchObject({ unit: '市生态环境局', latest: { value: 15, period: null } });
    expect(after.trajectory).toMatchObject({ status: 'onTrack', rule: 'A4' });
  });

  it("督查考核: each unit's score from its tasks and targets, line by line, and the year's ranking", async () => {
    await writeTaskFacts(store.db, [
      // 市商务局: one closed on time, one closed a day late, one overdue with a return, one ongoing.
      { year: 2025, number: '1', lead: '市商务局', deadline: '2025-03-31', closedAt: '2025-03-31T09:00:00.000Z' },
      { year: 2025, number: '2', lead: '市商务局', deadline: '2025-03-31', closedAt: '2025-03-31T16:30:00.000Z' },
      {
        year: 2025,
        number: '3',
        lead: '市商务局',
        partners: ['市市场监督管理局'],
        deadline: '2025-06-30',
        returns: ['2025-06-20T01:00:00.000Z'],
      },
      { year: 2025, number: '4', lead: '市商务局', deadline: null },
      // 市市场监督管理局: two on time; a task of another year does not count.
      {
        year: 2025,
        number: '5',
        lead: '市市场监督管理局',
        deadline: '2025-12-31',
        closedAt: '2025-05-01T00:00:00.000Z',
      },
      { year: 2025, number: '6', lead: '市市场监督管理局', deadline: null, closedAt: '2025-07-01T00:00:00.000Z' },
      { year: 2024, number: '1', lead: '市商务局', deadline: '2024-06-30' },
    ]);
    const year = await yearScorecards(ctx, op, 2025);
    expect(year.rule).toMatchObject({ id: 'ledger-scoring', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const card = (unit: string) => year.scorecards.find((entry) => entry.unit === unit)!;
    expect(card('市商务局').facts).toMatchObject({
      tasksClosedOnTime: 1,
      tasksClosedLate: 1,
      tasksOverdue: 1,
      tasksOpen: 1,
      tasksReturned: 1,
    });
    expect(card('市市场监督管理局').facts).toMatchObject({ tasksClosedOnTime: 2, indicatorsOnTrack: 1 });
    expect(card('市生态环境局').facts).toMatchObject({ indicatorsOnTrack: 1 });
    // Every line names its rule, count, weight and points; the score is the base plus the points.
    const commerceCard = card('市商务局');
    for (const line of commerceCard.lines) expect(line.points).toBe(line.count * line.weight || 0);
    expect(commerceCard.score).toBe(commerceCard.base + commerceCard.lines.reduce((sum, l) => sum + l.points, 0));
    expect(year.scorecards.map((entry) => entry.rank)).toEqual([...year.scorecards.map((entry) => entry.rank)].sort());
    expect(year.scorecards.at(-1)!.unit).toBe('市商务局');
    // A unit asked by its short form; one with nothing in the year is shown at the base, unranked.
    expect((await unitScorecard(ctx, op, 2025, '市市场监管局')).scorecard.unit).toBe('市市场监督管理局');
    const idle = await unitScorecard(ctx, op, 2025, '市财政局');
    expect(idle.scorecard).toMatchObject({ rank: null, score: idle.scorecard.base });
    // Read as of an earlier day, task 2 was not closed yet and task 3 not yet overdue.
    now = new Date('2025-03-31T12:00:00.000Z');
    expect(card2(await yearScorecards(ctx, op, 2025))).toMatchObject({ tasksClosedOnTime: 1, tasksOverdue: 0 });
    now = new Date('2025-07-15T02:00:00.000Z');
  });

  it('refuses what is not a year or not a unit', async () => {
    await expect(yearScorecards(ctx, op, 1999)).rejects.toMatchObject({ code: 'invalid_request', path: 'year' });
    await expect(unitScorecard(ctx, op, 2025, '市质监局')).rejects.toMatchObject({ code: 'unknown_unit' });
  });
});

const card2 = (year: Awaited<ReturnType<typeof yearScorecards>>) =>
  year.scorecards.find((entry) => entry.unit === '市商务局')!.facts;

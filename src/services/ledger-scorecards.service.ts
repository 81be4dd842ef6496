import type { Principal } from '../access/principal.ts';
import { loadScoringRule, type LoadedScoringRule } from '../catalog/ledger-scoring.ts';
import type { PlanCatalog } from '../catalog/plan-files.ts';
import { shanghaiDate } from '../ledger/indicators/dates.ts';
import type { TrajectoryStatus } from '../ledger/indicators/trajectory.ts';
import {
  noFacts,
  rankScorecards,
  scoreUnit,
  type RankedScorecard,
  type UnitFacts,
} from '../ledger/scoring/scorecard.ts';
import type { ScoringFact } from '../ledger/scoring/rule.schema.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import { unitTaskCounts } from '../store/ledger-scoring.repository.ts';
import type { ServiceContext } from './context.ts';
import { indicatorViews } from './ledger-indicators.service.ts';
import { read } from './use-case.ts';

// The rule is read once per loaded catalog (a process, or a test's context) and validated then: a broken file
// fails the first scorecard with the file, field and reason, as a broken plan fails the start.
const rules = new WeakMap<PlanCatalog, LoadedScoringRule>();

export function scoringRuleOf(ctx: ServiceContext): LoadedScoringRule {
  let loaded = rules.get(ctx.plans);
  if (!loaded) rules.set(ctx.plans, (loaded = loadScoringRule()));
  return loaded;
}

const INDICATOR_FACT: Record<TrajectoryStatus, ScoringFact> = {
  onTrack: 'indicatorsOnTrack',
  atRisk: 'indicatorsAtRisk',
  missed: 'indicatorsMissed',
  noData: 'indicatorsNoData',
};

export interface YearScorecards {
  year: number;
  /** The instant the facts are counted at: now, or the end of the year (Asia/Shanghai) once it is over. */
  asOf: string;
  rule: { id: string; version: string; title: string; source: string; contentHash: string };
  scorecards: RankedScorecard[];
}

function checkedYear(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new WorkflowError('invalid', 'invalid_request', `year:${year} 应为 2000–2100 的年份`, null, 'year');
  return year;
}

/** Every unit's facts for the year: the tasks it leads (SQL counts) and the quantified targets it answers for. */
async function yearFacts(ctx: ServiceContext, year: number, asOf: Date): Promise<Map<string, UnitFacts>> {
  const facts = new Map<string, UnitFacts>();
  const of = (unit: string) => {
    let found = facts.get(unit);
    if (!found) facts.set(unit, (found = noFacts()));
    return found;
  };
  for (const counts of await unitTaskCounts(ctx.store.db, year, asOf.toISOString())) {
    const unit = of(counts.unit);
    unit.tasksClosedOnTime = counts.closedOnTime;
    unit.tasksClosedLate = counts.closedLate;
    unit.tasksOverdue = counts.overdue;
    unit.tasksOpen = counts.open;
    unit.tasksReturned = counts.returned;
  }
  for (const view of await indicatorViews(ctx, shanghaiDate(asOf), { year })) {
    if (view.unit === null || view.trajectory === null) continue;
    of(view.unit)[INDICATOR_FACT[view.trajectory.status]]++;
  }
  return facts;
}

/** The year's scorecards of every unit with tasks or targets, ranked, each explained line by line. */
export async function yearScorecards(ctx: ServiceContext, principal: Principal, year: number): Promise<YearScorecards> {
  checkedYear(year);
  return read(ctx, principal, 'ledger.scorecards.read', async () => {
    const now = ctx.clock();
    const yearEnd = new Date(`${year}-12-31T16:00:00.000Z`);
    const asOf = now < yearEnd ? now : yearEnd;
    const { rule, contentHash } = scoringRuleOf(ctx);
    const facts = await yearFacts(ctx, year, asOf);
    const cards = [...facts].map(([unit, counted]) => scoreUnit(unit, year, counted, rule));
    return {
      year,
      asOf: asOf.toISOString(),
      rule: { id: rule.id, version: rule.version, title: rule.title, source: rule.source, contentHash },
      scorecards: rankScorecards(cards),
    };
  });
}

/** One unit's scorecard (full name or short form), with its rank among the year's units. */
export async function unitScorecard(ctx: ServiceContext, principal: Principal, year: number, unitName: string) {
  const unit = ctx.plans.units().tryResolve(unitName);
  if (!unit) throw new WorkflowError('not-found', 'unknown_unit', `单位名录中没有「${unitName}」`, null, 'unit');
  const all = await yearScorecards(ctx, principal, year);
  const card = all.scorecards.find((entry) => entry.unit === unit.name);
  const { rule } = scoringRuleOf(ctx);
  return {
    year,
    asOf: all.asOf,
    rule: all.rule,
    ranked: all.scorecards.length,
    // A unit without tasks or targets in the year is scored on nothing: its card shows the base, unranked.
    scorecard: card ?? { ...scoreUnit(unit.name, year, noFacts(), rule), rank: null },
  };
}

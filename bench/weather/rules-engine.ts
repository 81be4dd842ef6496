// The plan's rules through json-rules-engine, the general rule engine a team would otherwise reach for: one
// rule per (hazard, level, route) for "meets" and one for "has a valid value", run on each unit's and each
// station's facts, then the same share, coverage, trend and season arithmetic as ours. The levels must agree
// with ours, so that the ratio compares equal work.
import { Engine, type NestedCondition, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { Comparison } from '../../src/plans/meteo/grading-rule.schema.ts';
import {
  compileGrading,
  type CompiledCondition,
  type CompiledRoute,
  type GradingPlan,
} from '../../src/weather/grading/compile.ts';
import { compares } from '../../src/weather/grading/scales.ts';
import { reaches } from '../../src/weather/grading/exact-share.ts';
import type { GradingInput } from '../../src/weather/grading/grading-input.ts';
import type { MeasureTable } from '../../src/weather/grading/measure-table.ts';
import type { AssessmentResult } from '../../src/weather/grading/result.schema.ts';
import { monthDay } from '../../src/weather/situation/instant.ts';
import { situationTables } from '../../src/weather/situation/to-tables.ts';
import type { Situation } from '../../src/weather/situation/situation.schema.ts';
import { formatTiming, report, timeAsync, time, type Timing } from '../support.ts';

type Facts = Record<string, number | number[] | undefined>;
const operators: Record<Comparison, string> = {
  '>=': 'greaterThanInclusive',
  '>': 'greaterThan',
  '<=': 'lessThanInclusive',
  '<': 'lessThan',
};

interface DaysRule {
  days: number;
  op: Comparison;
  limit: number;
  latest: boolean;
}

/** A threshold in the plan's terms: the quantity, the comparison, the limit and, for daily values, the days. */
function termsOf(condition: Extract<CompiledCondition, { threshold: unknown }>) {
  const { scale, step } = condition.threshold;
  return {
    field: scale.field,
    kind: scale.kind,
    op: scale.op,
    days: scale.days,
    limit: scale.limits[step]!,
    daily: scale.kind === 'past-days' || scale.kind === 'next-days',
  };
}

function meets(condition: CompiledCondition): NestedCondition {
  if ('all' in condition) return { all: condition.all.map(meets) };
  if ('any' in condition) return { any: condition.any.map(meets) };
  const t = termsOf(condition);
  if (t.daily)
    return {
      fact: t.field,
      operator: 'daysMeet',
      value: { days: t.days, op: t.op, limit: t.limit, latest: t.kind === 'past-days' },
    };
  return { fact: t.field, operator: operators[t.op], value: t.limit };
}

function valid(condition: CompiledCondition): NestedCondition {
  if ('all' in condition) return { all: condition.all.map(valid) };
  if ('any' in condition) return { any: condition.any.map(valid) };
  const t = termsOf(condition);
  if (t.daily) return { fact: t.field, operator: 'daysValid', value: { days: t.days, latest: t.kind === 'past-days' } };
  return { fact: t.field, operator: 'hasValue', value: true };
}

const top = (condition: NestedCondition): TopLevelCondition =>
  'all' in condition || 'any' in condition ? (condition as TopLevelCondition) : { all: [condition] };

function engineFor(routes: CompiledRoute[]): Engine {
  const rules: RuleProperties[] = routes.flatMap((route, index) => [
    { conditions: top(meets(route.condition)), event: { type: 'met', params: { index } } },
    { conditions: top(valid(route.condition)), event: { type: 'valid', params: { index } } },
  ]);
  const engine = new Engine(rules, { allowUndefinedFacts: true });
  engine.addOperator<unknown, boolean>('hasValue', (value) => value !== undefined);
  engine.addOperator<number[] | undefined, DaysRule>('daysMeet', (list, rule) => {
    if (!list || list.length < rule.days) return false;
    const from = rule.latest ? list.length - rule.days : 0;
    return list.slice(from, from + rule.days).every((v) => compares(v, rule.op, rule.limit));
  });
  engine.addOperator<number[] | undefined, { days: number; latest: boolean }>(
    'daysValid',
    (list, rule) => (list?.length ?? 0) >= (rule.latest ? 1 : rule.days),
  );
  return engine;
}

function factsOf(table: MeasureTable): Facts[] {
  return Array.from({ length: table.size }, (_, i) => {
    const facts: Facts = {};
    for (const [field, column] of table.numbers) facts[field] = Number.isNaN(column[i]!) ? undefined : column[i]!;
    for (const [field, series] of table.days) {
      const from = series.offsets[i]!;
      const to = series.offsets[i + 1]!;
      facts[field] = to > from ? Array.from(series.values.subarray(from, to)) : undefined;
    }
    return facts;
  });
}

async function sums(
  engine: Engine,
  facts: Facts[],
  routes: CompiledRoute[],
  table: MeasureTable,
): Promise<Array<{ met: number; valid: number }>> {
  const out = routes.map(() => ({ met: 0, valid: 0 }));
  for (let i = 0; i < facts.length; i++) {
    const { events } = await engine.run(facts[i]);
    for (const event of events) {
      const index = event.params!.index as number;
      const weight = table.weights[routes[index]!.basis]![i]!;
      out[index]![event.type as 'met' | 'valid'] += weight;
    }
  }
  return out;
}

/** The levels of all nine hazards, graded through json-rules-engine. */
async function gradeWithRulesEngine(
  plan: GradingPlan,
  input: GradingInput,
  facts: { units: Facts[]; stations: Facts[] },
): Promise<Record<string, string | null>> {
  const grading = compileGrading(plan);
  const entries = grading.hazards.flatMap((h) =>
    h.levels.flatMap((level) => level.routes.map((route) => ({ h, level, route }))),
  );
  const bySource = {
    units: entries.filter((e) => e.route.source === 'units'),
    stations: entries.filter((e) => e.route.source === 'stations'),
  };
  const totals = new Map<string, number>();
  const holds = new Set<(typeof entries)[number]>();
  for (const source of ['units', 'stations'] as const) {
    const routes = bySource[source].map((e) => e.route);
    const counted = await sums(engineFor(routes), facts[source], routes, input[source]);
    bySource[source].forEach((entry, index) => {
      const { met, valid } = counted[index]!;
      const key = `${source} ${entry.route.basis}`;
      if (!totals.has(key))
        totals.set(
          key,
          input[source].weights[entry.route.basis]!.reduce((a, b) => a + b, 0),
        );
      const md = monthDay(input.date);
      const inSeason = !entry.level.season || entry.level.season.windows.some((w) => md >= w.from && md <= w.to);
      const trends = entry.route.requires.every((r) => {
        const actual = input.trends[r.trend as keyof typeof input.trends];
        return 'is' in r ? actual === r.is : compares(Number(actual), r.op, r.value);
      });
      if (
        reaches(valid, totals.get(key)!, grading.coverageMinimum) &&
        reaches(met, valid, entry.route.share) &&
        inSeason &&
        trends
      )
        holds.add(entry);
    });
  }
  return Object.fromEntries(
    grading.hazards.map((h) => {
      const reached = h.levels.filter((level) => entries.some((e) => e.level === level && holds.has(e))).at(-1);
      return [h.hazard, reached?.level ?? null];
    }),
  );
}

/** Times both on one case and prints json-rules-engine's median over ours. */
export async function rulesEngineRatio(
  plan: GradingPlan,
  label: string,
  situation: Situation | GradingInput,
  ours: (situation: Situation) => AssessmentResult,
  oursTiming?: Timing,
): Promise<void> {
  const input =
    'units' in situation && 'numbers' in situation.units
      ? (situation as GradingInput)
      : situationTables(situation as Situation);
  const facts = { units: factsOf(input.units), stations: factsOf(input.stations) };
  const expected = ours(situation as Situation);
  // On the grid one run takes minutes: that run both checks the levels and is the figure.
  const big = input.units.size > 1000;
  let theirs: Record<string, string | null> = {};
  const theirsTiming = await timeAsync(
    async () => {
      theirs = await gradeWithRulesEngine(plan, input, facts);
    },
    big ? 1 : 51,
    big ? 0 : 5,
  );
  const agree = Object.entries(theirs).every(
    ([key, level]) => expected.hazards[key as keyof typeof expected.hazards].level === level,
  );
  if (!agree) throw new Error(`json-rules-engine and ours disagree on ${label}: ${JSON.stringify(theirs)}`);
  const oursT = oursTiming ?? time(() => ours(situation as Situation), 201, 20);
  report(`json-rules-engine, ${label}`, formatTiming(theirsTiming));
  report(`  ratio json-rules-engine / ours (same levels)`, `${(theirsTiming.medianMs / oursT.medianMs).toFixed(0)}×`);
}

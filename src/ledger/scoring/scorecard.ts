import type { ScoringFact, ScoringRule } from './rule.schema.ts';

/** What a unit did in a year, counted from the ledger (docs/ledger.md, "Indicators and scorecards"). */
export type UnitFacts = Record<ScoringFact, number>;

export const noFacts = (): UnitFacts => ({
  tasksClosedOnTime: 0,
  tasksClosedLate: 0,
  tasksOverdue: 0,
  tasksOpen: 0,
  tasksReturned: 0,
  indicatorsOnTrack: 0,
  indicatorsAtRisk: 0,
  indicatorsMissed: 0,
  indicatorsNoData: 0,
});

/** One line of the explanation: what was counted, how often, at what weight, and what it gave. */
export interface ScoreLine {
  rule: string;
  fact: ScoringFact;
  zh: string;
  count: number;
  weight: number;
  /** count × weight, bounded by the line's cap. */
  points: number;
  /** Whether the cap cut the line's points. */
  capped: boolean;
}

export interface Scorecard {
  unit: string;
  year: number;
  ruleId: string;
  ruleVersion: string;
  base: number;
  lines: ScoreLine[];
  /** base + Σ points, within the rule's floor and ceiling; rounded to 0.01. */
  score: number;
  /** Whether the floor or ceiling cut the score. */
  bounded: boolean;
  facts: UnitFacts;
}

// `|| 0` turns -0 (0 × a negative weight) into 0.
const round2 = (value: number) => Math.round(value * 100) / 100 || 0;

/** A unit's score for a year from its facts and the rule, explained line by line. */
export function scoreUnit(unit: string, year: number, facts: UnitFacts, rule: ScoringRule): Scorecard {
  const lines = rule.lines.map((line): ScoreLine => {
    const count = facts[line.fact];
    const raw = count * line.points;
    const bounded = line.cap === undefined ? raw : Math.max(-line.cap, Math.min(line.cap, raw));
    return {
      rule: line.id,
      fact: line.fact,
      zh: line.zh,
      count,
      weight: line.points,
      points: round2(bounded),
      capped: bounded !== raw,
    };
  });
  const total = round2(rule.base + lines.reduce((sum, line) => sum + line.points, 0));
  const score = Math.max(rule.floor, Math.min(rule.ceiling, total));
  return {
    unit,
    year,
    ruleId: rule.id,
    ruleVersion: rule.version,
    base: rule.base,
    lines,
    score,
    bounded: score !== total,
    facts,
  };
}

export interface RankedScorecard extends Scorecard {
  /** 1 for the best; equal scores share a rank and the next rank skips (1, 1, 3). */
  rank: number;
}

/** The year's ranking: highest score first; equal scores share a rank, listed by unit name. */
export function rankScorecards(cards: readonly Scorecard[]): RankedScorecard[] {
  const sorted = [...cards].sort((a, b) => b.score - a.score || a.unit.localeCompare(b.unit, 'zh-CN'));
  let rank = 0;
  return sorted.map((card, index) => {
    if (index === 0 || card.score !== sorted[index - 1]!.score) rank = index + 1;
    return { ...card, rank };
  });
}

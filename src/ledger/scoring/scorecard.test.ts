import { describe, expect, it } from 'vitest';
import { ScoringRule } from './rule.schema.ts';
import { noFacts, rankScorecards, scoreUnit } from './scorecard.ts';

const rule = ScoringRule.parse({
  id: 'test-rule',
  version: '1',
  title: '测试规则',
  source: 'test',
  base: 100,
  floor: 0,
  ceiling: 110,
  lines: [
    { id: 'S1', fact: 'tasksClosedOnTime', zh: '按期办结', points: 2 },
    { id: 'S2', fact: 'tasksOverdue', zh: '逾期未办结', points: -5, cap: 20 },
    { id: 'S3', fact: 'tasksReturned', zh: '复核退回', points: -1.5 },
    { id: 'S4', fact: 'indicatorsMissed', zh: '指标未完成', points: -4 },
  ],
});

describe('a unit scorecard', () => {
  it('adds each line as count × weight to the base, with the rule id on every line', () => {
    const card = scoreUnit('市商务局', 2025, { ...noFacts(), tasksClosedOnTime: 3, tasksReturned: 2 }, rule);
    expect(card.lines.map((line) => [line.rule, line.count, line.weight, line.points])).toEqual([
      ['S1', 3, 2, 6],
      ['S2', 0, -5, 0],
      ['S3', 2, -1.5, -3],
      ['S4', 0, -4, 0],
    ]);
    expect(card).toMatchObject({ score: 103, ruleId: 'test-rule', ruleVersion: '1', bounded: false });
  });

  it('a line never gives more than its cap', () => {
    const card = scoreUnit('市商务局', 2025, { ...noFacts(), tasksOverdue: 7 }, rule);
    expect(card.lines[1]).toMatchObject({ count: 7, points: -20, capped: true });
    expect(card.score).toBe(80);
  });

  it('the score stays within floor and ceiling', () => {
    expect(scoreUnit('a', 2025, { ...noFacts(), tasksClosedOnTime: 50 }, rule)).toMatchObject({
      score: 110,
      bounded: true,
    });
    expect(scoreUnit('a', 2025, { ...noFacts(), indicatorsMissed: 40 }, rule)).toMatchObject({
      score: 0,
      bounded: true,
    });
  });

  it('changing a weight in the data changes the score, with no code', () => {
    const heavier = ScoringRule.parse({
      ...rule,
      lines: rule.lines.map((l) => (l.id === 'S1' ? { ...l, points: 3 } : l)),
    });
    expect(scoreUnit('a', 2025, { ...noFacts(), tasksClosedOnTime: 3 }, heavier).score).toBe(109);
  });
});

describe('the yearly ranking', () => {
  it('orders by score; equal scores share a rank and the next rank skips', () => {
    const card = (unit: string, onTime: number) =>
      scoreUnit(unit, 2025, { ...noFacts(), tasksClosedOnTime: onTime }, rule);
    const ranked = rankScorecards([card('乙', 1), card('甲', 3), card('丙', 3), card('丁', 0)]);
    expect(ranked.map((c) => [c.unit, c.rank])).toEqual([
      ['丙', 1],
      ['甲', 1],
      ['乙', 3],
      ['丁', 4],
    ]);
  });
});

describe('the scoring rule file', () => {
  it('names the bad field', () => {
    const bad = ScoringRule.safeParse({ ...rule, lines: [{ id: 'S1', fact: 'tasksLost', zh: 'x', points: 1 }] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(['lines', 0, 'fact']);
    const twice = ScoringRule.safeParse({ ...rule, lines: [rule.lines[0], rule.lines[0]] });
    expect(twice.error!.issues[0]).toMatchObject({ path: ['lines', 1, 'id'], message: 'line id "S1" is used twice' });
    const inverted = ScoringRule.safeParse({ ...rule, floor: 200 });
    expect(inverted.error!.issues[0]!.path).toEqual(['floor']);
  });
});

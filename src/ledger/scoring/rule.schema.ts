import { z } from 'zod';

/**
 * The assessment rule (督查考核计分规则) as data: the city changes weights in `plans/city/ledger-scoring.json`,
 * not in code. A unit's score is `base` plus, for each line, the count of its fact times the line's points
 * (bounded by the line's cap), kept within [floor, ceiling].
 */

/** The facts a scorecard counts for one unit and year (docs/ledger.md, "Indicators and scorecards"). */
export const ScoringFact = z.enum([
  /** Tasks the unit leads, closed (办结销号) on or before their deadline, or ongoing tasks closed in the year. */
  'tasksClosedOnTime',
  /** Tasks the unit leads, closed after their deadline. */
  'tasksClosedLate',
  /** Tasks the unit leads whose deadline has passed and that are not closed. */
  'tasksOverdue',
  /** Tasks the unit leads, not closed and not yet due. */
  'tasksOpen',
  /** Times the coordinator returned (复核退回) the unit's feedback on a task it leads. */
  'tasksReturned',
  /** The unit's quantified targets due in the year, by their trajectory. */
  'indicatorsOnTrack',
  'indicatorsAtRisk',
  'indicatorsMissed',
  'indicatorsNoData',
]);
export type ScoringFact = z.infer<typeof ScoringFact>;

const RuleId = z.string().regex(/^[A-Za-z][A-Za-z0-9.-]*$/, 'a rule id such as S1 or S2.1');

export const ScoringLine = z
  .object({
    id: RuleId,
    fact: ScoringFact,
    /** What the line counts, in Chinese (shown on the scorecard). */
    zh: z.string().min(1),
    /** Points per counted item: positive adds, negative deducts. */
    points: z.number().finite(),
    /** The most this line may add (or, for a deduction, take away) in total; absent: no bound. */
    cap: z.number().positive().optional(),
  })
  .strict();
export type ScoringLine = z.infer<typeof ScoringLine>;

export const ScoringRule = z
  .object({
    id: z.string().min(1),
    version: z.string().min(1),
    title: z.string().min(1),
    /** The document or meeting that set the weights. */
    source: z.string().min(1),
    base: z.number().finite(),
    floor: z.number().finite(),
    ceiling: z.number().finite(),
    lines: z.array(ScoringLine).min(1),
    notes: z.array(z.string()).default([]),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (rule.floor > rule.ceiling)
      ctx.addIssue({
        code: 'custom',
        path: ['floor'],
        message: `floor ${rule.floor} is above ceiling ${rule.ceiling}`,
      });
    const seen = new Set<string>();
    rule.lines.forEach((line, index) => {
      if (seen.has(line.id))
        ctx.addIssue({ code: 'custom', path: ['lines', index, 'id'], message: `line id "${line.id}" is used twice` });
      seen.add(line.id);
    });
  });
export type ScoringRule = z.infer<typeof ScoringRule>;

import { z } from 'zod';
import { ClauseRef } from '../common.schema.ts';
import { Comparison, Notes, PlanText } from './text.schema.ts';

const TargetId = z.string().regex(/^[0-9a-z][0-9a-z-]*$/, 'an id in lower-case kebab-case');

/** "增长7%" or "较2023年增长50%以上": growth over a base the plan may or may not name. */
const Growth = z
  .object({
    percent: z.number().positive(),
    comparison: Comparison,
    /** Only when the plan names it ("较2023年"). */
    baselineYear: z.number().int().min(2000).max(2100).optional(),
    wording: PlanText,
  })
  .strict();

const QuantifiedTarget = z
  .object({
    id: TargetId,
    kind: z.literal('quantified'),
    clause: ClauseRef,
    text: PlanText,
    metric: PlanText,
    /** The level to reach; absent when the plan fixes only a growth (设备投资规模较2023年增长50%以上). */
    value: z.number().nonnegative().optional(),
    unit: PlanText.optional(),
    comparison: Comparison.optional(),
    wording: PlanText.optional(),
    growth: Growth.optional(),
    sustained: z.boolean().default(false),
    notes: Notes,
  })
  .strict()
  .superRefine((target, ctx) => {
    const level = [target.value, target.unit, target.comparison, target.wording];
    const given = level.filter((field) => field !== undefined).length;
    if (given !== 0 && given !== level.length) {
      ctx.addIssue({ code: 'custom', message: 'a level needs value, unit, comparison and wording together' });
    }
    if (given === 0 && target.growth === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'a quantified target needs a level (value, unit, comparison, wording) or a growth',
      });
    }
  });

/** A goal the plan states in words only (不断增强, 全区领先); kept as text. */
const QualitativeTarget = z
  .object({
    id: TargetId,
    kind: z.literal('qualitative'),
    clause: ClauseRef,
    text: PlanText,
    notes: Notes,
  })
  .strict();

export const QualityTarget = z.discriminatedUnion('kind', [QuantifiedTarget, QualitativeTarget]);
export type QualityTarget = z.infer<typeof QualityTarget>;

const Period = z
  .object({
    id: TargetId,
    label: PlanText,
    /** The year the goals are due; "十五五末" is read as 2030 (see the period's notes). */
    year: z.number().int().min(2024).max(2100),
    clause: ClauseRef,
    text: PlanText,
    targets: z.array(QualityTarget).min(1),
    notes: Notes,
  })
  .strict();

/** Section 三 发展目标: the goals for 2025, 2026, 2027 and the end of the 15th Five-Year Plan. */
export const QualityTargets = z
  .object({
    clause: ClauseRef,
    title: PlanText,
    periods: z.array(Period).min(1),
  })
  .strict()
  .superRefine((section, ctx) => {
    const seen = new Set<string>();
    section.periods.forEach((period, p) => {
      period.targets.forEach((target, t) => {
        if (seen.has(target.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['periods', p, 'targets', t, 'id'],
            message: `target id "${target.id}" is used twice`,
          });
        }
        seen.add(target.id);
      });
    });
    const years = section.periods.map((period) => period.year);
    for (const year of [2025, 2026, 2027]) {
      if (!years.includes(year))
        ctx.addIssue({ code: 'custom', path: ['periods'], message: `the goals for ${year} (三) are missing` });
    }
    years.forEach((year, index) => {
      if (index > 0 && year <= years[index - 1]!) {
        ctx.addIssue({
          code: 'custom',
          path: ['periods', index, 'year'],
          message: 'periods are in year order, each year once',
        });
      }
    });
  });
export type QualityTargets = z.infer<typeof QualityTargets>;

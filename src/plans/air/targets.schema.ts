import { z } from 'zod';
import { ClauseRef } from '../common.schema.ts';

export const AirIndicator = z.enum([
  'pm25Annual',
  'pm10Annual',
  'goodDayRatio',
  'heavyDayRatio',
  'noxEmissionReduction',
  'vocEmissionReduction',
]);
export type AirIndicator = z.infer<typeof AirIndicator>;

export const Comparison = z.enum(['<', '<=', '>', '>=', '=']);
export type Comparison = z.infer<typeof Comparison>;

/** One row of the target table 空气质量持续改善目标体系. */
export const AirTarget = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'an id in kebab-case'),
    row: z.number().int().positive(),
    clause: ClauseRef,
    region: z.string().min(1),
    indicator: AirIndicator,
    comparison: Comparison,
    value: z.number(),
    unit: z.enum(['µg/m³', '%']),
    year: z.number().int().min(2000).max(2100),
    text: z.string().min(1),
  })
  .strict();
export type AirTarget = z.infer<typeof AirTarget>;

export const AirTargets = z
  .object({
    notes: z.array(z.string()).default([]),
    targets: z.array(AirTarget).min(1),
  })
  .strict()
  .superRefine((section, ctx) => {
    const ids = new Set<string>();
    section.targets.forEach((target, index) => {
      if (ids.has(target.id))
        ctx.addIssue({ code: 'custom', path: ['targets', index, 'id'], message: `duplicate target id "${target.id}"` });
      ids.add(target.id);
    });
  });
export type AirTargets = z.infer<typeof AirTargets>;

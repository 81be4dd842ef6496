import { z } from 'zod';
import { ClauseRef } from '../common.schema.ts';

/**
 * The nine hazards in the order the contract lists them (contracts/assess.md), which is also the order of
 * sections 8.2.1–8.2.9. Outputs list hazards in this order.
 */
export const hazardKeys = [
  'drought',
  'rainstorm',
  'snowstorm',
  'frost',
  'coldWave',
  'gale',
  'sandstorm',
  'highTemperature',
  'fog',
] as const;
export const HazardKey = z.enum(hazardKeys);
export type HazardKey = z.infer<typeof HazardKey>;

const Hazard = z
  .object({
    key: HazardKey,
    zh: z.string().min(1),
    /** The scope clause (1.3) that names this hazard. */
    clause: ClauseRef,
    definition: z.object({ clause: ClauseRef, text: z.string().min(1) }).strict(),
    /** The 8.2 section that grades it, e.g. "8.2.2". */
    gradingClause: ClauseRef,
    /** Code of the event type in GB/T 35561-2017 (突发事件分类与编码), used by warnings. */
    eventCode: z.string().regex(/^\d{2}[A-Z]\d{2}$/, 'a GB/T 35561 event code looks like "11B03"'),
  })
  .strict();
export type Hazard = z.infer<typeof Hazard>;

export const MeteoHazards = z
  .object({
    scope: z.object({ clause: ClauseRef, text: z.string().min(1) }).strict(),
    eventCodeSource: z.string().min(1),
    hazards: z.array(Hazard),
  })
  .strict()
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.hazards.forEach((hazard, index) => {
      if (seen.has(hazard.key))
        ctx.addIssue({
          code: 'custom',
          path: ['hazards', index, 'key'],
          message: `hazard "${hazard.key}" appears twice`,
        });
      seen.add(hazard.key);
    });
    const missing = hazardKeys.filter((key) => !seen.has(key));
    if (missing.length > 0)
      ctx.addIssue({ code: 'custom', path: ['hazards'], message: `missing hazards: ${missing.join(', ')}` });
  });
export type MeteoHazards = z.infer<typeof MeteoHazards>;

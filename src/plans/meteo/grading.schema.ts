import { z } from 'zod';
import { ClauseRef, Level } from '../common.schema.ts';
import { HazardKey } from './hazards.schema.ts';
import { HazardRule, Share } from './grading-rule.schema.ts';
import { checkGrading } from './grading-checks.ts';

/** GB/T 28591-2012: the lower bound (m/s) of each wind force; "风力N级以上" is speed >= the bound of N. */
const WindForce = z
  .object({
    source: z.string().min(1),
    unit: z.literal('m/s'),
    lowerBounds: z.record(z.string().regex(/^\d+$/, 'a wind force is a whole number'), z.number().positive()),
  })
  .strict();

/**
 * Section 8.2 as data: the table of which levels each hazard has, each level's criterion per route, the
 * wind-force table the criteria cite, the coverage a route needs to be used, and 4.3's rule for several
 * hazards at once. The engine reads every number from here.
 */
export const MeteoGrading = z
  .object({
    clause: ClauseRef,
    title: z.string().min(1),
    table: z
      .object({
        clause: ClauseRef,
        levels: z.record(HazardKey, z.array(Level).min(1)),
      })
      .strict(),
    coverageMinimum: z.object({ share: Share, source: z.string().min(1) }).strict(),
    windForce: WindForce,
    concurrent: z.object({ clause: ClauseRef, text: z.string().min(1), rule: z.literal('highest-level') }).strict(),
    hazards: z.array(HazardRule),
  })
  .strict()
  .superRefine(checkGrading);
export type MeteoGrading = z.infer<typeof MeteoGrading>;

import { z } from 'zod';
import { ClauseRef } from '../common.schema.ts';

/** Plan text as written; the data keeps it verbatim, so an empty string is always a mistake. */
export const PlanText = z.string().min(1, 'text is required');

/** Where the data reads more into the text than it says, the reading is written here. */
export const Notes = z.array(z.string().min(1)).default([]);

/** A passage of the plan with the clause it comes from. */
export const ClauseText = z
  .object({
    clause: ClauseRef,
    text: PlanText,
  })
  .strict();

/** "以上" / "达到" read as at least, "不高于" as at most, "始终保持100%" as exactly. */
export const Comparison = z.enum(['gte', 'lte', 'eq']);
export type Comparison = z.infer<typeof Comparison>;

/** A figure the plan fixes: the metric, the value with its comparison, and the words it is read from. */
export const Quantity = z
  .object({
    metric: PlanText,
    unit: PlanText,
    comparison: Comparison,
    value: z.number().nonnegative(),
    /** The words of the plan that give the comparison, e.g. "达到5.6万件以上". */
    wording: PlanText,
    /** "始终保持" / "持续保持": met in every period, not only at the end. */
    sustained: z.boolean().default(false),
  })
  .strict();

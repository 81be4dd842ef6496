import { z } from 'zod';
import { ClauseRef } from '../common.schema.ts';
import { Notes, PlanText } from './text.schema.ts';

const Item = z
  .object({
    id: z.enum(['leadership', 'investment', 'inspection']),
    clause: ClauseRef,
    title: PlanText,
    text: PlanText,
  })
  .strict();

/** A standing duty section 五 gives someone; `recurrence` says how often the plan asks for it. */
const Obligation = z
  .object({
    id: z.string().regex(/^[a-z][A-Za-z]*$/, 'an id in camelCase'),
    who: PlanText,
    text: PlanText,
    recurrence: z.enum(['periodic', 'ongoing', 'asNeeded']),
    clause: ClauseRef,
    notes: Notes,
  })
  .strict();

/** Section 五 组织保障: leadership, investment, supervision and assessment. */
export const QualitySupervision = z
  .object({
    clause: ClauseRef,
    title: PlanText,
    items: z.array(Item).length(3),
    coordinator: z
      .object({
        department: PlanText,
        text: PlanText,
        clause: ClauseRef,
        notes: Notes,
      })
      .strict(),
    obligations: z.array(Obligation).min(1),
  })
  .strict()
  .superRefine((section, ctx) => {
    const ids = section.items.map((item) => item.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'each of 五(一)–(三) once' });
    const seen = new Set<string>();
    section.obligations.forEach((obligation, index) => {
      if (seen.has(obligation.id))
        ctx.addIssue({
          code: 'custom',
          path: ['obligations', index, 'id'],
          message: `obligation id "${obligation.id}" is used twice`,
        });
      seen.add(obligation.id);
    });
  });
export type QualitySupervision = z.infer<typeof QualitySupervision>;

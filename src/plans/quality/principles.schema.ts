import { z } from 'zod';
import { ClauseRef } from '../common.schema.ts';
import { ClauseText, Notes, PlanText } from './text.schema.ts';

const Principle = z
  .object({
    id: z.string().regex(/^[a-z][A-Za-z]*$/, 'an id in camelCase'),
    clause: ClauseRef,
    title: PlanText,
    text: PlanText,
  })
  .strict();

/** The plan's purpose (preamble), general requirement (一) and working principles (二). */
export const QualityPrinciples = z
  .object({
    purpose: ClauseText,
    general: z.object({ clause: ClauseRef, title: PlanText, text: PlanText, notes: Notes }).strict(),
    principles: z
      .object({
        clause: ClauseRef,
        title: PlanText,
        items: z.array(Principle).min(1),
      })
      .strict(),
  })
  .strict();
export type QualityPrinciples = z.infer<typeof QualityPrinciples>;

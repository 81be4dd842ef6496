import { z } from 'zod';

/** A reference to the plan text an entry comes from, e.g. "8.2.2(1)" or "表:目标体系 1". */
export const ClauseRef = z.string().min(1, 'a clause reference is required');

/** Response and warning levels, Ⅳ (lowest) to Ⅰ (highest), written as in the data files. */
export const Level = z.enum(['I', 'II', 'III', 'IV']);
export type Level = z.infer<typeof Level>;

export const PlanMeta = z
  .object({
    id: z.string().regex(/^[a-z]+-\d{4}$/, 'a plan id looks like "meteo-2024"'),
    kind: z.enum(['meteo', 'air', 'quality']),
    version: z.string().min(1),
    title: z.string().min(1),
    documentNumber: z.string().min(1),
    issuedBy: z.string().min(1),
    issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
    source: z.string().min(1),
    notes: z.array(z.string()).default([]),
  })
  .strict();
export type PlanMeta = z.infer<typeof PlanMeta>;

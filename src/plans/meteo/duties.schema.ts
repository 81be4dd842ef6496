import { z } from 'zod';
import { ClauseRef } from '../common.schema.ts';

/**
 * The standing duties of the command and its member units outside a response (7.1 drills, 2.2.3 liaison
 * meetings, 7.2 training, 7.4.1 joint inspections): each becomes a yearly task of the meteo ledger.
 */
const StandingDuty = z
  .object({
    id: z.string().regex(/^[a-z][a-z-]*$/, 'an id in lower-case kebab-case'),
    clause: ClauseRef,
    title: z.string().min(1),
    text: z.string().min(1),
    /** The unit the text names as doing it; empty when the text names no city department (chosen at 立项). */
    lead: z.array(z.string().min(2)),
    partners: z.array(z.string().min(2)),
    participants: z.string().min(1),
    recurrence: z.enum(['irregular', 'periodic']),
    notes: z.array(z.string()).default([]),
  })
  .strict();
export type StandingDuty = z.infer<typeof StandingDuty>;

export const MeteoDuties = z
  .object({
    clause: ClauseRef,
    title: z.string().min(1),
    notes: z.array(z.string()).default([]),
    duties: z.array(StandingDuty).min(1),
  })
  .strict();
export type MeteoDuties = z.infer<typeof MeteoDuties>;

import { z } from 'zod';

/** plans/city/ledger.json: the ledger's configurable periods (data, so the city changes them without code). */
export const LedgerSettings = z
  .object({
    version: z.string().min(1),
    notes: z.array(z.string()).default([]),
    /** Days before a deadline a task's light turns yellow (inclusive). */
    warningDays: z.number().int().min(0).max(366),
    reminders: z
      .object({
        /** The liaison is reminded once when the deadline is this many days away or fewer. */
        dueWithinDays: z.number().int().min(0).max(366),
        /** An overdue task still open this many days after its deadline is escalated to the unit's head. */
        escalateAfterOverdueDays: z.number().int().min(0).max(366),
        channel: z.enum(['email', 'sms']),
      })
      .strict(),
  })
  .strict();
export type LedgerSettings = z.infer<typeof LedgerSettings>;

import { z } from 'zod';
import { ApiError } from '../../errors.ts';

export const Failure = ApiError;

const Kind = z.enum(['liaison', 'head']).describe('liaison: reminders before and on the deadline; head: escalation');

export const ContactQuery = z.object({
  unit: z.string().min(1).optional().describe('a unit id, full name or short form'),
});

export const ContactParams = z.object({
  unit: z.string().min(1).describe('a unit id, full name or short form'),
  kind: Kind,
  name: z.string().min(1),
});

export const ContactBody = z
  .object({
    phone: z.string().nullable().optional().describe('an 11-digit mainland mobile number'),
    email: z.string().nullable().optional(),
  })
  .strict();

export const Contact = z.object({
  unitId: z.string(),
  unit: z.string(),
  kind: Kind,
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export const ContactList = z.object({ contacts: z.array(Contact) });
export const Removed = z.object({ removed: z.literal(true) });

export const TaskParams = z.object({ id: z.string().min(1) });
export const ReminderList = z.object({
  reminders: z.array(
    z.object({
      taskId: z.string(),
      kind: z.enum(['due', 'overdue', 'escalation']),
      deadline: z.string(),
      unitId: z.string(),
      recipient: z.string().describe("'' when the unit had no contact"),
      channel: z.enum(['sms', 'email', '']),
      status: z.enum(['queued', 'no_contact', 'no_channel']),
      messageId: z.string(),
      at: z.string(),
    }),
  ),
});

import { z } from 'zod';
import { NextCursor, PageQuery } from '../../../services/pagination.ts';
import { ApiError } from '../../errors.ts';
import { AuditEntry } from '../response/schema.ts';

export const Failure = ApiError;

export const AuditListQuery = PageQuery.extend({
  action: z.string().min(1).max(100).optional().describe('an action or its prefix, e.g. warning. or response.order'),
  subjectType: z.string().min(1).max(100).optional(),
  actor: z.string().min(1).max(200).optional().describe('as recorded, e.g. dutyOfficer:zhang'),
});

export const AuditPage = z.object({
  items: z.array(AuditEntry),
  next: NextCursor.describe('cursor of the next (older) page; null at the start of the log'),
});

import { z } from 'zod';
import { ApiError } from '../../errors.ts';

export const PlanSummary = z.object({
  id: z.string(),
  kind: z.enum(['meteo', 'air', 'quality']),
  version: z.string(),
  title: z.string(),
  documentNumber: z.string(),
  issuedOn: z.string(),
  contentHash: z.string().describe('sha256 of the plan files; decisions cite it'),
});

export const PlanList = z.object({ plans: z.array(PlanSummary) });

export const PlanParams = z.object({ id: z.string().min(1).describe('plan id, e.g. meteo-2024') });

export const PlanDocument = PlanSummary.extend({
  plan: z
    .record(z.string(), z.unknown())
    .describe('the whole plan, one key per section file, every entry with its clause'),
});

export const PlanNotFound = ApiError;

import { z } from 'zod';
import { ApiError } from '../../errors.ts';

export const PlanTextParams = z.object({ id: z.string().min(1).describe('plan id, e.g. meteo-2024') });

const Implementer = z.object({
  clause: z.string().describe('the clause the entry cites, as precisely as it does'),
  path: z.string().describe('where the entry is in the plan data (GET /api/plans/{id})'),
  label: z.string(),
});

export const PlanTextView = z.object({
  planId: z.string(),
  title: z.string(),
  documentNumber: z.string(),
  version: z.string(),
  source: z.string(),
  sections: z.array(
    z.object({
      clause: z.string().describe('the anchor: 8.2.2, 四(三)2'),
      heading: z.string(),
      depth: z.number().int(),
      paragraphs: z.array(z.string()),
      implementedBy: z.array(Implementer).describe('the plan-data entries that implement this section'),
    }),
  ),
  unplaced: z.array(Implementer).describe('entries citing a clause the published text lacks'),
});

export const Failure = ApiError;

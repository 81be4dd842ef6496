import { z } from 'zod';
import { ClauseRef } from '../common.schema.ts';

/** The 2020 emission totals the reduction targets are measured against; null until the bureau supplies them. */
export const AirEmissions = z
  .object({
    notes: z.array(z.string()).default([]),
    baselines: z.array(
      z
        .object({
          id: z.string().min(1),
          pollutant: z.enum(['NOx', 'VOCs']),
          year: z.number().int(),
          value: z.number().nonnegative().nullable(),
          unit: z.string().min(1),
          clause: ClauseRef,
        })
        .strict(),
    ),
  })
  .strict();
export type AirEmissions = z.infer<typeof AirEmissions>;

import { z } from 'zod';
import { ClauseRef } from '../common.schema.ts';

/** 一(一): the key areas of the plan's zoned management. */
export const AirAreas = z
  .object({
    notes: z.array(z.string()).default([]),
    keyAreas: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'an id in kebab-case'),
            name: z.string().min(1),
            clause: ClauseRef,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type AirAreas = z.infer<typeof AirAreas>;

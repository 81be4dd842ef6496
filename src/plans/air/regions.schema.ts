import { z } from 'zod';
import { ClauseRef } from '../common.schema.ts';

/** A national station code as the hourly feed's header writes it, e.g. 1591A. */
export const StationCode = z.string().regex(/^\d{4}[A-Z]$/, 'a station code like 1591A');

/** The regions the targets are set for, each with the monitoring stations whose mean is its figure. */
export const AirRegion = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'an id in kebab-case'),
    name: z.string().min(1),
    fullName: z.string().min(1),
    stations: z.array(StationCode),
    clause: ClauseRef,
  })
  .strict();
export type AirRegion = z.infer<typeof AirRegion>;

export const AirRegions = z
  .object({
    notes: z.array(z.string()).default([]),
    regions: z.array(AirRegion).min(1),
  })
  .strict()
  .superRefine((section, ctx) => {
    const seen = new Set<string>();
    section.regions.forEach((region, index) => {
      for (const key of [region.id, region.name]) {
        if (seen.has(key))
          ctx.addIssue({ code: 'custom', path: ['regions', index], message: `"${key}" is used by two regions` });
        seen.add(key);
      }
    });
  });
export type AirRegions = z.infer<typeof AirRegions>;

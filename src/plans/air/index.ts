import { z } from 'zod';
import { PlanMeta } from '../common.schema.ts';
import { AirAreas } from './areas.schema.ts';
import { AirEmissions } from './emissions.schema.ts';
import { AirMeasures } from './measures.schema.ts';
import { AirRegions } from './regions.schema.ts';
import { AirTargets } from './targets.schema.ts';

/** The air-quality plan; each key is one file of `plans/air-2024/`. */
export const AirPlan = z
  .object({
    meta: PlanMeta.extend({ kind: z.literal('air') }),
    areas: AirAreas,
    regions: AirRegions,
    targets: AirTargets,
    emissions: AirEmissions,
    measures: AirMeasures,
  })
  .strict()
  .superRefine((plan, ctx) => {
    const regionIds = new Set(plan.regions.regions.map((region) => region.id));
    plan.targets.targets.forEach((target, index) => {
      if (!regionIds.has(target.region)) {
        ctx.addIssue({
          code: 'custom',
          path: ['targets', 'targets', index, 'region'],
          message: `no region "${target.region}" in regions.json`,
        });
      }
    });
  });
export type AirPlan = z.infer<typeof AirPlan>;

export { AirAreas, AirEmissions, AirMeasures, AirRegions, AirTargets };
export type { AirMeasure } from './measures.schema.ts';
export { AirIndicator, AirTarget, Comparison } from './targets.schema.ts';
export { AirRegion, StationCode } from './regions.schema.ts';

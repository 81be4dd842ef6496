import { z } from 'zod';
import { PlanMeta } from '../common.schema.ts';
import { MeteoHazards } from './hazards.schema.ts';
import { MeteoLevels } from './levels.schema.ts';
import { MeteoGrading } from './grading.schema.ts';
import { MeteoCommand } from './command.schema.ts';
import { MeteoResponse } from './response.schema.ts';
import { MeteoWarnings } from './warnings.schema.ts';
import { MeteoDuties } from './duties.schema.ts';
import { checkMeteoSections } from './cross-checks.ts';

/** The meteorological disaster emergency plan; each key is one file of `plans/meteo-2024/`. */
export const MeteoPlan = z
  .object({
    meta: PlanMeta.extend({ kind: z.literal('meteo') }),
    hazards: MeteoHazards,
    levels: MeteoLevels,
    grading: MeteoGrading,
    command: MeteoCommand,
    response: MeteoResponse,
    warnings: MeteoWarnings,
    duties: MeteoDuties,
  })
  .strict()
  .superRefine(checkMeteoSections);
export type MeteoPlan = z.infer<typeof MeteoPlan>;

import type { z } from 'zod';
import { MeteoPlan } from './meteo/index.ts';
import { AirPlan } from './air/index.ts';
import { QualityPlan } from './quality/index.ts';

/** The schema of each kind of plan; a plan's `meta.kind` picks its schema. */
export const planSchemas = {
  meteo: MeteoPlan,
  air: AirPlan,
  quality: QualityPlan,
} as const satisfies Record<string, z.ZodType>;

export type PlanKind = keyof typeof planSchemas;
export type AnyPlan = MeteoPlan | AirPlan | QualityPlan;
export type { MeteoPlan, AirPlan, QualityPlan };

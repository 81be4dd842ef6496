import type { HazardKey } from '../../plans/meteo/hazards.schema.ts';
import type { MeteoPlan } from '../../plans/meteo/index.ts';

/**
 * How long a warning runs when the issuer sets no end (3.3.3 预警时效): the project's default for the hazard,
 * kept beside the plan in warnings.json (`validity`, source projectConfiguration), with its basis.
 */
export function defaultValidity(
  plan: Pick<MeteoPlan, 'warnings'>,
  hazard: HazardKey,
  from: Date,
): { expires: Date; hours: number; clause: string } {
  const entry = plan.warnings.validity.defaults.find((d) => d.hazard === hazard);
  if (!entry) throw new Error(`warnings.json gives no default validity for ${hazard}`);
  return { expires: new Date(from.getTime() + entry.hours * 3_600_000), hours: entry.hours, clause: entry.clause };
}

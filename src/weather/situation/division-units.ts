import type { Geography } from '../../geo/types.ts';
import type { SituationInput } from './situation.schema.ts';

type UnitInput = SituationInput['units'][number];
export type DivisionValues = Omit<UnitInput, 'id' | 'areaKm2'>;

/** A division code that is not one of the city's. */
export class UnknownDivisionError extends Error {
  constructor(
    readonly code: string,
    known: readonly string[],
  ) {
    super(`${code}: not a division of the city; known: ${known.join(', ')}`);
    this.name = 'UnknownDivisionError';
  }
}

/**
 * The city's divisions as area units of a situation, each with its geodesic area from the geography and the
 * values given for it by division code (a division given nothing is a unit without values).
 */
export function divisionUnits(geography: Geography, values: Readonly<Record<string, DivisionValues>>): UnitInput[] {
  const codes = geography.divisions.map((division) => division.code);
  for (const code of Object.keys(values)) if (!codes.includes(code)) throw new UnknownDivisionError(code, codes);
  return geography.divisions.map((division) => ({
    id: division.code,
    areaKm2: division.areaKm2,
    ...values[division.code],
  }));
}

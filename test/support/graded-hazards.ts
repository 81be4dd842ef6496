import type { Level } from '../../src/plans/common.schema.ts';
import { hazardKeys, type HazardKey } from '../../src/plans/meteo/hazards.schema.ts';
import type { GradedHazard } from '../../src/alerts/warnings/graded-hazard.ts';

/** A grading in which no hazard reaches a level, for tests to change one hazard at a time. */
export function quietHazards(): Record<HazardKey, GradedHazard> {
  return Object.fromEntries(
    hazardKeys.map((key) => [key, { level: null, status: 'graded', clause: '8.2', evidence: [] }]),
  ) as unknown as Record<HazardKey, GradedHazard>;
}

/** A hazard graded at `level` by one route that held with the given units met. */
export function gradedAt(
  level: Level,
  clause: string,
  route: string,
  metIds: string[],
  count = metIds.length,
): GradedHazard {
  return {
    level,
    status: 'graded',
    clause,
    route,
    evidence: [{ level, clause, route, holds: true, met: { count, ids: metIds } }],
  };
}

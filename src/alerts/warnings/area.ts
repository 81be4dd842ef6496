import type { GradedHazard } from './graded-hazard.ts';

export interface WarningArea {
  /** GB/T 2260 codes of the divisions warned, in the city's order of divisions. */
  codes: string[];
  /** The level was not made by named divisions (stations, grid cells), so the whole city is warned. */
  wholeCity: boolean;
}

/**
 * A warning's area (contracts/replay.md): the divisions whose units meet its level. When the level comes from
 * the stations route, or from units that are not divisions (grid cells), it names the whole city. Every route
 * that holds at the level adds its divisions: a division meeting any of them is in danger.
 */
export function warningArea(hazard: GradedHazard, divisionCodes: readonly string[]): WarningArea {
  const whole = { codes: [...divisionCodes], wholeCity: true };
  const holding = hazard.evidence.filter((entry) => entry.level === hazard.level && entry.holds);
  const known = new Set(divisionCodes);
  const met = new Set<string>();
  for (const entry of holding) {
    if (entry.route === 'stations') return whole;
    // The grading names only the first units met; a list cut short cannot be divisions of one city.
    if (entry.met.count > entry.met.ids.length || entry.met.ids.some((id) => !known.has(id))) return whole;
    for (const id of entry.met.ids) met.add(id);
  }
  if (met.size === 0) return whole;
  return { codes: divisionCodes.filter((code) => met.has(code)), wholeCity: false };
}

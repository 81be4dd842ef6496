import type { AirPlan } from '../../plans/air/index.ts';
import type { RegionSpec } from './evaluate.ts';

/**
 * The regions to evaluate: the plan's, in plan order, then those added for the run. An added region with a
 * plan region's name gives that region its stations for the run (the parks' lists are empty until known), and
 * it keeps the plan region's id, so its targets still apply.
 */
export function regionsToEvaluate(plan: AirPlan, added: readonly RegionSpec[]): RegionSpec[] {
  const regions: RegionSpec[] = plan.regions.regions.map((region) => ({
    id: region.id,
    name: region.name,
    stations: region.stations,
  }));
  for (const extra of added) {
    const same = regions.findIndex((region) => region.name === extra.name);
    if (same === -1) regions.push({ name: extra.name, stations: extra.stations });
    else regions[same] = { ...regions[same]!, stations: extra.stations };
  }
  return regions;
}

/** `NAME=CODE,CODE…` as the CLI's --region takes it; null when it is not of that form. */
export function parseRegionOption(text: string): RegionSpec | null {
  const match = /^([^=]+)=([0-9A-Za-z]+(?:,[0-9A-Za-z]+)*)$/.exec(text.trim());
  if (!match) return null;
  return { name: match[1]!.trim(), stations: [...new Set(match[2]!.split(','))] };
}

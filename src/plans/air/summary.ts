import type { AirPlan } from './index.ts';

/** The lines `nuancheng plan show air-2024` prints: key areas, regions with their stations, the target table. */
export function summarizeAirPlan(plan: AirPlan): string[] {
  const regionName = new Map(plan.regions.regions.map((region) => [region.id, region.name]));
  const lines = [
    `key areas (${plan.areas.keyAreas[0]?.clause ?? ''}): ${plan.areas.keyAreas.map((area) => area.name).join('、')}`,
  ];
  lines.push(`regions: ${plan.regions.regions.length}`);
  for (const region of plan.regions.regions) {
    const stations = region.stations.length > 0 ? region.stations.join(', ') : 'no station yet';
    lines.push(`  ${region.name} (${region.id}): ${stations}`);
  }
  lines.push(`targets: ${plan.targets.targets.length}`);
  for (const target of plan.targets.targets) {
    lines.push(
      `  ${target.clause} ${regionName.get(target.region) ?? target.region} ${target.indicator} ${target.comparison} ${target.value} ${target.unit} by ${target.year}`,
    );
  }
  for (const baseline of plan.emissions.baselines) {
    lines.push(
      `baseline ${baseline.pollutant} ${baseline.year}: ${baseline.value === null ? 'not yet known' : `${baseline.value} ${baseline.unit}`} (${baseline.clause})`,
    );
  }
  return lines;
}

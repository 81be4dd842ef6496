import type { AirTarget } from '../../plans/air/index.ts';
import { annualFigures, type AnnualFigures } from './annual.ts';
import { regionDailyValues } from './region.ts';
import { compareTargets, type TargetComparison } from './targets.ts';
import { emptyDays, type YearDays } from './accumulator.ts';

export interface RegionSpec {
  /** The plan's region id, when the region comes from the plan; its targets are matched by it. */
  id?: string;
  name: string;
  stations: readonly string[];
}

export type RegionEvaluation = AnnualFigures & {
  targets: TargetComparison[];
  /** The same figures with the dust-affected days left out, present when any day is flagged. */
  dustExcluded?: AnnualFigures;
};

export type StationEvaluation = AnnualFigures & { dustExcluded?: AnnualFigures };

export interface YearEvaluation {
  year: number;
  regions: Record<string, RegionEvaluation>;
  stations: Record<string, StationEvaluation>;
}

export interface EvaluationInput {
  days: YearDays;
  regions: readonly RegionSpec[];
  targets: readonly AirTarget[];
  /** Day-of-year indices (0 = 1 January) flagged as dust-affected, per region name (and so its stations); `*` for all. */
  dustDays?: ReadonlyMap<string, ReadonlySet<number>>;
}

/** The dust days that apply under any of `keys` (a region's name; `*` for every region and station). */
function dustSet(input: EvaluationInput, keys: readonly string[]): ReadonlySet<number> | null {
  const days = new Set<number>();
  for (const key of ['*', ...keys]) for (const day of input.dustDays?.get(key) ?? []) days.add(day);
  return days.size > 0 ? days : null;
}

function withDust<T extends AnnualFigures>(
  figures: T,
  days: Float64Array,
  year: number,
  dust: ReadonlySet<number> | null,
): T & { dustExcluded?: AnnualFigures } {
  if (dust === null) return figures;
  return { ...figures, dustExcluded: annualFigures(days, year, (day) => !dust.has(day)) };
}

/**
 * The year's evaluation per HJ 663-2013: every station that has a value, every region (the plan's and any
 * added), each region compared with its targets. Dust-affected days, when flagged, give a second set of
 * figures without them; the raw figures are always kept.
 */
export function evaluateYear(input: EvaluationInput): YearEvaluation {
  const { year, dayCount } = input.days;
  const regions: Record<string, RegionEvaluation> = {};
  for (const region of input.regions) {
    const days = regionDailyValues(input.days.stations, region.stations, dayCount);
    const figures = annualFigures(days, year);
    const targets = compareTargets(
      figures,
      input.targets.filter((target) => target.region === region.id),
    );
    regions[region.name] = withDust({ ...figures, targets }, days, year, dustSet(input, [region.name]));
  }
  const stations: Record<string, StationEvaluation> = {};
  for (const code of [...input.days.seen].sort()) {
    const days = input.days.stations.get(code) ?? emptyDays(dayCount);
    const inRegions = input.regions.filter((region) => region.stations.includes(code)).map((region) => region.name);
    stations[code] = withDust(annualFigures(days, year), days, year, dustSet(input, inRegions));
  }
  return { year, regions, stations };
}

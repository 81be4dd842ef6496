export { HourOutOfOrderError, YearAccumulator, emptyDays, type HourInput, type YearDays } from './accumulator.ts';
export { ANNUAL_FIGURES, annualFigures, dayCounts, type AnnualFigure, type AnnualFigures } from './annual.ts';
export {
  evaluateYear,
  type RegionEvaluation,
  type RegionSpec,
  type StationEvaluation,
  type YearEvaluation,
} from './evaluate.ts';
export { percentileRounded } from './percentile.ts';
export { enoughStations, regionDailyValues } from './region.ts';
export { stationDailyValues } from './station-day.ts';
export { compareTargets, type TargetComparison } from './targets.ts';
export { trackRegions, trackTargets, type RegionTracking, type TargetTracking } from './tracking.ts';
export { parseRegionOption, regionsToEvaluate } from './regions.ts';
export {
  regionRisks,
  targetRisk,
  type RegionTargetRisk,
  type RiskRule,
  type TargetRisk,
  type TargetRiskStatus,
} from './risk.ts';

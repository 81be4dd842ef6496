import type { AirTarget } from '../../plans/air/index.ts';
import { DAILY_COUNT } from '../daily-values.ts';
import { roundHalfEvenRatio } from '../rounding.ts';
import { annualFigures, dayCounts, FIGURE_SOURCE, validValues, type AnnualFigures } from './annual.ts';
import { compare, INDICATOR_FIGURE, targetText } from './targets.ts';
import type { YearDays } from './accumulator.ts';
import type { RegionSpec } from './evaluate.ts';
import { regionDailyValues } from './region.ts';

export interface TargetTracking {
  id: string;
  clause: string;
  indicator: AirTarget['indicator'];
  target: string;
  /** The figure over the year so far (days up to and including `asOf`). */
  value: number | null;
  /** Whether the figure so far meets the target; null when there is no figure. */
  met: boolean | null;
  remainingDays: number;
  /** Whether the year can still end meeting the target, if every remaining day is valid; null without data. */
  achievable: boolean | null;
  /** For annual means: the mean the remaining days may not exceed (µg/m³, one decimal, rounded down). */
  remainingMeanMax?: number | null;
  /** For good-day ratios: how many more non-good days the year can afford. */
  nonGoodDaysAffordable?: number | null;
  /** For heavy-pollution ratios: how many more heavily polluted days the year can afford. */
  heavyDaysAffordable?: number | null;
  /** Why a target cannot be tracked from air data (emission targets). */
  note?: string;
}

/** Largest integer x in [0, limit] with ok(x), given ok holds up to some point and fails after; -1 if none. */
function largest(limit: number, ok: (x: number) => boolean): number {
  if (!ok(0)) return -1;
  let low = 0;
  let high = limit;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (ok(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

function trackMean(
  target: AirTarget,
  days: Float64Array,
  dayCount: number,
  asOf: number,
  base: TargetTracking,
): TargetTracking {
  const index = FIGURE_SOURCE[INDICATOR_FIGURE[target.indicator] as 'pm25' | 'pm10'];
  const values = validValues(days, dayCount, index, (day) => day <= asOf);
  const sum = values.reduce((total, value) => total + value, 0);
  const remaining = base.remainingDays;
  const total = values.length + remaining;
  const upperBound = target.comparison === '<=' || target.comparison === '<';
  if (total === 0 || !upperBound) return { ...base, achievable: null, remainingMeanMax: null };
  // The largest year-end sum whose rounded mean still meets the target; what is left of it is the allowance.
  const maxSum = largest(total * 100_000, (candidate) =>
    compare(roundHalfEvenRatio(candidate, total), target.comparison, target.value),
  );
  const allowance = maxSum - sum;
  return {
    ...base,
    achievable: maxSum >= 0 && allowance >= 0,
    remainingMeanMax: remaining === 0 || allowance < 0 ? null : Math.floor((allowance * 10) / remaining) / 10,
  };
}

function trackRatio(
  target: AirTarget,
  days: Float64Array,
  dayCount: number,
  asOf: number,
  base: TargetTracking,
): TargetTracking {
  const counts = dayCounts(days, dayCount, (day) => day <= asOf);
  const total = counts.validDays + base.remainingDays;
  const good = target.indicator === 'goodDayRatio';
  const key = good ? 'nonGoodDaysAffordable' : 'heavyDaysAffordable';
  if (total === 0) return { ...base, achievable: null, [key]: null };
  // Count the days that hurt: non-good days for the good-day ratio, heavy days for the heavy-day ratio.
  const hurting = good ? counts.validDays - counts.goodDays : counts.heavyDays;
  const ratioWith = (bad: number) => roundHalfEvenRatio((good ? total - bad : bad) * 1000, total) / 10;
  const maxBad = largest(total, (bad) => compare(ratioWith(bad), target.comparison, target.value));
  const affordable = maxBad - hurting;
  return { ...base, achievable: maxBad >= 0 && affordable >= 0, [key]: Math.max(affordable, 0) };
}

/**
 * Year-to-date tracking of a region's targets: each target's figure over days 0..asOf, whether it meets the
 * target now, and what the remaining days of the year must hold for the year to meet it, assuming each
 * remaining day gives a valid daily value (the best case the monitoring network can deliver).
 */
export function trackTargets(
  days: Float64Array,
  year: number,
  asOf: number,
  targets: readonly AirTarget[],
): TargetTracking[] {
  const dayCount = days.length / DAILY_COUNT;
  const figures: AnnualFigures = annualFigures(days, year, (day) => day <= asOf);
  const remainingDays = Math.max(0, dayCount - 1 - asOf);
  return targets.map((target) => {
    const figure = INDICATOR_FIGURE[target.indicator];
    const base: TargetTracking = {
      id: target.id,
      clause: target.clause,
      indicator: target.indicator,
      target: targetText(target),
      value: null,
      met: null,
      remainingDays,
      achievable: null,
    };
    if (figure === undefined) return { ...base, note: 'an emission target: the air data holds no emission totals' };
    const value = figures[figure];
    const tracked = { ...base, value, met: value === null ? null : compare(value, target.comparison, target.value) };
    return figure === 'pm25' || figure === 'pm10'
      ? trackMean(target, days, dayCount, asOf, tracked)
      : trackRatio(target, days, dayCount, asOf, tracked);
  });
}

/** A region's tracking, as the CLI and the API report it. */
export interface RegionTracking {
  id: string | null;
  name: string;
  stations: string[];
  targets: TargetTracking[];
}

/** Tracks every region's targets (matched by the region's plan id) up to and including day `asOf`. */
export function trackRegions(
  yearDays: YearDays,
  regions: readonly RegionSpec[],
  targets: readonly AirTarget[],
  asOf: number,
): RegionTracking[] {
  return regions.map((region) => ({
    id: region.id ?? null,
    name: region.name,
    stations: [...region.stations],
    targets: trackTargets(
      regionDailyValues(yearDays.stations, region.stations, yearDays.dayCount),
      yearDays.year,
      asOf,
      targets.filter((target) => target.region === region.id),
    ),
  }));
}

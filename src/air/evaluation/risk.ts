import type { AirTarget } from '../../plans/air/index.ts';
import type { YearDays } from './accumulator.ts';
import { dayCounts } from './annual.ts';
import type { RegionSpec } from './evaluate.ts';
import { regionDailyValues } from './region.ts';
import { trackTargets, type TargetTracking } from './tracking.ts';

/**
 * How a target stands in the year so far:
 * - `lost`: even if every remaining day were clean, the year can no longer meet it;
 * - `at-risk`: it can still be met, but only narrowly. For the day ratios: bad days (non-good days for the
 *   good-day ratio, heavily polluted days for the heavy-day ratio) have happened and fewer than the configured
 *   margin may still happen. For an annual mean: the remaining days must average below the target itself (the
 *   year so far runs above it);
 * - `on-track`: neither;
 * - `unknown`: no figure (no valid day yet, or an emission target the air data cannot track).
 * A target that allows fewer bad days than the margin in a whole year (the heavy-day ratio of 0 %) is not at
 * risk before its first bad day: nothing has gone wrong yet.
 */
export type TargetRiskStatus = 'on-track' | 'at-risk' | 'lost' | 'unknown';

export interface TargetRisk {
  status: TargetRiskStatus;
  /** Why, in Chinese, for the notice to the ecology bureau. */
  reasonZh: string;
}

export interface RiskRule {
  /** A ratio target is at risk when fewer than this many bad days are still affordable (configuration). */
  marginBadDays: number;
}

/** The risk of one tracked target, given how many bad days of its kind the year has had so far. */
export function targetRisk(
  tracking: TargetTracking,
  target: AirTarget,
  rule: RiskRule,
  badDaysSoFar: number,
): TargetRisk {
  if (tracking.note !== undefined || tracking.achievable === null)
    return { status: 'unknown', reasonZh: tracking.note ? '排放目标无法由空气质量数据跟踪' : '尚无有效日数据' };
  const rest = `全年剩余 ${tracking.remainingDays} 天`;
  if (!tracking.achievable)
    return { status: 'lost', reasonZh: `${rest}即使全部达标,年度目标「${tracking.target}」也已无法实现` };
  const affordable = tracking.nonGoodDaysAffordable ?? tracking.heavyDaysAffordable;
  if (affordable !== undefined && affordable !== null) {
    const kind = tracking.nonGoodDaysAffordable !== undefined ? '非优良天' : '重污染天';
    const so = `至今已有 ${badDaysSoFar} 个${kind},${rest}最多还可出现 ${affordable} 个`;
    return badDaysSoFar > 0 && affordable < rule.marginBadDays
      ? { status: 'at-risk', reasonZh: `${so},少于预警余量 ${rule.marginBadDays} 天` }
      : { status: 'on-track', reasonZh: so };
  }
  const meanMax = tracking.remainingMeanMax ?? null;
  const so = `至今 ${tracking.value}${target.unit},${rest}的均值须不高于 ${meanMax ?? '—'}${target.unit}`;
  return meanMax !== null && meanMax < target.value
    ? { status: 'at-risk', reasonZh: `${so},低于目标值 ${target.value}${target.unit}` }
    : { status: 'on-track', reasonZh: so };
}

export interface RegionTargetRisk {
  regionId: string | null;
  regionName: string;
  tracking: TargetTracking;
  risk: TargetRisk;
}

/** Every region's targets tracked up to day `asOf` (0-based in the year) and judged by the rule. */
export function regionRisks(
  yearDays: YearDays,
  regions: readonly RegionSpec[],
  targets: readonly AirTarget[],
  asOf: number,
  rule: RiskRule,
): RegionTargetRisk[] {
  return regions.flatMap((region) => {
    const days = regionDailyValues(yearDays.stations, region.stations, yearDays.dayCount);
    const counts = dayCounts(days, yearDays.dayCount, (day) => day <= asOf);
    const own = targets.filter((target) => target.region === region.id);
    return trackTargets(days, yearDays.year, asOf, own).map((tracking, i) => {
      const target = own[i]!;
      const bad = target.indicator === 'goodDayRatio' ? counts.validDays - counts.goodDays : counts.heavyDays;
      return {
        regionId: region.id ?? null,
        regionName: region.name,
        tracking,
        risk: targetRisk(tracking, target, rule, bad),
      };
    });
  });
}

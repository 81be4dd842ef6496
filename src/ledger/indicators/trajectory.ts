/**
 * Where an indicator stands against its target: on track, at risk or missed, from the values reported (or, for
 * the air plan, from the year's evaluation) — never from anyone's opinion. Each verdict names the rule that made
 * it (docs/ledger.md, "Indicators and scorecards"), so a scorecard line can be traced to the data.
 */

export type TrajectoryStatus = 'onTrack' | 'atRisk' | 'missed' | 'noData';

/** The figure a target fixes: higher is better (gte), lower is better (lte) or exactly this (eq). */
export interface IndicatorGoal {
  comparison: 'gte' | 'lte' | 'eq';
  value: number;
  /** The last day the target must be met by (ISO date): the 31 December of the target's year. */
  due: string;
}

/** One reported value: the figure for the period ending `periodEnd` (ISO date). */
export interface IndicatorReading {
  value: number;
  periodEnd: string;
}

export interface TrajectoryVerdict {
  status: TrajectoryStatus;
  /** The rule that decided (I1…I5 for reported values, A1…A4 for air targets). */
  rule: string;
  /** zh-CN, why. */
  reason: string;
  /** The latest value considered; null without one. */
  latest: number | null;
  /** Where the straight path from the first value to the target stands at the latest value's date (rule I4). */
  expected: number | null;
}

export function meets(value: number, goal: Pick<IndicatorGoal, 'comparison' | 'value'>): boolean {
  switch (goal.comparison) {
    case 'gte':
      return value >= goal.value;
    case 'lte':
      return value <= goal.value;
    case 'eq':
      return value === goal.value;
  }
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS;

function verdict(
  status: TrajectoryStatus,
  rule: string,
  reason: string,
  latest: number | null,
  expected: number | null = null,
): TrajectoryVerdict {
  return { status, rule, reason, latest, expected };
}

/**
 * Classifies a target from its reported values as of a day (ISO date). Readings for periods ending after `asOf`
 * are not known yet and are ignored; readings are ordered by their period's end.
 *
 * - I1 no value reported for a period ending by `asOf` (or by the due date, once it has passed): no data.
 * - I2 the due date has passed: the last value for a period ending by the due date decides, met → on track,
 *   otherwise missed.
 * - I3 the latest value already meets the target → on track.
 * - I4 two values or more: the straight path from the first value (its period's end) to the target (the due
 *   date); the latest value is on track when it has covered at least the share of the gap that the time
 *   elapsed on that path asks for, in the target's direction; otherwise at risk.
 * - I5 one value that does not meet the target: at risk (the gap is open and no progress is measured yet).
 */
export function classifyReadings(
  goal: IndicatorGoal,
  readings: readonly IndicatorReading[],
  asOf: string,
): TrajectoryVerdict {
  const afterDue = asOf.slice(0, 10) > goal.due;
  const cut = afterDue ? goal.due : asOf.slice(0, 10);
  const known = readings
    .filter((reading) => reading.periodEnd.slice(0, 10) <= cut)
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
  const latest = known.at(-1);
  if (latest === undefined)
    return verdict('noData', 'I1', afterDue ? `截至目标期限 ${goal.due} 未报送数值` : '尚未报送数值', null);
  if (afterDue)
    return meets(latest.value, goal)
      ? verdict(
          'onTrack',
          'I2',
          `目标期限 ${goal.due} 已过,${latest.periodEnd} 的数值 ${latest.value} 达到目标`,
          latest.value,
        )
      : verdict(
          'missed',
          'I2',
          `目标期限 ${goal.due} 已过,${latest.periodEnd} 的数值 ${latest.value} 未达到目标 ${goal.value}`,
          latest.value,
        );
  if (meets(latest.value, goal))
    return verdict('onTrack', 'I3', `最新数值 ${latest.value} 已达到目标 ${goal.value}`, latest.value);
  const first = known[0]!;
  if (known.length < 2 || first.value === goal.value)
    return verdict('atRisk', 'I5', `仅有一个数值 ${latest.value},未达到目标 ${goal.value},尚无进展可比`, latest.value);
  const span = dayOf(goal.due) - dayOf(first.periodEnd);
  const elapsed = span <= 0 ? 1 : Math.min(1, (dayOf(latest.periodEnd) - dayOf(first.periodEnd)) / span);
  const expected = first.value + (goal.value - first.value) * elapsed;
  const covered = (latest.value - first.value) / (goal.value - first.value);
  const rounded = Math.round(expected * 1000) / 1000;
  return covered >= elapsed
    ? verdict('onTrack', 'I4', `最新数值 ${latest.value} 不落后于按期达标路径上的 ${rounded}`, latest.value, rounded)
    : verdict('atRisk', 'I4', `最新数值 ${latest.value} 落后于按期达标路径上的 ${rounded}`, latest.value, rounded);
}

/** The air evaluation's year-to-date tracking of one target (src/air/evaluation/tracking.ts). */
export interface AirTrackingFacts {
  value: number | null;
  met: boolean | null;
  achievable: boolean | null;
  remainingDays: number;
}

/**
 * Classifies an air target from the evaluation itself (no reported values):
 * - A1 no figure (no valid day yet, or an emission target the air data does not hold): no data.
 * - A2 the year is over (no day remains): met → on track, otherwise missed.
 * - A3 the year can no longer end meeting the target even if every remaining day is valid and clean: missed.
 * - A4 the figure so far meets the target → on track; otherwise (still achievable) at risk.
 */
export function classifyAirTracking(tracking: AirTrackingFacts): TrajectoryVerdict {
  const { value, met } = tracking;
  if (value === null || met === null) return verdict('noData', 'A1', '评价数据中没有该指标的数值', null);
  if (tracking.remainingDays === 0)
    return met
      ? verdict('onTrack', 'A2', `全年数值 ${value} 达到目标`, value)
      : verdict('missed', 'A2', `全年数值 ${value} 未达到目标`, value);
  if (tracking.achievable === false)
    return verdict('missed', 'A3', `年内数值 ${value},余下 ${tracking.remainingDays} 天全部达标也无法完成目标`, value);
  return met
    ? verdict('onTrack', 'A4', `年内数值 ${value} 达到目标`, value)
    : verdict('atRisk', 'A4', `年内数值 ${value} 未达到目标,余下 ${tracking.remainingDays} 天仍可完成`, value);
}

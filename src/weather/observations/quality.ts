import type { Observation } from './observation.ts';
import { measuredFieldNames, measuredFields, spikeLimits, type MeasuredField } from './ranges.ts';
import { formatBeijing, HOUR_MS } from './time.ts';

export interface QualityFlag {
  station: string;
  code: 'stale' | 'out-of-range' | 'spike';
  /** The observation and field a value flag is about (a stale station has neither). */
  at?: string;
  field?: MeasuredField;
  /** zh-CN, for the evidence. */
  message: string;
}

export interface Screened {
  /** The series with every flagged value set to null (not measured), so no derivation reads it. */
  series: Observation[];
  flags: QualityFlag[];
  /** No report for two intervals up to the time asked: the station's latest values are left out. */
  stale: boolean;
}

/** The reporting interval the live path expects (hourly); two missed in a row make a station stale. */
export const REPORT_INTERVAL_MS = HOUR_MS;

function spikeAt(series: readonly Observation[], i: number, field: MeasuredField, limit: number): boolean {
  const [before, value, after] = [series[i - 1]?.[field], series[i]![field], series[i + 1]?.[field]];
  if (value === null || before === null || before === undefined || after === null || after === undefined) return false;
  // Neighbours one interval apart only: a gap in the series is not evidence of a jump.
  if (series[i]!.atMs - series[i - 1]!.atMs > REPORT_INTERVAL_MS) return false;
  if (series[i + 1]!.atMs - series[i]!.atMs > REPORT_INTERVAL_MS) return false;
  const up = value - before > limit && value - after > limit;
  const down = before - value > limit && after - value > limit;
  return up || down;
}

/**
 * Screens one station's series (any order) up to endMs: values outside the physical range and isolated spikes are
 * flagged and removed; a station with no report in the last two intervals is stale. The evidence lists each flag.
 */
export function screenSeries(station: string, input: readonly Observation[], endMs: number): Screened {
  const sorted = input.filter((o) => o.atMs <= endMs).sort((a, b) => a.atMs - b.atMs);
  const flags: QualityFlag[] = [];
  const removed = sorted.map(() => new Set<MeasuredField>());
  sorted.forEach((observation, i) => {
    for (const field of measuredFieldNames) {
      const value = observation[field];
      const { min, max, unit, zh } = measuredFields[field];
      if (value !== null && (!Number.isFinite(value) || value < min || value > max)) {
        removed[i]!.add(field);
        flags.push({
          station,
          code: 'out-of-range',
          at: formatBeijing(observation.atMs),
          field,
          message: `${station} 站 ${formatBeijing(observation.atMs)} ${zh} ${value} ${unit} 超出物理范围,未采用`,
        });
      }
    }
  });
  for (const [field, limit] of Object.entries(spikeLimits) as [MeasuredField, number][]) {
    sorted.forEach((observation, i) => {
      if (removed[i]!.has(field) || !spikeAt(sorted, i, field, limit)) return;
      removed[i]!.add(field);
      const { zh, unit } = measuredFields[field];
      flags.push({
        station,
        code: 'spike',
        at: formatBeijing(observation.atMs),
        field,
        message: `${station} 站 ${formatBeijing(observation.atMs)} ${zh} ${observation[field]} ${unit} 与前后时次相差超过 ${limit} ${unit},疑为跳变,未采用`,
      });
    });
  }
  const series = sorted.map((observation, i) => {
    if (removed[i]!.size === 0) return observation;
    const copy = { ...observation };
    for (const field of removed[i]!) copy[field] = null;
    return copy;
  });
  const latest = sorted.at(-1)?.atMs;
  const stale = latest === undefined || latest <= endMs - 2 * REPORT_INTERVAL_MS;
  if (stale)
    flags.push({
      station,
      code: 'stale',
      message:
        latest === undefined
          ? `${station} 站截至 ${formatBeijing(endMs)} 没有观测,未采用`
          : `${station} 站最后一次观测在 ${formatBeijing(latest)},已超过两个观测间隔未报,其最新值未采用`,
    });
  return { series, flags, stale };
}

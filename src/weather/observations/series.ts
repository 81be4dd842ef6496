import type { Observation } from './observation.ts';
import type { MeasuredField } from './ranges.ts';
import { beijingDayOf, HOUR_MS } from './time.ts';

/**
 * Derivations from one station's stored series (observations already screened: flagged values are null here).
 * All windows end at `endMs`, a whole hour; hourly values are the observations stamped on the hour.
 */
export type Series = readonly Observation[];

/** The value of a field at each whole hour of the `hours` ending at endMs, oldest first (undefined = none). */
export function hourlyValues(series: Series, field: MeasuredField, endMs: number, hours: number): (number | null)[] {
  const byHour = new Map<number, number | null>();
  for (const observation of series)
    if (observation.atMs % HOUR_MS === 0) byHour.set(observation.atMs, observation[field]);
  return Array.from({ length: hours }, (_, i) => byHour.get(endMs - (hours - 1 - i) * HOUR_MS) ?? null);
}

/** The 24-hour sum of an hourly amount ending at endMs; null when fewer than 24 hourly values were received. */
export function sum24h(series: Series, field: 'precipMm1h' | 'snowMm1h', endMs: number): number | null {
  const values = hourlyValues(series, field, endMs, 24);
  if (values.some((value) => value === null)) return null;
  // Amounts are reported to 0.1 mm: rounding the sum removes binary fractions (49.99999 is 50.0).
  return Math.round((values as number[]).reduce((sum, value) => sum + value, 0) * 1000) / 1000;
}

export interface DailyMaximum {
  /** Beijing calendar day, YYYY-MM-DD. */
  day: string;
  maxC: number | null;
}

/** Daily maxima of the air temperature in the Beijing days up to the one containing endMs, oldest first. */
export function dailyMaxima(series: Series, endMs: number, days: number): DailyMaximum[] {
  const lastDay = beijingDayOf(endMs);
  const wanted = Array.from({ length: days }, (_, i) => {
    const date = new Date(`${lastDay}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() - (days - 1 - i));
    return date.toISOString().slice(0, 10);
  });
  const maxima = new Map<string, number>();
  for (const observation of series) {
    if (observation.atMs > endMs || observation.tempC === null) continue;
    const day = beijingDayOf(observation.atMs);
    maxima.set(day, Math.max(maxima.get(day) ?? -Infinity, observation.tempC));
  }
  return wanted.map((day) => ({ day, maxC: maxima.get(day) ?? null }));
}

/** The latest consecutive days with a known maximum, oldest first (a day without data ends the run). */
export function latestConsecutiveMaxima(maxima: readonly DailyMaximum[]): number[] {
  const run: number[] = [];
  for (let i = maxima.length - 1; i >= 0 && maxima[i]!.maxC !== null; i--) run.unshift(maxima[i]!.maxC!);
  return run;
}

/** How many of the latest days in a row reached thresholdC (the plan's "连续 N 天"). */
export function consecutiveHotDays(maxima: readonly DailyMaximum[], thresholdC: number): number {
  let days = 0;
  for (let i = maxima.length - 1; i >= 0; i--) {
    const maxC = maxima[i]!.maxC;
    if (maxC === null || maxC < thresholdC) break;
    days++;
  }
  return days;
}

/** Hours in a row, ending at endMs, with fog limiting the visibility below belowM. */
export function fogHours(series: Series, endMs: number, belowM: number): number {
  const byHour = new Map(series.filter((o) => o.atMs % HOUR_MS === 0).map((o) => [o.atMs, o]));
  let hours = 0;
  for (let at = endMs; ; at -= HOUR_MS) {
    const observation = byHour.get(at);
    if (!observation || observation.phenomenon !== 'fog' || observation.visibilityM === null) break;
    if (observation.visibilityM >= belowM) break;
    hours++;
  }
  return hours;
}

/**
 * The drop of the minimum temperature within 24 hours: the lowest of the 24 hours before minus the lowest of the
 * 24 hours ending at endMs (positive = colder); null unless both windows are complete.
 */
export function tminDrop24h(series: Series, endMs: number): number | null {
  const both = hourlyValues(series, 'tempC', endMs, 48);
  if (both.some((value) => value === null)) return null;
  const earlier = Math.min(...(both.slice(0, 24) as number[]));
  const latest = Math.min(...(both.slice(24) as number[]));
  return Math.round((earlier - latest) * 1000) / 1000;
}

/** The wind force (GB/T 28591) of a speed, from the plan's table of lower bounds; null below its lowest force. */
export function windForce(speedMs: number | null, lowerBounds: Readonly<Record<string, number>>): number | null {
  if (speedMs === null) return null;
  let force: number | null = null;
  for (const [name, bound] of Object.entries(lowerBounds))
    if (speedMs >= bound && (force === null || Number(name) > force)) force = Number(name);
  return force;
}

/**
 * Times of observations. Stations report in Beijing time (UTC+8, no daylight saving since 1991): a time written
 * without an offset is read as +08:00 (contracts/observations.md). Internally an instant is epoch milliseconds.
 */
export const HOUR_MS = 3_600_000;
const BEIJING_OFFSET_MS = 8 * HOUR_MS;

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Epoch ms of an ISO 8601 date-time, or undefined when it does not parse or names no real time. */
export function parseObservationTime(text: string): number | undefined {
  const match = isoPattern.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second) + Math.floor(Number(fraction ?? 0) * 1000);
  if (zone === undefined) return wall - BEIJING_OFFSET_MS;
  if (zone === 'Z') return wall;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetHours = Number(digits.slice(0, 2));
  const offsetMinutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  return wall - sign * (offsetHours * HOUR_MS + offsetMinutes * 60_000);
}

/** The hour containing an instant, rounded down (whole hours are the same in UTC and Beijing time). */
export function floorHour(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}

/** `2025-07-20T08:00:00+08:00`: how the situation and the evidence write a time. */
export function formatBeijing(ms: number): string {
  return `${new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/**
 * The Beijing calendar day an observation belongs to, as `YYYY-MM-DD`. An observation is stamped with the end of
 * the interval it covers, so the one at 00:00 covers the last minutes of the day before.
 */
export function beijingDayOf(atMs: number): string {
  return new Date(atMs - 1 + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

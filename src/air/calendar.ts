// Dates as the feed writes them (YYYYMMDD) and as the API writes them (YYYY-MM-DD), and the day arithmetic
// of HJ 663: hour 0 of day D+1 is 24:00 of day D.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a valid calendar date, or NaN. */
export function epochDay(year: number, month: number, day: number): number {
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return Number.NaN;
  return ms / DAY_MS;
}

/** `20190101` → days since epoch, or NaN when it is not a date. */
export function feedDateToEpochDay(date: string): number {
  if (!/^\d{8}$/.test(date)) return Number.NaN;
  return epochDay(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8)));
}

/** `2019-01-01` → days since epoch, or NaN. */
export function isoDateToEpochDay(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return Number.NaN;
  return epochDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function epochDayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function epochDayToFeedDate(day: number): string {
  return epochDayToIso(day).replaceAll('-', '');
}

export function daysInYear(year: number): number {
  return epochDay(year + 1, 1, 1) - epochDay(year, 1, 1);
}

/** The first day of each month of `year` as a day-of-year index (0-based), plus the year's length at the end. */
export function monthStarts(year: number): number[] {
  const first = epochDay(year, 1, 1);
  const starts = [];
  for (let month = 1; month <= 12; month++) starts.push(epochDay(year, month, 1) - first);
  starts.push(daysInYear(year));
  return starts;
}

/**
 * The day an hour belongs to and its slot 0-23 in that day (slot 23 = 24:00): the feed labels the hour ending
 * at h:00 as h, so hours 1-23 of D are slots 0-22 of D and hour 0 of D+1 is slot 23 of D.
 */
export function dayAndSlot(epochDayOfDate: number, hour: number): { day: number; slot: number } {
  return hour === 0 ? { day: epochDayOfDate - 1, slot: 23 } : { day: epochDayOfDate, slot: hour - 1 };
}

/** A calendar date, as read on a wall clock in Asia/Shanghai. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface ParsedInstant {
  /** The date in Asia/Shanghai, whatever offset the text carried. */
  shanghaiDate: CalendarDate;
  /** True when the text carried `Z` or an offset; without one it is Asia/Shanghai time (contracts/assess.md). */
  hadOffset: boolean;
}

const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const shanghai = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Offsets are written ±HH, ±HHMM or ±HH:MM; minutes. */
function offsetMinutes(zone: string): number | undefined {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

/**
 * Reads ISO 8601 date-times (`2025-07-20T08:00:00+08:00`, `…Z`, or without an offset) and dates. Returns
 * undefined for text that does not parse or names a day or time that does not exist.
 */
export function parseInstant(text: string): ParsedInstant | undefined {
  const match = isoPattern.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) return undefined;
  if (zone === undefined) return { shanghaiDate: { year, month, day }, hadOffset: false };
  const offset = offsetMinutes(zone);
  if (offset === undefined) return undefined;
  const epochMs = Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s ?? 0)) - offset * 60_000;
  const parts = Object.fromEntries(shanghai.formatToParts(epochMs).map((part) => [part.type, part.value]));
  return {
    shanghaiDate: { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) },
    hadOffset: true,
  };
}

/** `MM-DD`, the form season windows are written in. */
export function monthDay(date: CalendarDate): string {
  return `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

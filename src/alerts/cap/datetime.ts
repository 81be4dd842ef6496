/**
 * CAP 1.2's one date-time form (CAP-v1.2-os 3.3.2): `YYYY-MM-DDThh:mm:ss±hh:mm` — an explicit offset, no `Z`
 * and no fractions of a second. The schema's pattern is below; the parser holds every date to it.
 */
export const capDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([-+])(\d{2}):(\d{2})$/;

/** Beijing time, the zone China's warnings are written in (GB/T 35965.1 A.1.3.2: 北京时间统一取值08:00). */
export const beijingOffsetMinutes = 8 * 60;

const two = (value: number) => String(value).padStart(2, '0');

/** An instant in CAP form at a fixed offset (whole seconds: CAP has no fractions, so they are dropped). */
export function formatCapDateTime(instant: Date, offsetMinutes: number = beijingOffsetMinutes): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('not a valid instant');
  const local = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = Math.abs(offsetMinutes);
  return (
    `${String(local.getUTCFullYear()).padStart(4, '0')}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}` +
    `T${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}` +
    `${sign}${two(Math.floor(offset / 60))}:${two(offset % 60)}`
  );
}

/** The instant a CAP date-time names, or undefined when the text is not in CAP form or names no real time. */
export function parseCapDateTime(text: string): Date | undefined {
  const match = capDateTimePattern.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, sign, oh, om] = match;
  const month = Number(mo),
    day = Number(d),
    hour = Number(h),
    minute = Number(mi),
    second = Number(s);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59 || Number(om) > 59)
    return undefined;
  const utc = Date.UTC(Number(y), month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 February over into March; a CAP date names a real calendar day.
  if (new Date(utc).getUTCDate() !== day) return undefined;
  const offset = (Number(oh) * 60 + Number(om)) * (sign === '-' ? -1 : 1);
  return new Date(utc - offset * 60_000);
}

/** The compact local form GB/T 35965.1 uses inside identifiers: `YYYYMMDDhhmmss` in Beijing time. */
export function compactBeijingTime(instant: Date): string {
  return formatCapDateTime(instant, beijingOffsetMinutes).slice(0, 19).replace(/[-T:]/g, '');
}

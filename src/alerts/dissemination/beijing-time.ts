// China keeps one time zone without daylight saving, so Beijing time is UTC+8 all year and needs no tz data.
const offsetMs = 8 * 3600 * 1000;

interface Parts {
  year: number;
  month: number;
  day: number;
  hh: string;
  mm: string;
}

function parts(iso: string): Parts {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`not an ISO 8601 time: "${iso}"`);
  const d = new Date(time + offsetMs);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hh: String(d.getUTCHours()).padStart(2, '0'),
    mm: String(d.getUTCMinutes()).padStart(2, '0'),
  };
}

/** "7月1日08:00": short enough for an SMS. */
export function beijingShort(iso: string): string {
  const p = parts(iso);
  return `${p.month}月${p.day}日${p.hh}:${p.mm}`;
}

/** "2024-07-01 08:00(北京时间)". */
export function beijingFull(iso: string): string {
  const p = parts(iso);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')} ${p.hh}:${p.mm}(北京时间)`;
}

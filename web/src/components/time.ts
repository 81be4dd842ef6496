const beijing = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

function beijingParts(iso: string): Record<string, string> | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return Object.fromEntries(beijing.formatToParts(date).map((part) => [part.type, part.value]));
}

/** A time as people in Ordos read it (Beijing time), e.g. "7月20日 08:00". */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const parts = beijingParts(iso);
  return parts ? `${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}` : iso;
}

/** The same with its year, e.g. "2026年7月20日 08:00" (a ledger spans years). */
export function formatFullTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const parts = beijingParts(iso);
  return parts ? `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}` : iso;
}

/** "还剩 3 小时 20 分" / "已超时 15 分", for a deadline. */
export function countdown(dueIso: string, now: number): string {
  const minutes = Math.round((Date.parse(dueIso) - now) / 60_000);
  const span = (m: number) => (m >= 60 ? `${Math.floor(m / 60)} 小时 ${m % 60} 分` : `${m} 分`);
  return minutes >= 0 ? `还剩 ${span(minutes)}` : `已超时 ${span(-minutes)}`;
}

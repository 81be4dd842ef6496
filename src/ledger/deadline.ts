/**
 * 完成时限 as offices write it, read per the ledger contract: a month (`2025年6月底`, `2025年6月`) is its last
 * day; a day (`2025年12月31日`, `2025-12-31`) is that day; `年底` 12-31; `上半年` 06-30, `下半年` 12-31; a quarter
 * (`第三季度`, `三季度末`) its last day; `长期坚持` / `持续推进` / `长期` have no deadline. A trailing 前 is allowed
 * on any date form; a form without a year takes the sheet's year. Anything else is refused.
 */
export type Deadline = { ongoing: false; date: string } | { ongoing: true; date: null };

export class DeadlineError extends Error {
  constructor(readonly text: string) {
    super(`not a date: "${text}"`);
    this.name = 'DeadlineError';
  }
}

const ongoingWords = new Set(['长期坚持', '持续推进', '长期']);
const quarterNumbers: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number, text: string): string {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month))
    throw new DeadlineError(text);
  return `${year}-${pad(month)}-${pad(day)}`;
}

const date = (iso: string): Deadline => ({ ongoing: false, date: iso });

/** Reads one 完成时限 cell's text; `sheetYear` is the year a form without one means (`年底前`). */
export function parseDeadline(raw: string, sheetYear: number): Deadline {
  const text = raw.replace(/\s+/g, '');
  if (ongoingWords.has(text)) return { ongoing: true, date: null };
  const body = text.replace(/前$/, '');
  const yearMatch = /^(\d{4})年/.exec(body);
  const year = yearMatch ? Number(yearMatch[1]) : sheetYear;
  const rest = yearMatch ? body.slice(yearMatch[0].length) : body;

  const numeric = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(body);
  if (numeric) return date(isoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]), raw));

  let match: RegExpExecArray | null;
  if ((match = /^(\d{1,2})月(\d{1,2})日$/.exec(rest)))
    return date(isoDate(year, Number(match[1]), Number(match[2]), raw));
  if ((match = /^(\d{1,2})月(底|末)?$/.exec(rest))) {
    const month = Number(match[1]);
    if (month < 1 || month > 12) throw new DeadlineError(raw);
    return date(isoDate(year, month, lastDayOfMonth(year, month), raw));
  }
  if (rest === '底' || rest === '年底' || rest === '年末' || (yearMatch && rest === '')) return date(`${year}-12-31`);
  if (rest === '上半年') return date(`${year}-06-30`);
  if (rest === '下半年') return date(`${year}-12-31`);
  if ((match = /^第?([一二三四1-4])季度(末|底)?$/.exec(rest))) {
    const month = quarterNumbers[match[1]!]! * 3;
    return date(isoDate(year, month, lastDayOfMonth(year, month), raw));
  }
  throw new DeadlineError(raw.trim());
}

/** A date cell (exceljs gives a Date at UTC midnight of the day the sheet shows). */
export function deadlineOfDateCell(value: Date): Deadline {
  if (Number.isNaN(value.getTime())) throw new DeadlineError(String(value));
  return date(isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), value.toISOString()));
}

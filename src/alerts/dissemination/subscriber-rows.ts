/** The header of an SMS subscriber list (CSV): a phone and the GB/T 2260 code of the county it lives in. */
export const subscriberHeader = 'phone,division_code';

export interface SubscriberRow {
  phone: string;
  divisionCode: string;
}

export function isSubscriberHeader(line: string): boolean {
  return line.replace(/^\uFEFF/, '').trim() === subscriberHeader;
}

/** One line of the list: the subscriber, null for a blank line, or why the line is refused. */
export function readSubscriberLine(line: string): SubscriberRow | null | { problem: string } {
  if (line.trim() === '') return null;
  const [phone, division, extra] = line.split(',').map((cell) => cell.trim());
  if (extra !== undefined || !phone || !division) return { problem: 'expected two cells, phone and division_code' };
  if (!/^1\d{10}$/.test(phone))
    return { problem: `"${phone}" is not a mainland mobile number (11 digits starting with 1)` };
  if (!/^\d{6}$/.test(division)) return { problem: `"${division}" is not a GB/T 2260 code (6 digits)` };
  return { phone, divisionCode: division };
}

/** At most this many refused lines are named back; the count says how many there were. */
const maxReportedProblems = 100;

export interface SubscriberList {
  rows: SubscriberRow[];
  /** Lines read (subscribers and refused lines; blank lines are not counted). */
  lines: number;
  problemCount: number;
  /** The first refused lines, each with why. */
  problems: Array<{ line: number; problem: string }>;
}

/**
 * A whole list sent as text (the console's upload): the header, then every line checked, a county outside
 * `divisionCodes` refused too. With any problem the caller writes nothing.
 */
export function readSubscriberList(text: string, divisionCodes: readonly string[]): SubscriberList {
  const lines = text.split(/\r?\n/);
  const problems: Array<{ line: number; problem: string }> = [];
  const rows: SubscriberRow[] = [];
  if (!isSubscriberHeader(lines[0] ?? ''))
    problems.push({ line: 1, problem: `expected the header "${subscriberHeader}"` });
  lines.slice(1).forEach((line, index) => {
    const row = readSubscriberLine(line);
    if (row === null) return;
    if ('problem' in row) problems.push({ line: index + 2, problem: row.problem });
    else if (!divisionCodes.includes(row.divisionCode))
      problems.push({ line: index + 2, problem: `"${row.divisionCode}" is not a division of the city` });
    else rows.push(row);
  });
  return {
    rows,
    lines: rows.length + problems.length,
    problemCount: problems.length,
    problems: problems.slice(0, maxReportedProblems),
  };
}

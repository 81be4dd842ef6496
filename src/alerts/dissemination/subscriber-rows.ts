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

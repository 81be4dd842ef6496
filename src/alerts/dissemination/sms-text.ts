import { sentence, type WarningLabels } from './labels.ts';
import type { WarningForDissemination } from './warning.ts';

/** One SMS of Chinese text holds 70 characters (UCS-2, counted in UTF-16 units). */
export const smsSegmentLength = 70;

/** The concise public text: title, headline, description, validity. */
export function smsText(warning: WarningForDissemination, labels: WarningLabels): string {
  const validity = warning.msgType !== 'Cancel' && labels.expiresShort ? `有效至${labels.expiresShort}。` : '';
  return `【${labels.title}】${sentence(warning.headlineZh)}${sentence(warning.descriptionZh)}${validity}`;
}

/**
 * Splits a text into SMS segments of at most `limit` UTF-16 units, each ending with a "(1/3)" marker that counts
 * towards the limit; a text that fits one SMS goes without a marker. The marker's length depends on the number
 * of segments ("(10/12)" is longer than "(1/3)"), so the count is found by trying 2, 3, … until the text fits.
 * A character outside the BMP (two units) is never cut in half.
 */
export function splitSms(text: string, limit = smsSegmentLength): string[] {
  if (text.length <= limit) return [text];
  const chars = [...text];
  for (let total = 2; ; total++) {
    const pieces = pack(chars, (index) => limit - marker(index + 1, total).length);
    // More segments only shrink each one's room, so the first count that holds the text is exact.
    if (pieces.length <= total) return pieces.map((piece, index) => `${piece}${marker(index + 1, pieces.length)}`);
  }
}

function marker(index: number, total: number): string {
  return `(${index}/${total})`;
}

function pack(chars: readonly string[], room: (index: number) => number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of chars) {
    if (current.length + char.length > room(pieces.length)) {
      if (current === '') throw new Error('an SMS segment is too short for its marker');
      pieces.push(current);
      current = '';
    }
    current += char;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

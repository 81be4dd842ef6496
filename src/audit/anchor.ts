import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The anchor of the audit chain: an HMAC-SHA256, with a key kept outside the database, of each entry's hash and
 * of the head. Anyone with write access to the database can recompute every hash of a rewritten chain, but not
 * these without the key, so `audit verify` with the key names the first rewritten entry.
 */
export function entryMac(key: Buffer, hash: string): string {
  return createHmac('sha256', key).update(`entry\n${hash}`).digest('hex');
}

export function headMac(key: Buffer, seq: number, hash: string): string {
  return createHmac('sha256', key).update(`head\n${seq}\n${hash}`).digest('hex');
}

export function macMatches(expected: string, actual: string | null | undefined): boolean {
  if (!actual || actual.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(actual));
}

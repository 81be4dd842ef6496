import { createHash } from 'node:crypto';
import { entryMac, headMac, macMatches } from './anchor.ts';
import { canonicalJson } from './canonical-json.ts';

/** The hash that starts the chain: the first entry's `prevHash`. */
export const GENESIS_HASH = '0'.repeat(64);

/** What happened, by whom, to what: the part of an audit entry the caller supplies. */
export interface AuditEvent {
  at: string;
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  payload: unknown;
}

export interface AuditEntry extends AuditEvent {
  seq: number;
  prevHash: string;
  hash: string;
  /** The anchor (src/audit/anchor.ts): null when written without a key. */
  mac?: string | null;
}

/** Each entry's hash covers its content and the previous entry's hash, so altering any row breaks every later link. */
export function entryHash(seq: number, prevHash: string, event: AuditEvent): string {
  const content = canonicalJson({
    seq,
    at: event.at,
    actor: event.actor,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    payload: event.payload ?? null,
  });
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

export function chainEntry(previous: { seq: number; hash: string } | undefined, event: AuditEvent): AuditEntry {
  const seq = (previous?.seq ?? 0) + 1;
  const prevHash = previous?.hash ?? GENESIS_HASH;
  return { ...event, seq, prevHash, hash: entryHash(seq, prevHash, event) };
}

export type ChainVerdict =
  | { ok: true; entries: number; headHash: string }
  | { ok: false; entries: number; firstBad: { seq: number; reason: string } };

type Failure = { seq: number; reason: string };

/**
 * Checks entries one at a time, in order, so a long log can be verified page by page. It names the first entry
 * that does not hold: a changed row (its hash no longer matches its content), a broken link, a gap or a
 * reordering in the sequence, or a removed tail (the head record says more entries were written than remain).
 */
export class ChainVerifier {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  private count = 0;
  private failure: Failure | undefined;

  /** With the audit key, every entry and the head must also carry their anchor. */
  constructor(private readonly key?: Buffer) {}

  /** Returns false once a failure is found; later entries are not looked at. */
  push(entry: AuditEntry): boolean {
    if (this.failure) return false;
    this.count++;
    if (entry.seq !== this.expectedSeq) {
      this.failure = {
        seq: entry.seq,
        reason: `expected entry ${this.expectedSeq} here: an entry is missing or out of order`,
      };
    } else if (entry.prevHash !== this.prevHash) {
      this.failure = {
        seq: entry.seq,
        reason: 'its link to the previous entry does not match (an earlier entry was altered or removed)',
      };
    } else if (entryHash(entry.seq, entry.prevHash, entry) !== entry.hash) {
      this.failure = { seq: entry.seq, reason: 'its content does not match its hash (the entry was altered)' };
    } else if (this.key && !macMatches(entryMac(this.key, entry.hash), entry.mac)) {
      this.failure = {
        seq: entry.seq,
        reason: entry.mac
          ? 'its anchor does not match its hash (the chain was rewritten without the audit key)'
          : 'it carries no anchor (written without the audit key, or the anchor was removed): run `nuancheng audit anchor` after checking the chain',
      };
    } else {
      this.prevHash = entry.hash;
      this.expectedSeq++;
    }
    return this.failure === undefined;
  }

  finish(head?: { seq: number; hash: string; mac?: string | null }): ChainVerdict {
    if (this.failure) return { ok: false, entries: this.count, firstBad: this.failure };
    const last = this.expectedSeq - 1;
    if (this.key && head && head.seq > 0 && !macMatches(headMac(this.key, head.seq, head.hash), head.mac)) {
      return {
        ok: false,
        entries: this.count,
        firstBad: {
          seq: head.seq,
          reason: 'the head record carries no valid anchor (the head or the tail was altered without the audit key)',
        },
      };
    }
    if (head && (head.seq !== last || head.hash !== this.prevHash)) {
      const reason =
        head.seq > last
          ? `the log ends at entry ${last} but ${head.seq} were written (entries were removed from the end)`
          : `the head record (entry ${head.seq}) does not match the last entry ${last} (the head or the tail was altered)`;
      return { ok: false, entries: this.count, firstBad: { seq: Math.min(head.seq, last) + 1, reason } };
    }
    return { ok: true, entries: this.count, headHash: this.prevHash };
  }
}

export function verifyChain(
  entries: Iterable<AuditEntry>,
  head?: { seq: number; hash: string; mac?: string | null },
  key?: Buffer,
): ChainVerdict {
  const verifier = new ChainVerifier(key);
  for (const entry of entries) if (!verifier.push(entry)) break;
  return verifier.finish(head);
}

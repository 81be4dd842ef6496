import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import { chainEntry, verifyChain, type AuditEntry, type AuditEvent } from './chain.ts';

function event(n: number): AuditEvent {
  return {
    at: `2025-07-20T0${n}:00:00.000Z`,
    actor: 'duty-1',
    action: 'proposal.created',
    subjectType: 'proposal',
    subjectId: `p${n}`,
    payload: { level: 'IV', n },
  };
}

function chainOf(count: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 1; i <= count; i++) entries.push(chainEntry(entries.at(-1), event(i)));
  return entries;
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe('the audit hash chain', () => {
  it('an untouched chain verifies, with its head', () => {
    const entries = chainOf(5);
    expect(verifyChain(entries, entries.at(-1))).toEqual({ ok: true, entries: 5, headHash: entries[4]!.hash });
  });

  it('an altered payload is named by its sequence number', () => {
    const entries = chainOf(5);
    entries[2] = { ...entries[2]!, payload: { level: 'II', n: 3 } };
    expect(verifyChain(entries)).toMatchObject({
      ok: false,
      firstBad: { seq: 3, reason: expect.stringMatching(/altered/) },
    });
  });

  it("an altered entry whose own hash was recomputed breaks the next entry's link", () => {
    const entries = chainOf(5);
    entries[2] = chainEntry(entries[1], { ...event(3), actor: 'intruder' });
    expect(verifyChain(entries)).toMatchObject({
      ok: false,
      firstBad: { seq: 4, reason: expect.stringMatching(/link/) },
    });
  });

  it('a rewritten tail is caught by the head record kept apart from the entries', () => {
    const original = chainOf(5);
    const forged = original.slice(0, 4);
    forged.push(chainEntry(forged[3], { ...event(5), actor: 'intruder' }));
    expect(verifyChain(forged)).toMatchObject({ ok: true });
    expect(verifyChain(forged, original.at(-1))).toMatchObject({ ok: false });
  });

  it('a removed entry is a gap', () => {
    const entries = chainOf(5);
    entries.splice(1, 1);
    expect(verifyChain(entries)).toMatchObject({
      ok: false,
      firstBad: { seq: 3, reason: expect.stringMatching(/expected entry 2/) },
    });
  });

  it('a removed tail is caught by the head record', () => {
    const entries = chainOf(5);
    const head = entries.at(-1)!;
    expect(verifyChain(entries.slice(0, 3), head)).toMatchObject({ ok: false, firstBad: { seq: 4 } });
  });
});

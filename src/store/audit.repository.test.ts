import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import {
  anchorUnanchored,
  appendAudit,
  unanchoredEntries,
  useAuditKey,
  auditTrail,
  verifyAuditLog,
} from './audit.repository.ts';
import type { Store } from './database.ts';
import { entryHash } from '../audit/chain.ts';
import type { AuditLogTable } from './tables/audit-and-access.ts';

function toEvent(row: AuditLogTable) {
  return { at: row.at, actor: row.actor, action: row.action, subjectType: row.subject_type, subjectId: row.subject_id };
}

function event(n: number, subjectId = 'r1') {
  return {
    at: new Date(Date.UTC(2025, 6, 20, n)).toISOString(),
    actor: 'duty-1',
    action: 'response.activated',
    subjectType: 'response',
    subjectId,
    payload: { level: 'IV', n },
  };
}

describe.each(engines)('the audit log on %s', (engine) => {
  let store: Store;
  afterEach(async () => store?.close());

  it('entries written in transactions chain and verify; a subject has its trail', async () => {
    store = await openTestStore(engine);
    for (let n = 1; n <= 4; n++)
      await store.db.transaction().execute((trx) => appendAudit(trx, event(n, n % 2 ? 'r1' : 'r2')));
    expect(await verifyAuditLog(store.db)).toMatchObject({ ok: true, entries: 4 });
    expect((await auditTrail(store.db, 'response', 'r1')).map((e) => e.seq)).toEqual([1, 3]);
  });

  it('an entry rolled back with its change leaves no trace', async () => {
    store = await openTestStore(engine);
    await store.db.transaction().execute((trx) => appendAudit(trx, event(1)));
    await expect(
      store.db.transaction().execute(async (trx) => {
        await appendAudit(trx, event(2));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await store.db.transaction().execute((trx) => appendAudit(trx, event(3)));
    expect(await verifyAuditLog(store.db)).toMatchObject({ ok: true, entries: 2 });
  });

  it('altering any row in the database is found and the row named', async () => {
    store = await openTestStore(engine);
    for (let n = 1; n <= 5; n++) await store.db.transaction().execute((trx) => appendAudit(trx, event(n)));
    await sql`update audit_log set payload = ${'{"level":"I","n":3}'} where seq = 3`.execute(store.db);
    expect(await verifyAuditLog(store.db, { pageSize: 2 })).toMatchObject({ ok: false, firstBad: { seq: 3 } });
  });

  it('deleting the last row is found through the head record', async () => {
    store = await openTestStore(engine);
    for (let n = 1; n <= 3; n++) await store.db.transaction().execute((trx) => appendAudit(trx, event(n)));
    await sql`delete from audit_log where seq = 3`.execute(store.db);
    expect(await verifyAuditLog(store.db)).toMatchObject({ ok: false, firstBad: { seq: 3 } });
  });

  it('concurrent writers still make one unbroken chain', async () => {
    store = await openTestStore(engine);
    await Promise.all(
      Array.from({ length: 12 }, (_, n) => store.db.transaction().execute((trx) => appendAudit(trx, event(n + 1)))),
    );
    expect(await verifyAuditLog(store.db)).toMatchObject({ ok: true, entries: 12 });
  });

  it('8: with the audit key, a chain rewritten by someone without it is found at the first rewritten entry', async () => {
    store = await openTestStore(engine);
    const key = Buffer.from('a key kept outside the database, 32+ bytes');
    useAuditKey(key);
    try {
      for (let n = 1; n <= 4; n++) await store.db.transaction().execute((trx) => appendAudit(trx, event(n)));
      expect(await verifyAuditLog(store.db, { key })).toMatchObject({ ok: true, entries: 4 });
      // Rewrite entry 2 and recompute every hash after it, as anyone with database access can.
      const rows = await store.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
      let previous = rows[0]!.hash;
      for (const row of rows.slice(1)) {
        const content = { ...JSON.parse(row.payload), ...(row.seq === 2 ? { level: 'I' } : {}) };
        const hash = entryHash(row.seq, previous, { ...toEvent(row), payload: content });
        await sql`update audit_log set payload = ${JSON.stringify(content)}, prev_hash = ${previous}, hash = ${hash} where seq = ${row.seq}`.execute(
          store.db,
        );
        previous = hash;
      }
      await sql`update audit_head set hash = ${previous}`.execute(store.db);
      expect(await verifyAuditLog(store.db)).toMatchObject({ ok: true });
      expect(await verifyAuditLog(store.db, { key })).toMatchObject({ ok: false, firstBad: { seq: 2 } });
    } finally {
      useAuditKey(null);
    }
  });

  it('8: entries written before the key are named until the key holder anchors them', async () => {
    store = await openTestStore(engine);
    await store.db.transaction().execute((trx) => appendAudit(trx, event(1)));
    const key = Buffer.from('another key kept outside the database');
    expect(await verifyAuditLog(store.db, { key })).toMatchObject({
      ok: false,
      firstBad: { seq: 1, reason: expect.stringMatching(/carries no anchor/) },
    });
    expect(await unanchoredEntries(store.db)).toBe(1);
    await store.db.transaction().execute((trx) => anchorUnanchored(trx, key));
    expect(await verifyAuditLog(store.db, { key })).toMatchObject({ ok: true, entries: 1 });
    expect(await verifyAuditLog(store.db, { key: Buffer.from('a wrong key') })).toMatchObject({ ok: false });
  });
});

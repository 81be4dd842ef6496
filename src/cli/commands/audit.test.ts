import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';
import { runCliInProcess } from '../../../test/support/cli-in-process.ts';
import { entryHash } from '../../audit/chain.ts';
import { tempDir } from '../../../test/support/temp-dir.ts';
import { appendAudit } from '../../store/audit.repository.ts';
import { openStore } from '../../store/database.ts';
import { migrateToLatest } from '../../store/migrate.ts';

describe('nuancheng audit verify', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());
  const database = join(dir.path, 'store.sqlite');

  it('reports an intact chain, then names the row someone altered in the database', async () => {
    const store = openStore(database);
    await migrateToLatest(store.db);
    for (let n = 1; n <= 3; n++) {
      await store.db.transaction().execute((trx) =>
        appendAudit(trx, {
          at: `2025-07-20T0${n}:00:00.000Z`,
          actor: 'deputy-1',
          action: 'order.signed',
          subjectType: 'order',
          subjectId: `o${n}`,
          payload: { level: 'III' },
        }),
      );
    }
    const intact = runCli(['audit', 'verify', '--database', database]);
    expect(intact.status).toBe(0);
    expect(intact.stdout).toMatch(/^audit log intact: 3 entries/);
    expect(intact.stderr).toMatch(/未配置审计密钥/);

    await sql`update audit_log set actor = 'someone-else' where seq = 2`.execute(store.db);
    await store.close();
    const broken = runCli(['audit', 'verify', '--database', database]);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/^audit log BROKEN at entry 2: .*altered/);
  });

  it('8: with the audit key, a chain rewritten with recomputed hashes is found; anchor vouches for an older chain', async () => {
    const keyed = join(dir.path, 'keyed.sqlite');
    const key = 'k'.repeat(40);
    const store = openStore(keyed);
    await migrateToLatest(store.db);
    const append = (n: number) =>
      store.db.transaction().execute((trx) =>
        appendAudit(trx, {
          at: `2025-07-20T0${n}:00:00.000Z`,
          actor: 'deputy-1',
          action: 'order.signed',
          subjectType: 'order',
          subjectId: `o${n}`,
          payload: { level: 'III' },
        }),
      );
    await append(1);
    await append(2);
    // Written before the key was configured: named until the key holder anchors them.
    const unanchored = await runCliInProcess(['audit', 'verify', '--database', keyed], { NUANCHENG_AUDIT_KEY: key });
    expect(unanchored.status).toBe(1);
    expect(unanchored.stdout).toMatch(/^audit log BROKEN at entry 1: it carries no anchor/);
    const anchored = await runCliInProcess(['audit', 'anchor', '--database', keyed], { NUANCHENG_AUDIT_KEY: key });
    expect(anchored).toMatchObject({ status: 0, stdout: 'anchored 2 entries\n' });
    const verified = await runCliInProcess(['audit', 'verify', '--database', keyed], { NUANCHENG_AUDIT_KEY: key });
    expect(verified.stdout).toMatch(/^audit log intact: 3 entries, head \w+, anchored$/m);
    expect(
      (await runCliInProcess(['audit', 'anchor', '--database', keyed], { NUANCHENG_AUDIT_KEY: undefined })).stderr,
    ).toMatch(/^no_audit_key: 未配置审计密钥/);

    // Someone with database access rewrites entry 2 and recomputes every hash after it.
    const rows = await store.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    let previous = rows[0]!.hash;
    for (const row of rows.slice(1)) {
      const payload = row.seq === 2 ? { level: 'I' } : JSON.parse(row.payload);
      const hash = entryHash(row.seq, previous, {
        at: row.at,
        actor: row.actor,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        payload,
      });
      await sql`update audit_log set payload = ${JSON.stringify(payload)}, prev_hash = ${previous}, hash = ${hash} where seq = ${row.seq}`.execute(
        store.db,
      );
      previous = hash;
    }
    await sql`update audit_head set hash = ${previous}`.execute(store.db);
    await store.close();
    expect(
      (await runCliInProcess(['audit', 'verify', '--database', keyed], { NUANCHENG_AUDIT_KEY: undefined })).status,
    ).toBe(0);
    const found = await runCliInProcess(['audit', 'verify', '--database', keyed], { NUANCHENG_AUDIT_KEY: key });
    expect(found.status).toBe(1);
    expect(found.stdout).toMatch(/^audit log BROKEN at entry 2: its anchor does not match/);
  });
});

import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';
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

    await sql`update audit_log set actor = 'someone-else' where seq = 2`.execute(store.db);
    await store.close();
    const broken = runCli(['audit', 'verify', '--database', database]);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/^audit log BROKEN at entry 2: .*altered/);
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliAsync } from '../../../test/support/cli-async.ts';
import { runCli } from '../../../test/support/cli.ts';
import { freshPostgresUrl, engines } from '../../../test/support/engines.ts';
import { storeSnapshot } from '../../../test/support/store-snapshot.ts';
import { tempDir } from '../../../test/support/temp-dir.ts';
import { userPrincipal } from '../../access/principal.ts';
import type { Actor } from '../../access/roles.ts';
import { PlanCatalog } from '../../catalog/plan-files.ts';
import { backupStore } from '../../services/backup.service.ts';
import { actOnWarning } from '../../services/warnings-manual.service.ts';
import { openContext } from '../../startup/context.ts';
import { appendAudit } from '../../store/audit.repository.ts';
import { verifyAuditLog } from '../../store/audit.repository.ts';
import { openStore } from '../../store/database.ts';

const duty: Actor = { id: 'd', username: 'duty', displayName: '值班员', role: 'dutyOfficer', unitId: null };

describe('nuancheng backup (SQLite online backup) and a restore from its file', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());
  const database = join(dir.path, 'nuancheng.sqlite');
  const backup = join(dir.path, 'backup.sqlite');

  it('copies the committed store while a writer holds a transaction open; the copy opens as a store with the same rows and an intact audit chain', async () => {
    const ctx = await openContext({ databaseUrl: database });
    const warnings = { ...ctx, clock: () => new Date('2025-07-20T00:00:00Z') };
    const gale = await actOnWarning(warnings, userPrincipal(duty), { action: 'issue', hazard: 'gale', level: 'IV' });
    await actOnWarning(warnings, userPrincipal(duty), { action: 'update', warningId: gale.warningId, level: 'III' });
    await actOnWarning(warnings, userPrincipal(duty), {
      action: 'issue',
      hazard: 'fog',
      level: 'III',
      areaCodes: ['150602'],
    });
    const committed = await storeSnapshot(ctx.store);

    // A writer in the middle of a transaction (not yet committed) while the backup runs beside it.
    let finish!: () => void;
    const writerOpen = new Promise<void>((opened) => {
      void ctx.store.db
        .transaction()
        .execute(async (trx) => {
          await appendAudit(trx, {
            at: new Date().toISOString(),
            actor: 'test',
            action: 'test.uncommitted',
            subjectType: 'test',
            subjectId: 'x',
            payload: {},
          });
          opened();
          await new Promise<void>((resolve) => (finish = resolve));
          throw new Error('rolled back on purpose');
        })
        .catch(() => undefined);
    });
    await writerOpen;
    const run = await runCliAsync(['backup', backup, '--database', database]);
    finish();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^backup .*backup\.sqlite: \d+ bytes, \d+ pages; integrity ok; audit chain intact \(\d+ entries\)$/m,
    );
    await ctx.store.close();

    const restored = openStore(backup);
    try {
      expect(await storeSnapshot(restored)).toBe(committed);
    } finally {
      await restored.close();
    }
    expect(runCli(['audit', 'verify', '--database', backup]).status).toBe(0);
    // The server starts on the restored file as it would on the data folder's own.
    const started = await openContext({ databaseUrl: backup });
    const latest = await started.store.db
      .selectFrom('warnings')
      .select(['hazard', 'level'])
      .orderBy('hazard')
      .execute();
    expect(latest).toEqual([
      { hazard: 'fog', level: 'III' },
      { hazard: 'gale', level: 'III' },
    ]);
    await started.store.close();
  }, 120_000);

  it('names a store that is not there instead of creating and copying an empty one', () => {
    const missing = join(dir.path, 'absent.sqlite');
    const run = runCli(['backup', join(dir.path, 'absent-copy.sqlite'), '--database', missing]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`backup: no SQLite store at ${missing}\n`);
    expect(existsSync(missing)).toBe(false);
  });

  it("is the local operator's: the policy refuses a signed-in user, even the duty officer", async () => {
    await expect(
      backupStore(PlanCatalog.load(), userPrincipal(duty), database, join(dir.path, 'by-duty.sqlite')),
    ).rejects.toMatchObject({ operation: 'store.backup', status: 403 });
    expect(existsSync(join(dir.path, 'by-duty.sqlite'))).toBe(false);
  });

  it('never writes over a file, and names what is wrong', async () => {
    const again = runCli(['backup', backup, '--database', database]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/^backup: .*backup\.sqlite exists; a backup never writes over a file\n$/);
  });
});

describe.runIf(engines.includes('postgres'))('nuancheng backup on PostgreSQL', () => {
  it('writes nothing and says how to use pg_dump and pg_restore', async () => {
    const dir = tempDir();
    try {
      const file = join(dir.path, 'pg.backup');
      const run = runCli(['backup', file, '--database', await freshPostgresUrl()]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('pg_dump --format=custom');
      expect(run.stderr).toContain('pg_restore');
      expect(run.stderr.trim().split('\n').at(-1)).toBe(
        'backup: nothing was written (PostgreSQL store: use pg_dump as above)',
      );
      expect(existsSync(file)).toBe(false);
    } finally {
      dir.remove();
    }
  });

  it('the pg_dump and pg_restore it names bring a lost store back: same rows, audit chain intact', async () => {
    const dir = tempDir();
    const url = await freshPostgresUrl();
    const schema = /search_path=(\w+)/.exec(decodeURIComponent(url))![1]!;
    const database = new URL(url);
    database.searchParams.delete('options');
    try {
      const ctx = await openContext({ databaseUrl: url });
      const warnings = { ...ctx, clock: () => new Date('2025-07-20T00:00:00Z') };
      const gale = await actOnWarning(warnings, userPrincipal(duty), { action: 'issue', hazard: 'gale', level: 'IV' });
      await actOnWarning(warnings, userPrincipal(duty), { action: 'cancel', warningId: gale.warningId });
      const before = await storeSnapshot(ctx.store);
      const dump = join(dir.path, 'nuancheng.dump');
      // As the guidance says, narrowed to the test's schema (the run's database holds every test's schema).
      execFileSync('pg_dump', ['--format=custom', `--schema=${schema}`, `--file=${dump}`, database.toString()]);
      await ctx.store.db.schema.dropSchema(schema).cascade().execute();
      await ctx.store.close();
      execFileSync('pg_restore', ['--no-owner', `--dbname=${database.toString()}`, dump]);

      const restored = openStore(url);
      try {
        expect(await storeSnapshot(restored)).toBe(before);
        expect((await verifyAuditLog(restored.db)).ok).toBe(true);
      } finally {
        await restored.close();
      }
    } finally {
      dir.remove();
    }
  }, 120_000);
});

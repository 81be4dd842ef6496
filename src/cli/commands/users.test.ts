import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';
import { runCliInProcess } from '../../../test/support/cli-in-process.ts';
import { tempDir } from '../../../test/support/temp-dir.ts';
import { ensureAdmin, signIn } from '../../services/users.service.ts';
import { openContext } from '../../startup/context.ts';
import { auditTrail } from '../../store/audit.repository.ts';
import { listUsers } from '../../store/users.repository.ts';
import { userInfo } from 'node:os';

const sample = new URL('../../../assets/air/china_sites_20190101.csv', import.meta.url).pathname;

describe('15.2: only the server creates the admin; the operator resets and deactivates from the command line', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());
  const database = join(dir.path, 'nuancheng.sqlite');

  it('a store command on a new data folder creates no user; the server then creates the admin with the configured password', async () => {
    const imported = runCli(['air', 'import', sample], {
      env: { NUANCHENG_DATA_DIR: dir.path, DATABASE_URL: '', NUANCHENG_ADMIN_PASSWORD: 'configured-Ordos-2025' },
    });
    expect(imported.status).toBe(0);
    expect(imported.stderr).not.toMatch(/admin/);
    const ctx = await openContext({ databaseUrl: database });
    try {
      expect((await listUsers(ctx.store.db)).items).toEqual([]);
      const trail = await auditTrail(ctx.store.db, 'air-import', sample);
      expect(trail).toMatchObject([{ action: 'air.feed.imported', actor: `operator:${userInfo().username}` }]);
      expect(await ensureAdmin(ctx, 'configured-Ordos-2025')).toEqual({ password: null });
      const session = await signIn(ctx, { username: 'admin', password: 'configured-Ordos-2025', address: '::1' });
      expect(session.user.role).toBe('admin');
    } finally {
      await ctx.store.close();
    }
  });

  it('users reset-password reads the new password from standard input, refuses a weak one, and ends the sessions', async () => {
    const weak = runCli(['users', 'reset-password', 'admin', '--database', database], { input: 'aaaaaaaaaaaa\n' });
    expect(weak.status).toBe(2);
    expect(weak.stderr.trim()).toBe('weak_password: 密码过于简单:不能只是少数字符的重复');
    const reset = runCli(['users', 'reset-password', 'admin', '--database', database], {
      input: 'recovered-Ordos-7\n',
    });
    expect(reset.status).toBe(0);
    expect(reset.stdout).toMatch(/已重置 admin 的密码/);
    const ctx = await openContext({ databaseUrl: database });
    try {
      await expect(
        signIn(ctx, { username: 'admin', password: 'configured-Ordos-2025', address: '::1' }),
      ).rejects.toMatchObject({ code: 'invalid_login' });
      await signIn(ctx, { username: 'admin', password: 'recovered-Ordos-7', address: '::1' });
    } finally {
      await ctx.store.close();
    }
  });

  it('users list shows roles in Chinese; users deactivate ends sign-in; neither creates a user', async () => {
    const listed = await runCliInProcess(['users', 'list', '--database', database]);
    expect(listed.stdout).toMatch(/^admin\s+系统管理员 系统管理员$/m);
    const random = await runCliInProcess(['users', 'reset-password', 'admin', '--random', '--database', database]);
    expect(random.stdout).toMatch(/已重置 admin 的密码: \S{20}\(仅显示这一次\)/);
    expect((await runCliInProcess(['users', 'deactivate', 'admin', '--database', database])).status).toBe(0);
    const again = await runCliInProcess(['users', 'deactivate', 'admin', '--database', database]);
    expect(again).toMatchObject({ status: 2, stderr: 'user_inactive: 用户「admin」已停用\n' });
    const missing = await runCliInProcess(['users', 'deactivate', 'nobody', '--database', database]);
    expect(missing.stderr).toBe('user_not_found: 没有用户「nobody」\n');
    const all = await runCliInProcess(['users', 'list', '--all', '--json', '--database', database]);
    expect(JSON.parse(all.stdout).users).toEqual([expect.objectContaining({ username: 'admin', active: false })]);
  });
});

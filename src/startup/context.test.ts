import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.ts';
import { ensureAdmin } from '../services/users.service.ts';
import { listMemberUnits } from '../store/response.repository.ts';
import { listUsers } from '../store/users.repository.ts';
import { openContext } from './context.ts';

describe('starting twice on the same store', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('migrates once and seeds the units once; opening the store creates no user, the admin is made once', async () => {
    const databaseUrl = join(dir.path, 'nuancheng.sqlite');
    const first = await openContext({ databaseUrl });
    const units = (await listMemberUnits(first.store.db)).length;
    expect((await listUsers(first.store.db)).items).toEqual([]);
    expect(await ensureAdmin(first, 'first-password-123')).toEqual({ password: null });
    await first.store.close();
    const second = await openContext({ databaseUrl });
    try {
      expect((await listMemberUnits(second.store.db)).length).toBe(units);
      expect(await ensureAdmin(second, 'second-password-456')).toBeNull();
      expect((await listUsers(second.store.db)).items).toHaveLength(1);
    } finally {
      await second.store.close();
    }
  });

  it('refuses an admin password the policy refuses, naming the variable', async () => {
    const ctx = await openContext({ databaseUrl: ':memory:' });
    try {
      await expect(ensureAdmin(ctx, 'aaaaaaaaaaaa')).rejects.toThrow(/^NUANCHENG_ADMIN_PASSWORD: 密码过于简单/);
      await expect(ensureAdmin(ctx, 'short')).rejects.toThrow(/至少 10 个字符/);
    } finally {
      await ctx.store.close();
    }
  });
});

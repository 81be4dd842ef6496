import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.ts';
import { listMemberUnits } from '../store/response.repository.ts';
import { listUsers } from '../store/users.repository.ts';
import { openContext } from './context.ts';

describe('starting twice on the same store', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('migrates once, and seeds the units and the admin once', async () => {
    const databaseUrl = join(dir.path, 'nuancheng.sqlite');
    const first = await openContext({ databaseUrl, adminPassword: 'first-password-123' });
    const units = (await listMemberUnits(first.store.db)).length;
    await first.store.close();
    const second = await openContext({ databaseUrl, adminPassword: 'second-password-456' });
    try {
      expect((await listMemberUnits(second.store.db)).length).toBe(units);
      expect(await listUsers(second.store.db)).toHaveLength(1);
    } finally {
      await second.store.close();
    }
  });
});

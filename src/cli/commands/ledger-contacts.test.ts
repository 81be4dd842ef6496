import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshPostgresUrl } from '../../../test/support/engines.ts';
import { runCliInProcess } from '../../../test/support/cli-in-process.ts';
import { tempDir } from '../../../test/support/temp-dir.ts';
import { openStore, type Store } from '../../store/database.ts';
import { migrateToLatest } from '../../store/migrate.ts';
import { createUser, issueCredential } from '../../store/users.repository.ts';

describe.each(engines)('nuancheng ledger contacts list|set|remove on %s', (engine) => {
  const dir = tempDir();
  let database: string;
  let store: Store;
  let liaison: string;
  beforeAll(async () => {
    database = engine === 'sqlite' ? join(dir.path, 'ledger.sqlite') : await freshPostgresUrl();
    store = openStore(database);
    await migrateToLatest(store.db);
    const user = await createUser(
      store.db,
      {
        username: 'hb',
        displayName: '生态环境局联络员',
        role: 'unitLiaison',
        unitId: 'ecology-environment-bureau',
        passwordHash: 'x',
      },
      new Date(),
    );
    liaison = (await issueCredential(store.db, user.id, 'api-token', new Date(), { ttlMs: 3_600_000 })).token;
  });
  afterAll(async () => {
    await store.close();
    dir.remove();
  });
  const cli = (...args: string[]) => runCliInProcess([...args, '--database', database], { NUANCHENG_TOKEN: undefined });

  it('the operator sets, lists and removes; a liaison reads but may not set; bad input named', async () => {
    const set = await cli(
      'ledger',
      'contacts',
      'set',
      '市生态环境局',
      'liaison',
      '张三',
      '--phone',
      '13800138000',
      '--json',
    );
    expect(set.status, set.stderr).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({ unitId: 'ecology-environment-bureau', phone: '13800138000' });
    const head = await cli(
      'ledger',
      'contacts',
      'set',
      'ecology-environment-bureau',
      'head',
      '李局长',
      '--email',
      'li@example.cn',
    );
    expect(head.stdout).toContain('已保存联系人: 市生态环境局(ecology-environment-bureau) 负责人 李局长 li@example.cn');

    const listed = await cli('ledger', 'contacts', 'list', '--unit', '市生态环境局', '--token', liaison, '--json');
    expect(listed.status, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout).contacts.map((c: { name: string }) => c.name)).toEqual(['李局长', '张三']);
    const refused = await cli(
      'ledger',
      'contacts',
      'set',
      '市生态环境局',
      'liaison',
      '王五',
      '--phone',
      '13800138001',
      '--token',
      liaison,
    );
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('forbidden');

    const unknown = await cli('ledger', 'contacts', 'set', '市不存在局', 'liaison', '张三', '--phone', '13800138000');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('市不存在局');
    const badPhone = await cli('ledger', 'contacts', 'set', '市生态环境局', 'liaison', '张三', '--phone', '138');
    expect(badPhone.stderr).toContain('invalid_phone');

    expect((await cli('ledger', 'contacts', 'remove', '市生态环境局', 'head', '李局长')).status).toBe(0);
    const missing = await cli('ledger', 'contacts', 'remove', '市生态环境局', 'head', '李局长');
    expect(missing.stderr).toContain('unknown_contact');
    expect((await cli('ledger', 'contacts', 'list')).stdout).toContain('联络员 张三 13800138000');
  });
});

import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { hashPassword } from '../access/password.ts';
import type { Store } from '../store/database.ts';
import { countUsers, createUser } from '../store/users.repository.ts';

/**
 * On the first start (no user yet) creates the `admin` account: with NUANCHENG_ADMIN_PASSWORD when set,
 * else with a random password printed once on standard error, the only place it ever appears.
 */
export async function seedAdmin(store: Store, logger: Logger, given: string | undefined): Promise<boolean> {
  if ((await countUsers(store.db)) > 0) return false;
  if (given !== undefined && given.length < 10) throw new Error('NUANCHENG_ADMIN_PASSWORD: at least 10 characters');
  const password = given ?? randomBytes(12).toString('base64url');
  await createUser(
    store.db,
    {
      username: 'admin',
      displayName: '系统管理员',
      role: 'admin',
      unitId: null,
      passwordHash: await hashPassword(password),
    },
    new Date(),
  );
  if (given === undefined)
    process.stderr.write(
      `nuancheng: created user "admin" with password ${password} (shown once; set NUANCHENG_ADMIN_PASSWORD to choose it)\n`,
    );
  logger.info('created the admin user');
  return true;
}

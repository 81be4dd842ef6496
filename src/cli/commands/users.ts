import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { roleNamesZh } from '../../access/roles.ts';
import { beijingFull } from '../../alerts/dissemination/beijing-time.ts';
import { deactivateAccount, listUserAccounts, resetPassword } from '../../services/users.service.ts';
import { InputError } from '../input-error.ts';
import type { CliIo } from '../io.ts';
import { operator, withServices } from '../session.ts';

const databaseOption = [
  '--database <url>',
  'the store (default: DATABASE_URL or the SQLite file in NUANCHENG_DATA_DIR)',
] as const;

/** The first line of standard input: a new password typed or piped in, never on the command line. */
function passwordFromStdin(): string {
  let text: string;
  try {
    text = readFileSync(0, 'utf8');
  } catch {
    throw new InputError('新密码:请从标准输入给出(例如 echo "…" | nuancheng users reset-password admin),或用 --random');
  }
  const password = text.split(/\r?\n/)[0] ?? '';
  if (!password) throw new InputError('新密码:标准输入为空;请给出新密码,或用 --random');
  return password;
}

/**
 * The local operator's user commands: they act as the operator who holds the store (audited so), through the
 * same policy as the administrator's API. They never create users: the server's first start creates the admin.
 */
export function registerUserCommands(program: Command, io: CliIo): void {
  const users = program
    .command('users')
    .description('people of the plan: list, reset a password, deactivate (local operator)');

  users
    .command('list')
    .option(...databaseOption)
    .option('--all', 'also the deactivated')
    .option('--json', 'print JSON')
    .description('every user with the role (in Chinese) and the member unit of a liaison')
    .action(async (options: { database?: string; all?: boolean; json?: boolean }) => {
      const page = await withServices(
        (ctx) => listUserAccounts(ctx, operator(), { limit: 500, includeInactive: options.all === true }),
        options.database,
      );
      if (options.json) {
        io.out(`${JSON.stringify({ users: page.items }, null, 2)}\n`);
        return;
      }
      for (const user of page.items)
        io.out(
          `${user.username.padEnd(20)} ${roleNamesZh[user.role]}${user.unitId ? `(${user.unitId})` : ''} ${user.displayName}${user.active ? '' : ` 已停用 ${beijingFull(user.deactivatedAt!)}`}\n`,
        );
    });

  users
    .command('reset-password')
    .argument('<username>', 'whose password')
    .option(...databaseOption)
    .option('--random', 'make a strong random password and print it once')
    .description('set a new password (read from standard input) and end every session and token of the user')
    .action(async (username: string, options: { database?: string; random?: boolean }) => {
      const password = options.random ? randomBytes(15).toString('base64url') : passwordFromStdin();
      const { revoked } = await withServices(
        (ctx) => resetPassword(ctx, operator(), { username }, password),
        options.database,
      );
      io.out(
        `已重置 ${username} 的密码${options.random ? `: ${password}(仅显示这一次)` : ''};结束了 ${revoked} 个会话或令牌\n`,
      );
    });

  users
    .command('deactivate')
    .argument('<username>', 'who')
    .option(...databaseOption)
    .description('deactivate a user: no more sign-in, and every session and token ends at once')
    .action(async (username: string, options: { database?: string }) => {
      const { revoked } = await withServices(
        (ctx) => deactivateAccount(ctx, operator(), { username }),
        options.database,
      );
      io.out(`已停用 ${username};结束了 ${revoked} 个会话或令牌\n`);
    });
}

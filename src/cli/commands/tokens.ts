import type { Command } from 'commander';
import { beijingFull } from '../../alerts/dissemination/beijing-time.ts';
import { listTokens, revokeToken } from '../../services/users.service.ts';
import type { CliIo } from '../io.ts';
import { asPerson, print, withTokenOptions, type TokenOptions } from './response.ts';

/** A person's sessions and API tokens, as `GET /api/auth/tokens` and `DELETE /api/auth/tokens/{id}` give them. */
export function registerTokenCommands(program: Command, io: CliIo): void {
  const tokens = program
    .command('tokens')
    .description('your sessions and API tokens: list and revoke (plan of access)');

  withTokenOptions(
    tokens.command('list').description('the sessions and tokens still valid (the administrator: --user)'),
  )
    .option('--user <username>', "another user's (administrator)")
    .option('--all', 'also the expired and revoked ones')
    .action(async (options: TokenOptions & { user?: string; all?: boolean }) => {
      const page = await asPerson(options, (ctx, principal) =>
        listTokens(ctx, principal, {
          limit: 500,
          ...(options.user ? { username: options.user } : {}),
          includeEnded: options.all === true,
        }),
      );
      print(io, options, { tokens: page.items }, () =>
        page.items.length === 0
          ? ['没有有效的会话或令牌']
          : page.items.map(
              (token) =>
                `${token.id} ${token.kind === 'session' ? '会话' : '令牌'} ${token.username}${token.label ? ` 「${token.label}」` : ''} 签发于 ${beijingFull(token.createdAt)}${token.expiresAt ? ` 到期 ${beijingFull(token.expiresAt)}` : ''}${token.revokedAt ? ` 已吊销 ${beijingFull(token.revokedAt)}` : ''}`,
            ),
      );
    });

  withTokenOptions(
    tokens.command('revoke').argument('<id>', 'the id from tokens list').description('revoke a session or token'),
  ).action(async (id: string, options: TokenOptions) => {
    const revoked = await asPerson(options, (ctx, principal) => revokeToken(ctx, principal, id));
    print(io, options, revoked, () => [`已吊销: ${revoked.id} (${revoked.username})`]);
  });
}

import type { Command } from 'commander';
import { anchorAudit, verifyAudit } from '../../services/audit.service.ts';
import { ExitStatus, type CliIo } from '../io.ts';
import { operator, withServices } from '../session.ts';

const databaseOption = [
  '--database <url>',
  'the store (default: DATABASE_URL or the SQLite file in NUANCHENG_DATA_DIR)',
] as const;

export function registerAuditCommands(program: Command, io: CliIo): void {
  const audit = program.command('audit').description('the append-only, hash-chained audit log and its anchor');

  audit
    .command('verify')
    .option(...databaseOption)
    .description(
      'check every link of the audit chain, and with the audit key every anchor; names the first entry that was altered (exit 1)',
    )
    .action(async (options: { database?: string }) => {
      const verdict = await withServices((ctx) => verifyAudit(ctx, operator()), options.database);
      if (!verdict.anchored)
        io.err(
          '注意:未配置审计密钥(NUANCHENG_AUDIT_KEY 或 NUANCHENG_AUDIT_KEY_FILE),只校验链的一致性;有数据库写权限者可重算整条链\n',
        );
      if (verdict.ok) {
        io.out(
          `audit log intact: ${verdict.entries} entries, head ${verdict.headHash.slice(0, 16)}${verdict.anchored ? ', anchored' : ''}\n`,
        );
        return;
      }
      io.out(`audit log BROKEN at entry ${verdict.firstBad.seq}: ${verdict.firstBad.reason}\n`);
      throw new ExitStatus(1);
    });

  audit
    .command('anchor')
    .option(...databaseOption)
    .description('anchor the entries written before the audit key was configured (after checking the chain)')
    .action(async (options: { database?: string }) => {
      const { anchored } = await withServices((ctx) => anchorAudit(ctx, operator()), options.database);
      io.out(`anchored ${anchored} entries\n`);
    });
}

import type { Command } from 'commander';
import { verifyAuditLog } from '../../store/audit.repository.ts';
import { withStore } from '../store-access.ts';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the append-only, hash-chained audit log');

  audit
    .command('verify')
    .option('--database <url>', 'the store to check (default: DATABASE_URL or the SQLite file in NUANCHENG_DATA_DIR)')
    .description('check every link of the audit chain; names the first entry that was altered (exit 1)')
    .action(async (options: { database?: string }) => {
      const verdict = await withStore((store) => verifyAuditLog(store.db), options.database);
      if (verdict.ok) {
        process.stdout.write(`audit log intact: ${verdict.entries} entries, head ${verdict.headHash.slice(0, 16)}\n`);
        return;
      }
      process.stdout.write(`audit log BROKEN at entry ${verdict.firstBad.seq}: ${verdict.firstBad.reason}\n`);
      process.exitCode = 1;
    });
}

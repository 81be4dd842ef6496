import type { Command } from 'commander';
import { readConfig } from '../../startup/config.ts';
import { backupStore, BackupError } from '../../services/backup.service.ts';
import { InputError } from '../input-error.ts';

export function registerBackupCommand(program: Command): void {
  program
    .command('backup')
    .argument('<file>', 'the file to write (never written over)')
    .option('--database <url>', 'the store to back up (default: DATABASE_URL or the SQLite file in NUANCHENG_DATA_DIR)')
    .description(
      'copies the SQLite store while the server runs (online backup) and checks the copy (integrity, audit chain); for PostgreSQL prints how to use pg_dump',
    )
    .action(async (file: string, options: { database?: string }) => {
      let outcome;
      try {
        outcome = await backupStore(options.database ?? readConfig().databaseUrl, file);
      } catch (error) {
        if (error instanceof BackupError) throw new InputError(`backup: ${error.message}`);
        throw error;
      }
      if (outcome.engine === 'postgres') {
        process.stderr.write(`${outcome.guidance.join('\n')}\n`);
        throw new InputError('backup: nothing was written (PostgreSQL store: use pg_dump as above)');
      }
      process.stdout.write(
        `backup ${outcome.file}: ${outcome.bytes} bytes, ${outcome.pages} pages; integrity ok; audit chain intact (${outcome.auditEntries} entries)\n` +
          `restore: stop the server, then use this file as NUANCHENG_DATA_DIR/nuancheng.sqlite (or DATABASE_URL=${outcome.file})\n`,
      );
    });
}

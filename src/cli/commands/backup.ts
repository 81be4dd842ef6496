import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { isPostgresUrl } from '../../services/backup.service.ts';
import { readConfig } from '../../startup/config.ts';
import { backupStore, BackupError } from '../../services/backup.service.ts';
import { InputError } from '../input-error.ts';
import { PlanCatalog } from '../../catalog/plan-files.ts';
import { operator } from '../session.ts';

export function registerBackupCommand(program: Command): void {
  program
    .command('backup')
    .argument('<file>', 'the file to write (never written over)')
    .option('--database <url>', 'the store to back up (default: DATABASE_URL or the SQLite file in NUANCHENG_DATA_DIR)')
    .description(
      'copies the SQLite store while the server runs (online backup) and checks the copy (integrity, audit chain); for PostgreSQL prints how to use pg_dump',
    )
    .action(async (file: string, options: { database?: string }) => {
      const databaseUrl = options.database ?? readConfig().databaseUrl;
      const sqliteFile = databaseUrl.replace(/^sqlite:(\/\/)?/, '');
      // Opening a store creates it; a backup of a store that is not there is a mistake to name, not an empty copy.
      if (!isPostgresUrl(databaseUrl) && !existsSync(sqliteFile))
        throw new InputError(`backup: no SQLite store at ${sqliteFile}`);
      let outcome;
      try {
        outcome = await backupStore(PlanCatalog.load(), operator(), databaseUrl, file);
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

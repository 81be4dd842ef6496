import type { Command } from 'commander';
import { backfillGradings } from '../../services/live-grading.service.ts';
import type { CliIo } from '../io.ts';
import { operator, signedIn, withServices } from '../session.ts';

interface BackfillOptions {
  from: string;
  to: string;
  database?: string;
  token?: string;
}

/**
 * `nuancheng observations backfill --from ISO --to ISO`: re-runs the grading over every complete hour of a stored
 * period (stored as backfill: no proposal, draft or notice for past hours) and prints a JSON summary.
 */
export function registerBackfillCommand(observations: Command, io: CliIo): void {
  observations
    .command('backfill')
    .description('re-grade every complete hour of a stored period from its observations (stored as backfill)')
    .requiredOption('--from <iso>', 'the period starts after this time (ISO 8601; without an offset, Beijing time)')
    .requiredOption('--to <iso>', 'the last hour graded ends at or before this time')
    .option('--database <url>', 'the store (default: DATABASE_URL or the SQLite file in NUANCHENG_DATA_DIR)')
    .option('--token <token>', 'API token of the administrator acting (default: the local operator)')
    .action(async (options: BackfillOptions) => {
      const token = options.token ?? process.env.NUANCHENG_TOKEN;
      const summary = await withServices(
        async (ctx) =>
          backfillGradings(ctx, token ? await signedIn(ctx, token) : operator(), {
            from: options.from,
            to: options.to,
          }),
        options.database,
      );
      io.out(`${JSON.stringify(summary, null, 2)}\n`);
    });
}

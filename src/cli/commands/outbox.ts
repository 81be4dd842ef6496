import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { beijingFull } from '../../alerts/dissemination/beijing-time.ts';
import { pino } from 'pino';
import { ChannelsConfigError } from '../../messaging/channels-config.ts';
import {
  isSubscriberHeader,
  readSubscriberLine,
  subscriberHeader,
} from '../../alerts/dissemination/subscriber-rows.ts';
import {
  dissemination,
  importSmsSubscribers,
  outboxStatus,
  pruneOutbox,
  requeueOutbox,
  type SmsSubscriber,
} from '../../services/outbox.service.ts';
import { readConfig } from '../../startup/config.ts';
import { InputError } from '../input-error.ts';
import type { CliIo } from '../io.ts';
import { operator, withServices } from '../session.ts';

const databaseOption = [
  '--database <url>',
  'the store (default: DATABASE_URL or the SQLite file in NUANCHENG_DATA_DIR)',
] as const;

export function registerOutboxCommands(program: Command, io: CliIo): void {
  const outbox = program
    .command('outbox')
    .description('warning messages waiting to be sent, sent, or given up (plan 3.3.2, 3.3.4)');

  outbox
    .command('status')
    .option(...databaseOption)
    .option('--json', 'print JSON')
    .option('--warning <id>', 'only the messages of this warning message')
    .description('messages by endpoint and status, and why given-up messages failed')
    .action(async (options: { database?: string; json?: boolean; warning?: string }) => {
      const { counts, deadErrors: errors } = await withServices(
        (ctx) => outboxStatus(ctx, operator(), options.warning),
        options.database,
      );
      if (options.json) {
        io.out(`${JSON.stringify({ counts, deadErrors: errors }, null, 2)}\n`);
        return;
      }
      if (counts.length === 0) io.out('the outbox is empty\n');
      for (const row of counts) {
        const when = row.at
          ? row.status === 'pending'
            ? ` (next attempt ${beijingFull(row.at)})`
            : ` (last ${beijingFull(row.at)})`
          : '';
        io.out(`${row.endpointId.padEnd(24)} ${row.status.padEnd(8)} ${String(row.messages).padStart(9)}${when}\n`);
      }
      for (const row of errors) io.out(`given up at ${row.endpointId}: ${row.messages} × ${row.error}\n`);
    });

  outbox
    .command('dispatch')
    .option(...databaseOption)
    .option('--once', 'send what is due now, then stop')
    .description(
      'send the outbox through the configured channels (NUANCHENG_CHANNELS, NUANCHENG_CHANNELS_FILE or channels.json in the data folder)',
    )
    .action(async (options: { database?: string; once?: boolean }) => {
      const logger = pino({ level: 'warn' }, pino.destination(2));
      await withServices(async (ctx) => {
        const setup = await dissemination(ctx, operator(), {
          env: process.env,
          dataDir: readConfig().dataDir,
          logger,
        }).catch((error: unknown) => {
          throw error instanceof ChannelsConfigError ? new InputError(error.message) : error;
        });
        const { dispatcher } = setup;
        if (!dispatcher) {
          io.out('no channel configured: nothing sent\n');
          return;
        }
        if (options.once) {
          const summary = await dispatcher.runOnce();
          await dispatcher.stop();
          io.out(`sent ${summary.sent}, to retry ${summary.retried}, given up ${summary.dead}\n`);
          return;
        }
        dispatcher.start();
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await dispatcher.stop();
      }, options.database);
    });

  outbox
    .command('requeue')
    .option(...databaseOption)
    .option('--endpoint <id>', 'only this endpoint')
    .description('queue given-up messages again, their attempts reset (after fixing an endpoint)')
    .action(async (options: { database?: string; endpoint?: string }) => {
      const count = await withServices((ctx) => requeueOutbox(ctx, operator(), options.endpoint), options.database);
      io.out(`requeued ${count} messages\n`);
    });

  outbox
    .command('prune')
    .option(...databaseOption)
    .requiredOption(
      '--before <time>',
      'delete messages sent before this ISO 8601 time (their receipts stay in the audit log)',
    )
    .description('delete sent messages, to keep the outbox small after city-wide SMS')
    .action(async (options: { database?: string; before: string }) => {
      const before = new Date(options.before);
      if (Number.isNaN(before.getTime())) throw new InputError(`--before ${options.before}: expected an ISO 8601 time`);
      const count = await withServices((ctx) => pruneOutbox(ctx, operator(), before), options.database);
      io.out(`deleted ${count} sent messages\n`);
    });

  const subscribers = outbox.command('subscribers').description('the phones the full-network SMS (3.3.4) goes to');
  subscribers
    .command('import <file>')
    .option(...databaseOption)
    .description(
      'add or move subscribers from a CSV file with the header "phone,division_code" (GB/T 2260 county code)',
    )
    .action(async (file: string, options: { database?: string }) => {
      // The whole file is checked before anything is written, so a bad line leaves the store as it was.
      let count = 0;
      for await (const _ of subscriberRows(file)) count++;
      const imported = await withServices(
        (ctx) => importSmsSubscribers(ctx, operator(), subscriberRows(file), file),
        options.database,
      );
      io.out(`imported ${imported} subscribers (${count} lines)\n`);
    });
}

/** The rows of a subscriber CSV file, each line checked; a bad line is an `InputError` naming file and line. */
export async function* subscriberRows(file: string): AsyncGenerator<SmsSubscriber> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      if (number === 1) {
        if (!isSubscriberHeader(line)) throw new InputError(`${file}:1: expected the header "${subscriberHeader}"`);
        continue;
      }
      const row = readSubscriberLine(line);
      if (row === null) continue;
      if ('problem' in row) throw new InputError(`${file}:${number}: ${row.problem}`);
      yield row;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(`${file}: no such file`);
    throw error;
  }
}

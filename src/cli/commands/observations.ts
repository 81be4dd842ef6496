import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { Principal } from '../../access/principal.ts';
import { beijingFull } from '../../alerts/dissemination/beijing-time.ts';
import type { ServiceContext } from '../../services/context.ts';
import {
  ingestObservations,
  listRejectedObservations,
  setAsideObservations,
} from '../../services/observations.service.ts';
import { readObservationFile } from '../../weather/observations/file.ts';
import { InputError } from '../input-error.ts';
import type { CliIo } from '../io.ts';
import { operator, signedIn, withServices } from '../session.ts';
import { print, withTokenOptions, type TokenOptions } from './response.ts';

/** With a token (or NUANCHENG_TOKEN) the command acts as that person; without one as the local operator. */
export function asCaller<T>(options: TokenOptions, run: (ctx: ServiceContext, principal: Principal) => Promise<T>) {
  const token = options.token ?? process.env.NUANCHENG_TOKEN;
  return withServices(async (ctx) => run(ctx, token ? await signedIn(ctx, token) : operator()), options.database);
}

/** Station observations (contracts/observations.md): take in a file; list what was set aside. */
export function registerObservationCommands(program: Command, io: CliIo): void {
  const observations = program
    .command('observations')
    .description('station observations: ingest a file, list what was set aside (dead letters)');

  withTokenOptions(
    observations
      .command('ingest')
      .argument('<file>', 'observations as JSON ({"observations": [...]}, a list, or NDJSON) or CSV with a header')
      .description('take in a file of observations as the watched folder does; bad records are set aside'),
  ).action(async (file: string, options: TokenOptions) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new InputError(`${file}: ${(error as Error).message}`);
    }
    const outcome = await asCaller(options, async (ctx, principal) => {
      const read = readObservationFile(basename(file), text);
      if (!read.ok) {
        await setAsideObservations(ctx, principal, 'file', text, `${basename(file)}: ${read.reason}`);
        throw new InputError(`${file}: ${read.reason}`);
      }
      return ingestObservations(ctx, principal, 'file', read.records);
    });
    print(io, options, outcome, () => [
      `接收 ${outcome.accepted} 条(新存 ${outcome.stored} 条),搁置 ${outcome.rejected.length} 条`,
      ...outcome.rejected.map((r) => `  第 ${r.index + 1} 条: ${r.reason}`),
    ]);
  });

  withTokenOptions(
    observations
      .command('rejected')
      .description('what was set aside, newest first (as GET /api/observations/rejected)')
      .option('--limit <n>', 'how many (1–500)', '50')
      .option('--cursor <cursor>', "the previous page's next"),
  ).action(async (options: TokenOptions & { limit: string; cursor?: string }) => {
    const limit = Number(options.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new InputError('--limit: 1 到 500 之间的整数');
    const page = await asCaller(options, (ctx, principal) =>
      listRejectedObservations(ctx, principal, { limit, ...(options.cursor ? { cursor: options.cursor } : {}) }),
    );
    const rejected = page.items.map(({ raw, ...rest }) => ({ ...rest, payload: raw }));
    print(io, options, { rejected, next: page.next }, () => [
      ...(rejected.length === 0 ? ['没有被搁置的观测数据'] : []),
      ...rejected.map((r) => `${beijingFull(r.receivedAt)} [${r.source}] ${r.reason}\n    ${r.payload.slice(0, 200)}`),
      ...(page.next ? [`下一页: --cursor ${page.next}`] : []),
    ]);
  });
}

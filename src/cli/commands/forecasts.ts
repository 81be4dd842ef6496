import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { incomingForecastFile, ingestForecast } from '../../services/forecasts.service.ts';
import { InputError } from '../input-error.ts';
import type { CliIo } from '../io.ts';
import { asCaller } from './observations.ts';
import { print, withTokenOptions, type TokenOptions } from './response.ts';

/** Gridded forecasts: take in a NetCDF or JSON grid file as POST /api/forecasts and the watched folder do. */
export function registerForecastCommands(program: Command, io: CliIo): void {
  const forecasts = program.command('forecasts').description('gridded forecasts: ingest a NetCDF or JSON grid file');
  withTokenOptions(
    forecasts
      .command('ingest')
      .argument('<file>', 'a NetCDF classic file (.nc) or the JSON grid (docs/observations.md, Forecasts)')
      .option('--source <name>', 'the source, for a grid that does not name its own')
      .description('take in one forecast grid; a bad one is set aside with its reason (exit status 2)'),
  ).action(async (file: string, options: TokenOptions & { source?: string }) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new InputError(`${file}: ${(error as Error).message}`);
    }
    const outcome = await asCaller(options, (ctx, principal) =>
      ingestForecast(ctx, principal, 'file', incomingForecastFile(basename(file), bytes), options.source),
    );
    if (!outcome.accepted) throw new InputError(`${file}: ${outcome.reason}`);
    const { stored, source, issuedAt, validTimes } = outcome; // the answer of POST /api/forecasts
    print(io, options, { stored, source, issuedAt, validTimes }, () => [
      `${outcome.stored ? '已存入' : '已有,未重复存入'}:${outcome.source} ${outcome.issuedAt} 发布,预报时次 ${outcome.validTimes.join('、')}`,
    ]);
  });
}

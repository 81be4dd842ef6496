import { mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Principal } from '../access/principal.ts';
import type { ServiceContext } from '../services/context.ts';
import { incomingForecastFile, ingestForecast, isForecastFile } from '../services/forecasts.service.ts';
import { ingestObservations, setAsideObservations } from '../services/observations.service.ts';
import { readObservationFile } from '../weather/observations/file.ts';
import type { Feed } from './mqtt.ts';

/** Files that are still being written by convention (`.part`, `.tmp`, dot files) are left until renamed. */
const unfinished = (name: string) => name.startsWith('.') || /\.(part|tmp)$/i.test(name);

/** What a watched folder holds: observations (and NetCDF forecasts by their name), or forecast grids only. */
export type InboxKind = 'observations' | 'forecasts';

/**
 * The outcome of one file: `done/` once its records are stored or set aside, `rejected/` when unreadable (a
 * forecast grid is one record: `rejected/` when it is set aside).
 */
export async function ingestInboxFile(
  ctx: ServiceContext,
  principal: Principal,
  folder: string,
  name: string,
  kind: InboxKind = 'observations',
): Promise<'done' | 'rejected'> {
  const path = join(folder, name);
  let outcome: 'done' | 'rejected';
  if (kind === 'forecasts' || isForecastFile(name)) {
    const forecast = await ingestForecast(ctx, principal, 'file', incomingForecastFile(name, readFileSync(path)));
    outcome = forecast.accepted ? 'done' : 'rejected';
    return moveAfterCommit(folder, name, outcome);
  }
  const text = readFileSync(path, 'utf8');
  const read = readObservationFile(name, text);
  if (read.ok) {
    await ingestObservations(ctx, principal, 'file', read.records);
    outcome = 'done';
  } else {
    await setAsideObservations(ctx, principal, 'file', text, `${name}: ${read.reason}`);
    outcome = 'rejected';
  }
  return moveAfterCommit(folder, name, outcome);
}

// Moved only after the commit: a file found again after a crash is taken in again, which stores nothing twice.
function moveAfterCommit(folder: string, name: string, outcome: 'done' | 'rejected'): 'done' | 'rejected' {
  mkdirSync(join(folder, outcome), { recursive: true });
  renameSync(join(folder, name), join(folder, outcome, name));
  return outcome;
}

/**
 * Watches a folder for files of observations (JSON or CSV) or forecast grids (NetCDF, JSON), one at a time in name
 * order, polling (fs.watch misses events on network file systems). A file is moved to `done/` or `rejected/` after
 * its transaction commits.
 */
export function startInboxFeed(
  ctx: ServiceContext,
  principal: Principal,
  folder: string,
  kind: InboxKind,
  pollMs: number,
  logger: Logger,
): Feed {
  mkdirSync(folder, { recursive: true });
  let running: Promise<void> = Promise.resolve();
  const scan = async () => {
    const names = readdirSync(folder)
      .filter((name) => !unfinished(name) && statSync(join(folder, name)).isFile())
      .sort();
    for (const name of names) {
      try {
        const outcome = await ingestInboxFile(ctx, principal, folder, name, kind);
        logger.info({ file: name, outcome }, `${kind} inbox: file taken in`);
      } catch (error) {
        logger.error({ err: error, file: name }, `${kind} inbox: file not taken in; retried`);
      }
    }
  };
  const timer = setInterval(() => {
    running = running.then(scan).catch(() => {});
  }, pollMs);
  logger.info({ folder }, `${kind} inbox: watching`);
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

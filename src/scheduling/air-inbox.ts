import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RiskRule } from '../air/evaluation/index.ts';
import { FeedError, readStationList, splitLines } from '../air/feed/index.ts';
import { systemPrincipal } from '../access/principal.ts';
import { feedHours, FeedFileError, isStationList, sha256 } from '../catalog/air-feed-files.ts';
import { loadAirStationList } from '../catalog/air-stations.ts';
import { createReadStream } from 'node:fs';
import { hasAirStations, importAirFeed, importAirStations } from '../services/air.service.ts';
import { watchAirTargets, type NoticedRisk } from '../services/air-watch.service.ts';
import type { ServiceContext } from '../services/context.ts';
import type { Job } from './scheduler.ts';

export interface AirInboxOptions {
  /** The watched folder (NUANCHENG_AIR_INBOX); `processing/`, `done/` and `rejected/` are made inside it. */
  folder: string;
  /** When a target counts as at risk (NUANCHENG_AIR_RISK_MARGIN_DAYS). */
  rule: RiskRule;
  /** A file younger than this may still be being written (default 2 s); it waits for the next run. */
  settleMs?: number;
  /** How often the inbox is looked at (default every 10 s). */
  everyMs?: number;
}

export interface InboxOutcome {
  file: string;
  outcome: 'imported' | 'unchanged' | 'stations' | 'rejected';
  detail: string;
}

export interface InboxRun {
  files: InboxOutcome[];
  noticed: NoticedRisk[];
}

const who = systemPrincipal('air-inbox');

/**
 * The air inbox as a scheduled job: one server at a time runs it (its lease), and each file is also claimed by
 * renaming it into `processing/` (only one rename of a name succeeds), so two servers never import the same file.
 */
export function airInboxJob(options: AirInboxOptions): Job {
  return {
    name: 'air.inbox',
    everyMs: options.everyMs ?? 10_000,
    // A day's national file imports in seconds; the lease covers a slow store without letting another server in.
    leaseMs: 10 * 60_000,
    run: (ctx) => drainAirInbox(ctx, options),
  };
}

const BEIJING_MS = 8 * 3_600_000;

/**
 * The air targets watched whatever brought the data (the inbox, `air import`, the console's upload): every 15
 * minutes, the current Beijing year's tracking, and a notice for each target newly at risk (once, see
 * `watchAirTargets`). The inbox also runs the watch right after each new file.
 */
export function airTargetWatchJob(rule: RiskRule): Job {
  return {
    name: 'air.watch-targets',
    everyMs: 15 * 60_000,
    run: (ctx, now) => watchAirTargets(ctx, new Date(now.getTime() + BEIJING_MS).getUTCFullYear(), rule),
  };
}

/** A name in `folder` not yet taken: `name`, else `name.1`, `name.2`, … (a corrected file keeps the first). */
async function freeName(folder: string, name: string): Promise<string> {
  const taken = new Set(await readdir(folder));
  if (!taken.has(name)) return join(folder, name);
  for (let i = 1; ; i++) if (!taken.has(`${name}.${i}`)) return join(folder, `${name}.${i}`);
}

/** Files waiting in the inbox, oldest name first: no dot files, no `.part`/`.tmp` (still being copied), settled. */
async function waiting(folder: string, settleMs: number): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('.') || /\.(part|tmp)$/i.test(entry.name)) continue;
    const { mtimeMs } = await stat(join(folder, entry.name)).catch(() => ({ mtimeMs: Infinity }));
    if (Date.now() - mtimeMs >= settleMs) names.push(entry.name);
  }
  return names.sort();
}

async function importOne(ctx: ServiceContext, path: string, name: string): Promise<InboxOutcome & { year?: number }> {
  if (!(await hasAirStations(ctx))) await importAirStations(ctx, who, await loadAirStationList(), 'bundled 2020-01-01');
  if (await isStationList(path)) {
    const stations = await readStationList(splitLines(createReadStream(path)), name);
    return { file: name, outcome: 'stations', detail: `${await importAirStations(ctx, who, stations, name)} stations` };
  }
  const hash = sha256();
  const result = await importAirFeed(ctx, who, feedHours(path, hash, name), name, () => hash.digest('hex'));
  const span = result.firstHour === null ? 'no hour' : `${result.firstHour} to ${result.lastHour}`;
  return {
    file: name,
    outcome: result.newFile ? 'imported' : 'unchanged',
    detail: `${result.stationHours} station-hours, ${span}`,
    ...(result.newFile && result.lastHour ? { year: Number(result.lastHour.slice(0, 4)) } : {}),
  };
}

/**
 * Imports every settled file of the inbox through the air import service (as the system), moving each to
 * `done/` or, when the file itself is wrong, to `rejected/` with `<name>.reason.txt` naming file, line and
 * column. A file that failed for another reason (the store is down) goes back to the inbox for the next run.
 * Then the year-to-date tracking of each year a new file touched is looked at, and the ecology bureau notified
 * of targets newly at risk.
 */
export async function drainAirInbox(ctx: ServiceContext, options: AirInboxOptions): Promise<InboxRun> {
  const { folder } = options;
  const processing = join(folder, 'processing');
  for (const sub of ['processing', 'done', 'rejected']) await mkdir(join(folder, sub), { recursive: true });
  // What is in processing/ was claimed by a run that did not finish (its lease has run out: this run holds it).
  const claimed = (await readdir(processing)).sort();
  for (const name of await waiting(folder, options.settleMs ?? 2_000)) {
    try {
      await rename(join(folder, name), join(processing, name));
      claimed.push(name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const files: InboxOutcome[] = [];
  const years = new Set<number>();
  for (const name of claimed) {
    const path = join(processing, name);
    try {
      const { year, ...outcome } = await importOne(ctx, path, name);
      if (year !== undefined) years.add(year);
      await rename(path, await freeName(join(folder, 'done'), name));
      files.push(outcome);
      ctx.logger.info(outcome, `air inbox: ${name}: ${outcome.detail}`);
    } catch (error) {
      if (!(error instanceof FeedError || error instanceof FeedFileError)) {
        await rename(path, join(folder, name)).catch(() => undefined);
        throw error;
      }
      const target = await freeName(join(folder, 'rejected'), name);
      await rename(path, target);
      await writeFile(`${target}.reason.txt`, `${error.message}\n`, 'utf8');
      files.push({ file: name, outcome: 'rejected', detail: error.message });
      ctx.logger.warn({ file: name, reason: error.message }, `air inbox: ${name} rejected`);
    }
  }
  const noticed: NoticedRisk[] = [];
  for (const year of [...years].sort()) noticed.push(...(await watchAirTargets(ctx, year, options.rule)));
  return { files, noticed };
}

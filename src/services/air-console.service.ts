import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/roles.ts';
import { loadAirStationList } from '../catalog/air-stations.ts';
import { FeedError, readFeed, splitLines } from '../air/feed/index.ts';
import { appendAudit } from '../store/audit.repository.ts';
import { importFeed } from '../store/air-hourly.repository.ts';
import { latestHourOfStations } from '../store/air-latest.repository.ts';
import { listAirStations, saveAirStations } from '../store/air-stations.repository.ts';
import type { Database } from '../store/schema.ts';
import { checkOperation } from './access-check.ts';
import { actorName } from './workflow-context.ts';

export type AirImportOutcome =
  | {
      ok: true;
      file: string;
      stationHours: number;
      firstHour: string | null;
      lastHour: string | null;
      newFile: boolean;
    }
  | { ok: false; file: string; line: number; column: number; reason: string };

/**
 * Imports one national hourly feed file sent over HTTP (the ecology bureau's upload). The file is read and
 * stored in one transaction: a refused row stores nothing, and the answer names its line and column.
 */
export async function importAirFeedFile(
  db: Kysely<Database>,
  actor: Actor,
  file: string,
  content: Buffer,
  now: Date,
): Promise<AirImportOutcome> {
  checkOperation(actor, 'air.import');
  // As `air import` does: a store without the station list gets the bundled one, so hours have their stations.
  if ((await listAirStations(db)).length === 0) await saveAirStations(db, await loadAirStationList());
  const hash = createHash('sha256').update(content).digest('hex');
  try {
    const result = await importFeed(db, readFeed(splitLines([content]), file), file, () => hash, now);
    await db.transaction().execute((trx) =>
      appendAudit(trx, {
        at: now.toISOString(),
        actor: actorName(actor),
        action: 'air.feed.imported',
        subjectType: 'air-import',
        subjectId: hash,
        payload: { file, stationHours: result.stationHours, newFile: result.newFile },
      }),
    );
    return { ok: true, ...result };
  } catch (error) {
    if (error instanceof FeedError)
      return { ok: false, file, line: error.line, column: error.column, reason: error.reason };
    if (error instanceof TypeError && /encoded data was not valid/.test(error.message))
      return { ok: false, file, line: 0, column: 0, reason: 'not UTF-8 text' };
    throw error;
  }
}

/** Each station's latest stored hour, with the stations of `city` that have none listed too. */
export async function latestAirOfCity(db: Kysely<Database>, city: string) {
  const stations = await listAirStations(db, { city });
  const latest = await latestHourOfStations(
    db,
    stations.map((station) => station.code),
  );
  return stations.map((station) => ({ station, latest: latest.get(station.code) ?? null }));
}

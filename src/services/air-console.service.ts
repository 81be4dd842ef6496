import { createHash } from 'node:crypto';
import type { Principal } from '../access/principal.ts';
import { FeedError, readFeed, splitLines } from '../air/feed/index.ts';
import { loadAirStationList } from '../catalog/air-stations.ts';
import { latestHourOfStations } from '../store/air-latest.repository.ts';
import { listAirStations } from '../store/air-stations.repository.ts';
import { hourlySeries } from './air-reads.ts';
import { hasAirStations, importAirFeed, importAirStations } from './air.service.ts';
import type { ServiceContext } from './context.ts';
import { authorize } from './use-case.ts';

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
 * Imports one national hourly feed file sent over HTTP (the ecology bureau's upload), as `air import` does: a
 * store without the station list gets the bundled one first; the file is read and stored in one transaction, so a
 * refused row stores nothing, and the answer names its line and column.
 */
export async function importAirFeedUpload(
  ctx: ServiceContext,
  principal: Principal,
  file: string,
  content: Buffer,
): Promise<AirImportOutcome> {
  await authorize(ctx, principal, 'air.import');
  if (!(await hasAirStations(ctx)))
    await importAirStations(ctx, principal, await loadAirStationList(), 'bundled 2020-01-01');
  const digest = createHash('sha256').update(content).digest('hex');
  try {
    const result = await importAirFeed(ctx, principal, readFeed(splitLines([content]), file), file, () => digest);
    return { ok: true, ...result };
  } catch (error) {
    if (error instanceof FeedError)
      return { ok: false, file, line: error.line, column: error.column, reason: error.reason };
    if (error instanceof TypeError && /encoded data was not valid/.test(error.message))
      return { ok: false, file, line: 0, column: 0, reason: 'not UTF-8 text' };
    throw error;
  }
}

/**
 * Each station of `city` with its latest stored hour and that hour's HJ 633 AQI (null when it has none); by default
 * the city of the air plan's city-wide region, which the plan lists first.
 */
export async function latestAirOfCity(ctx: ServiceContext, city = ctx.plans.air().plan.regions.regions[0]?.name) {
  const db = ctx.store.db;
  const stations = await listAirStations(db, { city });
  const latest = await latestHourOfStations(
    db,
    stations.map((station) => station.code),
  );
  return Promise.all(
    stations.map(async (station) => {
      const hour = latest.get(station.code);
      const { series } = hour ? await hourlySeries(db, station.code, hour.date, hour.date) : { series: null };
      const last = series ? series.time.length - 1 : -1;
      return {
        code: station.code,
        name: station.name,
        latest:
          series && last >= 0
            ? {
                time: series.time[last]!,
                aqi: series.aqi[last] ?? null,
                category: series.category[last] ?? null,
                primary: series.primary[last] ?? [],
              }
            : null,
      };
    }),
  );
}

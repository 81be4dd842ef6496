import type { Kysely } from 'kysely';
import { epochDayToFeedDate, epochDayToIso, feedDateToEpochDay, isoDateToEpochDay } from '../air/calendar.ts';
import type { FeedHour } from '../air/feed/index.ts';
import { CO, NO2, O3, PM10, PM25, POLLUTANT_COUNT, SO2 } from '../air/pollutants.ts';
import type { AirHourlyTable } from './tables/air.ts';
import type { Database } from './schema.ts';

// 9 parameters a row: 1,000 rows stay well under SQLite's 32,766 and PostgreSQL's 65,535 parameters.
const CHUNK = 1000;
const COLUMNS = ['pm25', 'pm10', 'so2', 'no2', 'o3', 'co'] as const;
const COLUMN_OF = { pm25: PM25, pm10: PM10, so2: SO2, no2: NO2, o3: O3, co: CO } as const;

export interface FeedImport {
  file: string;
  stationHours: number;
  /** False when the same bytes had been imported before (the rows were written again, unchanged). */
  newFile: boolean;
  firstHour: string | null;
  lastHour: string | null;
}

/** `2019-01-01T00` style label of a feed hour, for the import record. */
function hourLabel(hour: FeedHour): string {
  return `${epochDayToIso(feedDateToEpochDay(hour.date))}T${String(hour.hour).padStart(2, '0')}`;
}

/**
 * Imports one feed file in one transaction while it is read: a file that fails validation half-way rolls
 * back and stores nothing. A station-hour is keyed by (station, date, hour), so importing the same file again
 * writes the same values over themselves and changes nothing; a corrected file replaces the hours it holds.
 * `digest` is asked for once the file has been read, for the import record.
 */
export async function importFeed(
  db: Kysely<Database>,
  hours: AsyncIterable<FeedHour>,
  file: string,
  digest: () => string,
  now: Date,
): Promise<FeedImport> {
  return db.transaction().execute((trx) => writeFeed(trx, hours, file, digest, now));
}

/** `importFeed` inside a transaction the caller holds (with its audit entry). */
export async function writeFeed(
  trx: Kysely<Database>,
  hours: AsyncIterable<FeedHour>,
  file: string,
  digest: () => string,
  now: Date,
): Promise<FeedImport> {
  let rows: AirHourlyTable[] = [];
  let stationHours = 0;
  let firstHour: string | null = null;
  let lastHour: string | null = null;
  const write = async () => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await trx
        .insertInto('air_hourly')
        .values(rows.slice(i, i + CHUNK))
        .onConflict((oc) =>
          oc.columns(['station', 'date', 'hour']).doUpdateSet((eb) => ({
            pm25: eb.ref('excluded.pm25'),
            pm10: eb.ref('excluded.pm10'),
            so2: eb.ref('excluded.so2'),
            no2: eb.ref('excluded.no2'),
            o3: eb.ref('excluded.o3'),
            co: eb.ref('excluded.co'),
          })),
        )
        .execute();
    }
    rows = [];
  };
  for await (const hour of hours) {
    const date = epochDayToIso(feedDateToEpochDay(hour.date));
    firstHour ??= hourLabel(hour);
    lastHour = hourLabel(hour);
    hour.stations.forEach((station, s) => {
      const cell = (p: number) => {
        const value = hour.values[s * POLLUTANT_COUNT + p]!;
        return Number.isNaN(value) ? null : value;
      };
      const row: AirHourlyTable = {
        station,
        date,
        hour: hour.hour,
        pm25: cell(PM25),
        pm10: cell(PM10),
        so2: cell(SO2),
        no2: cell(NO2),
        o3: cell(O3),
        co: cell(CO),
      };
      if (COLUMNS.every((column) => row[column] === null)) return;
      rows.push(row);
      stationHours++;
    });
    if (rows.length >= CHUNK) await write();
  }
  await write();
  const sha256 = digest();
  const record = await trx
    .insertInto('air_imports')
    .values({
      sha256,
      file,
      station_hours: stationHours,
      first_hour: firstHour ?? '',
      last_hour: lastHour ?? '',
      imported_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .executeTakeFirst();
  return { file, stationHours, newFile: Number(record.numInsertedOrUpdatedRows ?? 0) > 0, firstHour, lastHour };
}

/** One stored station-hour, as the chart series gives it. */
export interface StoredHour {
  station: string;
  date: string;
  hour: number;
  values: Record<(typeof COLUMNS)[number], number | null>;
}

/** The stored hours of one station between two dates (inclusive, ISO), in time order. */
export async function hoursOfStation(
  db: Kysely<Database>,
  station: string,
  from: string,
  to: string,
): Promise<StoredHour[]> {
  const rows = await db
    .selectFrom('air_hourly')
    .selectAll()
    .where('station', '=', station)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .orderBy('hour')
    .execute();
  return rows.map(({ station: code, date, hour, ...values }) => ({ station: code, date, hour, values }));
}

export interface HourBlock {
  /** YYYYMMDD, as the feed writes it, so the core reads a stored hour as it reads a file's. */
  date: string;
  hour: number;
  stations: readonly string[];
  values: Float64Array;
}

/**
 * Streams the stored hours from hour 0 of `fromDate` to hour 0 of `toDate` (the 24:00 that closes the day
 * before it), a week at a time, as blocks of all the stations asked for (every stored station when none).
 */
export async function* readHourBlocks(
  db: Kysely<Database>,
  fromDate: string,
  toDate: string,
  onlyStations?: readonly string[],
): AsyncGenerator<HourBlock> {
  const stations =
    onlyStations ??
    (
      await db
        .selectFrom('air_hourly')
        .select('station')
        .distinct()
        .where('date', '>=', fromDate)
        .where('date', '<=', toDate)
        .orderBy('station')
        .execute()
    ).map((row) => row.station);
  if (stations.length === 0) return;
  const index = new Map(stations.map((code, i) => [code, i]));
  const first = isoDateToEpochDay(fromDate);
  const last = isoDateToEpochDay(toDate);
  for (let start = first; start <= last; start += 7) {
    const end = Math.min(start + 6, last);
    let query = db
      .selectFrom('air_hourly')
      .selectAll()
      .where('date', '>=', epochDayToIso(start))
      .where('date', '<=', epochDayToIso(end));
    if (end === last) query = query.where((eb) => eb.or([eb('date', '<', toDate), eb('hour', '=', 0)]));
    if (onlyStations) query = query.where('station', 'in', [...onlyStations]);
    const rows = await query.orderBy('date').orderBy('hour').execute();
    let block: HourBlock | null = null;
    for (const row of rows) {
      const date = epochDayToFeedDate(isoDateToEpochDay(row.date));
      if (block === null || block.date !== date || block.hour !== row.hour) {
        if (block !== null) yield block;
        block = {
          date,
          hour: row.hour,
          stations,
          values: new Float64Array(stations.length * POLLUTANT_COUNT).fill(Number.NaN),
        };
      }
      const at = index.get(row.station)! * POLLUTANT_COUNT;
      for (const column of COLUMNS) {
        const value = row[column];
        if (value !== null) block.values[at + COLUMN_OF[column]] = value;
      }
    }
    if (block !== null) yield block;
  }
}

export async function countImports(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('air_imports')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The last date of `year` with a stored hour, or null. */
export async function latestStoredDate(db: Kysely<Database>, year: number): Promise<string | null> {
  const row = await db
    .selectFrom('air_hourly')
    .select((eb) => eb.fn.max('date').as('last'))
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .executeTakeFirst();
  return row?.last ?? null;
}

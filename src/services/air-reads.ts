import type { Kysely } from 'kysely';
import { categoryOf, primaryNames } from '../air/aqi/category.ts';
import { dailyAqi } from '../air/aqi/daily.ts';
import { HourlyAqiCalculator } from '../air/aqi/hourly.ts';
import { epochDay, epochDayToIso, isoDateToEpochDay } from '../air/calendar.ts';
import {
  DAILY_COUNT,
  D_CO,
  D_NO2,
  D_O3_1H,
  D_O3_8H,
  D_PM10,
  D_PM25,
  D_SO2,
  dailyValueOf,
} from '../air/daily-values.ts';
import {
  emptyDays,
  evaluateYear,
  regionDailyValues,
  YearAccumulator,
  type RegionSpec,
  type YearDays,
} from '../air/evaluation/index.ts';
import { CO, NO2, O3, PM10, PM25, POLLUTANT_COUNT, SO2 } from '../air/pollutants.ts';
import type { AirPlan } from '../plans/air/index.ts';
import type { DustDay } from '../store/air-dust.repository.ts';
import { hoursOfStation, readHourBlocks } from '../store/air-hourly.repository.ts';
import type { Database } from '../store/schema.ts';

const COLUMN_POLLUTANT = { pm25: PM25, pm10: PM10, so2: SO2, no2: NO2, o3: O3, co: CO } as const;
type Column = keyof typeof COLUMN_POLLUTANT;
const COLUMNS = Object.keys(COLUMN_POLLUTANT) as Column[];

/** The hours of one station with their AQI, as parallel arrays. The day before `from` feeds the SO2 24-hour window. */
export async function hourlySeries(db: Kysely<Database>, station: string, from: string, to: string) {
  const hours = await hoursOfStation(db, station, epochDayToIso(isoDateToEpochDay(from) - 1), to);
  const calculator = new HourlyAqiCalculator();
  const stations = [station];
  const values = new Float64Array(POLLUTANT_COUNT);
  const aqi = new Int16Array(1);
  const primary = new Uint8Array(1);
  const series = {
    time: [] as string[],
    aqi: [] as Array<number | null>,
    category: [] as Array<ReturnType<typeof categoryOf> | null>,
    primary: [] as string[][],
    pm25: [] as Array<number | null>,
    pm10: [] as Array<number | null>,
    so2: [] as Array<number | null>,
    no2: [] as Array<number | null>,
    o3: [] as Array<number | null>,
    co: [] as Array<number | null>,
  };
  for (const hour of hours) {
    for (const column of COLUMNS) values[COLUMN_POLLUTANT[column]] = hour.values[column] ?? Number.NaN;
    calculator.compute({ hourStamp: isoDateToEpochDay(hour.date) * 24 + hour.hour, stations, values }, aqi, primary);
    if (hour.date < from) continue;
    series.time.push(`${hour.date}T${String(hour.hour).padStart(2, '0')}:00:00+08:00`);
    const value = aqi[0]!;
    series.aqi.push(value < 0 ? null : value);
    series.category.push(value < 0 ? null : categoryOf(value));
    series.primary.push(primaryNames(primary[0]!));
    for (const column of COLUMNS) series[column].push(hour.values[column]);
  }
  return { station, from, to, series };
}

/** The daily values of the stations asked for, from hour 1 of `from` to 24:00 of `to` (all in one year). */
async function daysOf(
  db: Kysely<Database>,
  year: number,
  from: string,
  to: string,
  stations?: readonly string[],
): Promise<YearDays> {
  const accumulator = new YearAccumulator(year);
  const next = epochDayToIso(isoDateToEpochDay(to) + 1);
  for await (const block of readHourBlocks(db, from, next, stations)) accumulator.add(block);
  return accumulator.finish();
}

const DAILY_FIELDS = {
  pm25: D_PM25,
  pm10: D_PM10,
  so2: D_SO2,
  no2: D_NO2,
  co: D_CO,
  o3_8h: D_O3_8H,
  o3_1h: D_O3_1H,
} as const;

/** A station's or region's daily values and AQI from `from` to `to`, as parallel arrays. */
export async function dailySeries(
  db: Kysely<Database>,
  subject: { station: string } | { region: RegionSpec },
  from: string,
  to: string,
) {
  const year = Number(from.slice(0, 4));
  const stations = 'station' in subject ? [subject.station] : subject.region.stations;
  const yearDays = await daysOf(db, year, from, to, stations);
  const days =
    'station' in subject
      ? (yearDays.stations.get(subject.station) ?? emptyDays(yearDays.dayCount))
      : regionDailyValues(yearDays.stations, subject.region.stations, yearDays.dayCount);
  const first = epochDay(year, 1, 1);
  const series = {
    date: [] as string[],
    aqi: [] as Array<number | null>,
    category: [] as Array<ReturnType<typeof categoryOf> | null>,
    primary: [] as string[][],
    pm25: [] as Array<number | null>,
    pm10: [] as Array<number | null>,
    so2: [] as Array<number | null>,
    no2: [] as Array<number | null>,
    co: [] as Array<number | null>,
    o3_8h: [] as Array<number | null>,
    o3_1h: [] as Array<number | null>,
  };
  for (let day = isoDateToEpochDay(from) - first; day <= isoDateToEpochDay(to) - first; day++) {
    series.date.push(epochDayToIso(first + day));
    const { aqi, primary } = dailyAqi(days, day);
    series.aqi.push(aqi < 0 ? null : aqi);
    series.category.push(aqi < 0 ? null : categoryOf(aqi));
    series.primary.push(primaryNames(primary));
    for (const [field, index] of Object.entries(DAILY_FIELDS) as Array<[keyof typeof DAILY_FIELDS, number]>) {
      const value = days[day * DAILY_COUNT + index]!;
      series[field].push(Number.isNaN(value) ? null : dailyValueOf(index, value));
    }
  }
  return { subject: 'station' in subject ? subject.station : subject.region.name, from, to, series };
}

export function planRegions(plan: AirPlan): RegionSpec[] {
  return plan.regions.regions.map((region) => ({ id: region.id, name: region.name, stations: region.stations }));
}

/** Dust days as the core takes them: per region name (or `*`), day-of-year indices. */
export function dustDayIndex(dustDays: readonly DustDay[], year: number): Map<string, Set<number>> {
  const first = epochDay(year, 1, 1);
  const index = new Map<string, Set<number>>();
  for (const day of dustDays) {
    const set = index.get(day.region) ?? new Set<number>();
    set.add(isoDateToEpochDay(day.date) - first);
    index.set(day.region, set);
  }
  return index;
}

/** The plan regions' stations, each once. */
function planStations(plan: AirPlan): string[] {
  return [...new Set(plan.regions.regions.flatMap((region) => region.stations))];
}

/**
 * The year's evaluation from the store: the plan's regions, raw and dust-excluded, with the plan's stations
 * (`scope` plan) or every station stored for the year (`all`, as the CLI lists them).
 */
export async function evaluationOf(
  db: Kysely<Database>,
  plan: AirPlan,
  year: number,
  dustDays: readonly DustDay[],
  scope: 'plan' | 'all',
) {
  const days = await daysOf(
    db,
    year,
    `${year}-01-01`,
    `${year}-12-31`,
    scope === 'plan' ? planStations(plan) : undefined,
  );
  const evaluation = evaluateYear({
    days,
    regions: planRegions(plan),
    targets: plan.targets.targets,
    dustDays: dustDayIndex(dustDays, year),
  });
  return { ...evaluation, dustDays: dustDays.map(({ region, date }) => ({ region, date })) };
}

export function emptyYear(year: number): YearDays {
  return {
    year,
    dayCount: epochDay(year + 1, 1, 1) - epochDay(year, 1, 1),
    stations: new Map(),
    seen: new Set(),
    lastDay: -1,
  };
}

/** The daily values of the plan regions' stations from 1 January to `asOf`. */
export async function regionDaysUntil(
  db: Kysely<Database>,
  plan: AirPlan,
  year: number,
  asOf: string,
): Promise<YearDays> {
  const stations = planStations(plan);
  if (stations.length === 0) return emptyYear(year);
  return daysOf(db, year, `${year}-01-01`, asOf, stations);
}

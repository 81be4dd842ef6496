import { createReadStream } from 'node:fs';
import type { Command } from 'commander';
import { CATEGORIES, categoryIndex, primaryNames } from '../../air/aqi/category.ts';
import { HourlyAqiCalculator } from '../../air/aqi/hourly.ts';
import { epochDay, epochDayToIso, isoDateToEpochDay } from '../../air/calendar.ts';
import { POLLUTANT_COUNT } from '../../air/pollutants.ts';
import {
  evaluateYear,
  HourOutOfOrderError,
  parseRegionOption,
  regionsToEvaluate,
  trackRegions,
  YearAccumulator,
  type RegionSpec,
  type YearDays,
} from '../../air/evaluation/index.ts';
import { loadAirStationList } from '../../catalog/air-stations.ts';
import { PlanCatalog } from '../../catalog/plan-files.ts';
import { FeedError, readStationList, splitLines } from '../../air/feed/index.ts';
import { hasAirStations, importAirFeed, importAirStations } from '../../services/air.service.ts';
import { operator, withServices } from '../session.ts';
import { BufferedOutput, feedHours, isStationList, sha256 } from '../air-files.ts';
import { InputError } from '../input-error.ts';

// Every AQI's category and every primary set, made once: the hourly output is millions of rows.
const CATEGORY_OF = Array.from({ length: 501 }, (_, aqi) => CATEGORIES[categoryIndex(aqi)]!);
const PRIMARY_OF = Array.from({ length: 64 }, (_, mask) => primaryNames(mask).join(';'));

function hasValue(values: Float64Array, station: number): boolean {
  for (let p = 0; p < POLLUTANT_COUNT; p++) if (!Number.isNaN(values[station * POLLUTANT_COUNT + p]!)) return true;
  return false;
}

async function hourly(files: string[]): Promise<void> {
  const calculator = new HourlyAqiCalculator();
  const out = new BufferedOutput();
  out.push('station,date,hour,aqi,category,primary\n');
  await out.flush();
  for (const file of files) {
    // A file's rows are held until it has been read whole, so a malformed file prints none of them.
    for await (const hour of feedHours(file)) {
      const count = hour.stations.length;
      const aqi = new Int16Array(count);
      const primary = new Uint8Array(count);
      calculator.compute(hour, aqi, primary);
      const prefix = `,${hour.date},${hour.hour},`;
      for (let s = 0; s < count; s++) {
        const value = aqi[s]!;
        if (value >= 0)
          out.push(`${hour.stations[s]}${prefix}${value},${CATEGORY_OF[value]},${PRIMARY_OF[primary[s]!]}\n`);
        // Values but no IAQI: only an SO2 hour above 800 without 20 hours for its 24-hour mean. The row is
        // still printed (one per station-hour with a pollutant), its AQI left empty.
        else if (hasValue(hour.values, s)) out.push(`${hour.stations[s]}${prefix},,\n`);
      }
    }
    await out.flush();
  }
}

function collectRegion(text: string, previous: RegionSpec[]): RegionSpec[] {
  const region = parseRegionOption(text);
  if (!region) throw new InputError(`--region ${text}: expected NAME=CODE,CODE… (e.g. 棋盘井产业园=1601A,1602A)`);
  return [...previous, region];
}

/** `--dust 2025-03-14,2025-03-15`: day-of-year indices of dust-affected days, for every region and station. */
function dustDays(text: string | undefined, year: number): Map<string, Set<number>> | undefined {
  if (text === undefined) return undefined;
  const first = epochDay(year, 1, 1);
  const days = text.split(',').map((date) => {
    const day = isoDateToEpochDay(date.trim());
    if (Number.isNaN(day) || date.trim().slice(0, 4) !== String(year))
      throw new InputError(`--dust ${date}: expected dates YYYY-MM-DD in ${year}`);
    return day - first;
  });
  return new Map([['*', new Set(days)]]);
}

function yearOption(text: string): number {
  if (!/^\d{4}$/.test(text)) throw new InputError(`--year ${text}: expected a year YYYY`);
  return Number(text);
}

/** The files' hours into the daily values of `year`; files out of date order are refused at the hour that shows it. */
async function accumulate(files: string[], year: number): Promise<YearDays> {
  const accumulator = new YearAccumulator(year);
  for (const file of files) {
    for await (const hour of feedHours(file)) {
      try {
        accumulator.add(hour);
      } catch (error) {
        if (error instanceof HourOutOfOrderError)
          throw new InputError(`${file}:${hour.line}: ${error.message} (give the files in date order)`);
        throw error;
      }
    }
  }
  return accumulator.finish();
}

async function evaluate(
  files: string[],
  options: { year: string; region: RegionSpec[]; dust?: string },
): Promise<void> {
  const year = yearOption(options.year);
  const dust = dustDays(options.dust, year);
  const plan = PlanCatalog.load().air().plan;
  const evaluation = evaluateYear({
    days: await accumulate(files, year),
    regions: regionsToEvaluate(plan, options.region),
    targets: plan.targets.targets,
    dustDays: dust,
  });
  process.stdout.write(`${JSON.stringify(evaluation, null, 2)}\n`);
}

async function targets(files: string[], options: { year: string; asOf?: string; region: RegionSpec[] }): Promise<void> {
  const year = yearOption(options.year);
  const first = epochDay(year, 1, 1);
  const asOfDay = options.asOf === undefined ? undefined : isoDateToEpochDay(options.asOf) - first;
  if (asOfDay !== undefined && !(asOfDay >= 0 && asOfDay < epochDay(year + 1, 1, 1) - first)) {
    throw new InputError(`--as-of ${options.asOf}: expected a date YYYY-MM-DD in ${year}`);
  }
  const plan = PlanCatalog.load().air().plan;
  const days = await accumulate(files, year);
  const cut = asOfDay ?? days.lastDay;
  const tracking = trackRegions(days, regionsToEvaluate(plan, options.region), plan.targets.targets, cut);
  process.stdout.write(
    `${JSON.stringify({ year, asOf: cut < 0 ? null : epochDayToIso(first + cut), regions: tracking }, null, 2)}\n`,
  );
}

/** Store command: acts as the local operator who holds the store (audited so); creates no user. */
async function importFiles(files: string[]): Promise<void> {
  const who = operator();
  await withServices(async (ctx) => {
    if (!(await hasAirStations(ctx))) {
      const stations = await importAirStations(ctx, who, await loadAirStationList(), 'bundled 2020-01-01');
      process.stdout.write(`station list (bundled 2020-01-01): ${stations} stations\n`);
    }
    for (const file of files) {
      if (await isStationList(file)) {
        const stations = await readStationList(splitLines(createReadStream(file)), file).catch((error: unknown) => {
          throw error instanceof FeedError ? new InputError(error.message) : error;
        });
        process.stdout.write(`${file}: ${await importAirStations(ctx, who, stations, file)} stations\n`);
        continue;
      }
      const hash = sha256();
      const result = await importAirFeed(ctx, who, feedHours(file, hash), file, () => hash.digest('hex'));
      const span = result.firstHour === null ? 'no hour' : `${result.firstHour} to ${result.lastHour}`;
      process.stdout.write(
        `${file}: ${result.stationHours} station-hours, ${span}${result.newFile ? '' : ' (imported before: nothing changed)'}\n`,
      );
    }
  });
}

export function registerAirCommands(program: Command): void {
  const air = program
    .command('air')
    .description("air quality: hourly AQI (HJ 633-2012), the year's evaluation (HJ 663-2013), import into the store");

  air
    .command('hourly')
    .argument('<files...>', 'national hourly feed files (china_sites_YYYYMMDD.csv)')
    .description('prints station,date,hour,aqi,category,primary for every station-hour with a value, in file order')
    .action(hourly);

  air
    .command('evaluate')
    .requiredOption('--year <YYYY>', 'the year to evaluate')
    .option(
      '--region <NAME=CODE,CODE…>',
      "add a region (repeatable); a plan region's name sets its stations",
      collectRegion,
      [],
    )
    .option('--dust <YYYY-MM-DD,…>', 'dust-affected days: each figure is also given without them, as dustExcluded')
    .argument('<files...>', 'national hourly feed files, in date order')
    .description(
      "prints the year's evaluation per HJ 663-2013 as JSON: every region (the plan's and added) and station",
    )
    .action(evaluate);

  air
    .command('targets')
    .requiredOption('--year <YYYY>', 'the year of the targets')
    .option('--as-of <YYYY-MM-DD>', 'the last day counted (default: the last day with data)')
    .option(
      '--region <NAME=CODE,CODE…>',
      'add a region, or give a plan region its stations (repeatable)',
      collectRegion,
      [],
    )
    .argument('<files...>', 'national hourly feed files of the year so far, in date order')
    .description(
      'prints, per region and target, the figure so far, whether it meets the target, and what the rest of the year must hold',
    )
    .action(targets);

  air
    .command('import')
    .argument('<files...>', 'national hourly feed files, or a station list (监测点编码,…)')
    .description(
      'imports into the store (DATABASE_URL, else $NUANCHENG_DATA_DIR/nuancheng.sqlite); importing a file again changes nothing',
    )
    .action(importFiles);
}

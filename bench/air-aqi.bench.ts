// Air quality at national scale: hourly AQI (HJ 633) over a synthetic year of 1,700 stations (~15 million
// station-hours), the feed parser's speed, and the full-year evaluation (HJ 663) of every station.
import { join } from 'node:path';
import { HourlyAqiCalculator } from '../src/air/aqi/hourly.ts';
import { evaluateYear, regionsToEvaluate, YearAccumulator } from '../src/air/evaluation/index.ts';
import { readFeed, splitLines } from '../src/air/feed/index.ts';
import { POLLUTANT_COUNT } from '../src/air/pollutants.ts';
import { defaultPlansDir, loadPlanFolder } from '../src/catalog/plan-files.ts';
import type { AirPlan } from '../src/plans/registry.ts';
import { syntheticDayCsv, syntheticYear } from './air/synthetic-year.ts';
import { formatTiming, mib, report, timeAsync } from './support.ts';

const STATIONS = 1700;
const YEAR = 2024;

function peakRss(): string {
  return mib(process.resourceUsage().maxRSS * 1024);
}

export async function run(): Promise<void> {
  const generationStart = performance.now();
  const year = syntheticYear(YEAR, STATIONS);
  const stationHours = year.hours * STATIONS;
  report(
    `synthetic ${YEAR}: ${STATIONS} stations × ${year.hours} hours`,
    `${(stationHours / 1e6).toFixed(2)} M station-hours, ${mib(year.data.byteLength)} compact, made in ${((performance.now() - generationStart) / 1000).toFixed(1)} s`,
  );

  // 1. Hourly AQI: only the calculator is timed; decoding an hour stands for the parser's output.
  const block = new Float64Array(STATIONS * POLLUTANT_COUNT);
  const aqi = new Int16Array(STATIONS);
  const primary = new Uint8Array(STATIONS);
  const passes: number[] = [];
  let checksum = 0;
  for (let pass = 0; pass < 3; pass++) {
    const calculator = new HourlyAqiCalculator();
    let computeMs = 0;
    checksum = 0;
    for (let h = 0; h < year.hours; h++) {
      year.decode(h, block);
      const start = performance.now();
      calculator.compute({ hourStamp: year.label(h).hourStamp, stations: year.stations, values: block }, aqi, primary);
      computeMs += performance.now() - start;
      checksum += aqi[h % STATIONS]!;
    }
    passes.push(computeMs);
  }
  passes.sort((a, b) => a - b);
  const median = passes[1]!;
  report(
    'hourly AQI: station-hours per second (median of 3 passes)',
    `${(((stationHours / median) * 1000) / 1e6).toFixed(1)} M/s (${(median / 1000).toFixed(2)} s for the year; target ≥ 2 M/s)`,
  );
  report('  peak RSS so far (synthetic year held in memory)', `${peakRss()} (checksum ${checksum})`);

  // 2. The feed parser on one synthetic day (1,700 stations × 24 hours × 15 types).
  const dayCsv = syntheticDayCsv(year, 100);
  const chunks: string[] = [];
  for (let i = 0; i < dayCsv.length; i += 65_536) chunks.push(dayCsv.slice(i, i + 65_536));
  const parse = await timeAsync(
    async () => {
      for await (const _hour of readFeed(splitLines(chunks), 'synthetic.csv')) {
        /* read only */
      }
    },
    9,
    2,
  );
  report(`feed parser: one day file (${mib(dayCsv.length)})`, formatTiming(parse));
  report(
    '  parser station-hours per second',
    `${((((STATIONS * 24) / parse.medianMs) * 1000) / 1e6).toFixed(2)} M/s; a year of files ≈ ${((parse.medianMs * 366) / 1000).toFixed(1)} s`,
  );

  // 3. The full-year evaluation: daily values of every station, the plan regions, annual figures.
  const plan = loadPlanFolder(join(defaultPlansDir, 'air-2024')).plan as AirPlan;
  const evaluationStart = performance.now();
  const accumulator = new YearAccumulator(YEAR);
  for (let h = 0; h < year.hours; h++) {
    year.decode(h, block);
    const { date, hour } = year.label(h);
    accumulator.add({ date, hour, stations: year.stations, values: block });
  }
  const days = accumulator.finish();
  const accumulateMs = performance.now() - evaluationStart;
  const regions = regionsToEvaluate(plan, [{ name: '全部站点', stations: year.stations }]);
  const evaluation = evaluateYear({ days, regions, targets: plan.targets.targets });
  const totalMs = performance.now() - evaluationStart;
  const sample = evaluation.stations[year.stations[0]!]!;
  report(
    'full-year evaluation of all stations (HJ 663)',
    `${(totalMs / 1000).toFixed(2)} s (daily values ${(accumulateMs / 1000).toFixed(2)} s, annual figures ${((totalMs - accumulateMs) / 1000).toFixed(2)} s); target < 30 s`,
  );
  const dailyBytes = [...days.stations.values()].reduce((sum, values) => sum + values.byteLength, 0);
  report('  daily values held for the year (all stations)', mib(dailyBytes));
  report('  peak RSS of the whole bench (target < 1 GiB)', peakRss());
  report(
    '  sample station',
    `${year.stations[0]}: ${sample.validDays} valid days, PM2.5 ${sample.pm25}, O3 90th ${sample.o3P90}, good ${sample.goodDayRatio} %`,
  );

  // 4. End to end as `nuancheng air evaluate` runs it: feed text in, evaluation out.
  const endToEnd = await fromFeedText(year, plan);
  report(
    `full-year evaluation from feed text (${endToEnd.days} day files)`,
    `${(endToEnd.ms / 1000).toFixed(2)} s parse + evaluate; target < 30 s`,
  );
  report('  peak RSS of the whole bench (target < 1 GiB)', peakRss());
}

/**
 * The same year as the CLI reads it: 366 day files of feed text through the parser into the accumulator, then
 * the evaluation. Only parsing, accumulating and evaluating are timed; writing each day's text is not.
 */
async function fromFeedText(
  year: ReturnType<typeof syntheticYear>,
  plan: AirPlan,
): Promise<{ ms: number; days: number }> {
  const accumulator = new YearAccumulator(year.year);
  let ms = 0;
  const dayFiles = Math.floor(year.hours / 24) + 1;
  for (let day = 0; day < dayFiles; day++) {
    const text = syntheticDayCsv(year, day);
    const start = performance.now();
    const chunks = [];
    for (let i = 0; i < text.length; i += 65_536) chunks.push(text.slice(i, i + 65_536));
    for await (const hour of readFeed(splitLines(chunks), `day-${day}.csv`)) accumulator.add(hour);
    ms += performance.now() - start;
  }
  const start = performance.now();
  evaluateYear({ days: accumulator.finish(), regions: regionsToEvaluate(plan, []), targets: plan.targets.targets });
  return { ms: ms + performance.now() - start, days: dayFiles };
}

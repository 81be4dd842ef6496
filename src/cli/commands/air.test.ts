import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';
import { engines, freshPostgresUrl } from '../../../test/support/engines.ts';
import { tempDir } from '../../../test/support/temp-dir.ts';

const day1 = 'assets/air/china_sites_20190101.csv';
const day2 = 'assets/air/china_sites_20190102.csv';
const dir = tempDir('nuancheng-air-cli-');
afterAll(() => dir.remove());

/** A copy of day 1 with one cell spoiled: line 300, the column of station 1591A. */
function spoiled(cell: string): string {
  const lines = readLines(day1);
  const header = lines[0]!.split(',');
  const column = header.indexOf('1591A');
  const row = lines[299]!.split(',');
  row[column] = cell;
  lines[299] = row.join(',');
  const path = join(dir.path, `spoiled-${cell.length}.csv`);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

/** Stations with at least one measured value in the files, counted plainly. */
function stationsWithValues(...paths: string[]): number {
  const stations = new Set<string>();
  for (const path of paths) {
    const [header, ...rows] = readLines(path);
    const codes = header!.split(',');
    for (const row of rows) {
      const cells = row.split(',');
      if (!['PM2.5', 'PM10', 'SO2', 'NO2', 'O3', 'CO'].includes(cells[2]!)) continue;
      cells.forEach((cell, index) => {
        if (index >= 3 && cell !== '') stations.add(codes[index]!);
      });
    }
  }
  return stations.size;
}

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\r\n').filter(Boolean);
}

describe('nuancheng air hourly', () => {
  it('prints one row per station-hour with a value, in file order, with category and primary pollutants', () => {
    const result = runCli(['air', 'hourly', day1, day2]);
    expect(result.status).toBe(0);
    const rows = result.stdout.trimEnd().split('\n');
    expect(rows[0]).toBe('station,date,hour,aqi,category,primary');
    // 65,836 station-hours with the feed's own AQI plus 809 whose AQI cell the feed left empty.
    expect(rows).toHaveLength(1 + 65_836 + 809);
    expect(rows.filter((row) => row.startsWith('1591A,20190101,'))[0]).toBe('1591A,20190101,0,62,良,PM10');
    expect(rows.filter((row) => row.startsWith('1593A,20190101,0,'))).toEqual(['1593A,20190101,0,21,优,']);
    expect(rows.at(-1)!.split(',').slice(1, 3)).toEqual(['20190102', '23']);
  });

  it('a non-numeric cell is refused with file, line and column, exit 2, one line', () => {
    const path = spoiled('4x');
    const result = runCli(['air', 'hourly', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:300:\\d+: "4x" \\(station 1591A\\) is not a number\\n$`,
      ),
    );
    expect(result.stdout).toBe('station,date,hour,aqi,category,primary\n');
  });

  it('HJ 633 note 2: an SO2 hour above 800 without 20 hours for its 24-hour mean keeps its row, AQI empty', () => {
    const path = join(dir.path, 'so2.csv');
    writeFileSync(path, 'date,hour,type,A,B\n20190101,0,SO2,900,900\n20190101,0,NO2,,40\n');
    const result = runCli(['air', 'hourly', path]);
    expect(result.stdout).toBe('station,date,hour,aqi,category,primary\nA,20190101,0,,,\nB,20190101,0,20,优,\n');
  });

  it('a missing file is refused with exit 2', () => {
    const result = runCli(['air', 'hourly', 'no-such.csv']);
    expect([result.status, result.stderr]).toEqual([2, 'no-such.csv: no such file\n']);
  });
});

describe('nuancheng air evaluate', () => {
  it('the sample days: the plan regions, every station, figures worked out by hand from the daily values', () => {
    const result = runCli(['air', 'evaluate', '--year', '2019', day1, day2]);
    expect(result.status).toBe(0);
    const evaluation = JSON.parse(result.stdout);
    expect(Object.keys(evaluation.regions)).toEqual(['鄂尔多斯', '棋盘井产业园', '蒙西产业园']);
    // Region daily values (5 stations): PM2.5 62 and 102, PM10 104 and 172, SO2 23 and 36, CO 1.2 and 1.7,
    // O3 8 h 45 and 42. Annual: SO2 29.5 → 30 (to even); CO 95th k = 1.95: 1.2 + 0.95·0.5 = 1.675 → 1.7;
    // O3 90th k = 1.9: 42 + 0.9·3 = 44.7 → 45. Day 1 AQI 84 (良), day 2 AQI 134 (轻度污染): 50 % good.
    expect(evaluation.regions['鄂尔多斯']).toEqual({
      validDays: 2,
      pm25: 82,
      pm10: 138,
      so2: 30,
      no2: 55,
      coP95: 1.7,
      o3P90: 45,
      goodDayRatio: 50,
      heavyDayRatio: 0,
      incomplete: ['pm25', 'pm10', 'so2', 'no2', 'coP95', 'o3P90'],
      targets: [
        { id: 'city-pm25-annual', target: '<= 22', value: 82, met: null },
        { id: 'city-good-day-ratio', target: '>= 89.9', value: 50, met: false },
        { id: 'city-heavy-day-ratio', target: '<= 0', value: 0, met: true },
      ],
    });
    expect(evaluation.regions['棋盘井产业园']).toMatchObject({ validDays: 0, pm25: null, goodDayRatio: null });
    // 1593A: PM10 105 and 174 → 139.5 → 140 (to even).
    expect(evaluation.stations['1593A']).toMatchObject({ validDays: 2, pm25: 84, pm10: 140, so2: 20 });
    expect(Object.keys(evaluation.stations)).toHaveLength(stationsWithValues(day1, day2));
  });

  it("--region adds a region, a plan region's name gives it stations for the run; --dust adds figures without those days", () => {
    const result = runCli([
      'air',
      'evaluate',
      '--year',
      '2019',
      '--region',
      '棋盘井产业园=1591A,1592A',
      '--region',
      '东胜=1593A',
      '--dust',
      '2019-01-02',
      day1,
      day2,
    ]);
    expect(result.status).toBe(0);
    const evaluation = JSON.parse(result.stdout);
    expect(Object.keys(evaluation.regions)).toEqual(['鄂尔多斯', '棋盘井产业园', '蒙西产业园', '东胜']);
    // 1591A and 1592A: PM2.5 64 and 57 → 60.5 → 60 (to even) on 1 January, 97 and 96 → 96 on 2 January;
    // the year's mean (60 + 96)/2 = 78; without the dust day, 60.
    expect(evaluation.regions['棋盘井产业园']).toMatchObject({
      validDays: 2,
      pm25: 78,
      dustExcluded: { validDays: 1, pm25: 60 },
    });
    expect(evaluation.regions['棋盘井产业园'].targets.map((t: { id: string }) => t.id)).toEqual([
      'qipanjing-pm25-annual',
      'qipanjing-pm10-annual',
      'qipanjing-good-day-ratio',
      'qipanjing-heavy-day-ratio',
    ]);
    expect(evaluation.regions['东胜']).toMatchObject({ pm25: 84, targets: [] });
    // The raw figures stay what they are without --dust.
    expect(evaluation.regions['鄂尔多斯']).toMatchObject({
      validDays: 2,
      pm25: 82,
      dustExcluded: { validDays: 1, pm25: 62, goodDayRatio: 100 },
    });
    expect(evaluation.stations['1593A'].dustExcluded).toMatchObject({ validDays: 1, pm25: 63 });
  });

  it('a bad --year, --region or --dust is refused with exit 2 and one line', () => {
    expect(runCli(['air', 'evaluate', '--year', '19', day1])).toMatchObject({
      status: 2,
      stderr: '--year 19: expected a year YYYY\n',
    });
    expect(runCli(['air', 'evaluate', '--year', '2019', '--dust', '2018-12-31', day1])).toMatchObject({
      status: 2,
      stderr: '--dust 2018-12-31: expected dates YYYY-MM-DD in 2019\n',
    });
    expect(runCli(['air', 'evaluate', '--year', '2019', '--region', 'nostations', day1]).status).toBe(2);
  });

  it('files out of date order are refused naming the file and line', () => {
    const result = runCli(['air', 'evaluate', '--year', '2019', day2, day1]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^assets\/air\/china_sites_20190101\.csv:\d+: hour \d+ of 20190101 comes after later days/,
    );
  });
});

describe('nuancheng air targets', () => {
  it("year-to-date: the city's figures after 2 January and what the remaining 363 days must hold", () => {
    const result = runCli(['air', 'targets', '--year', '2019', day1, day2]);
    expect(result).toMatchObject({ status: 0 });
    const tracking = JSON.parse(result.stdout);
    expect(tracking.asOf).toBe('2019-01-02');
    const city = tracking.regions[0];
    expect([city.id, city.name]).toEqual(['ordos', '鄂尔多斯']);
    // PM2.5 62 + 102 = 164 so far; 365 days averaging at most 22.5 (to even: 8212/365 → 22) leave 8048 for 363 days.
    expect(city.targets[0]).toMatchObject({
      id: 'city-pm25-annual',
      value: 82,
      met: false,
      remainingDays: 363,
      achievable: true,
      remainingMeanMax: 22.1,
    });
    // 1 non-good day spent; 365 valid days keep ≥ 89.9 % with up to 37 (328/365 = 89.86 → 89.9).
    expect(city.targets[1]).toMatchObject({
      id: 'city-good-day-ratio',
      value: 50,
      met: false,
      achievable: true,
      nonGoodDaysAffordable: 36,
    });
    expect(city.targets[3]).toMatchObject({
      id: 'city-nox-emission-reduction',
      value: null,
      note: expect.stringMatching(/emission/),
    });
    expect(runCli(['air', 'targets', '--year', '2019', '--as-of', '2020-01-01', day1])).toMatchObject({
      status: 2,
      stderr: '--as-of 2020-01-01: expected a date YYYY-MM-DD in 2019\n',
    });
  });
});

describe.each(engines)('nuancheng air import on %s', (engine) => {
  it('imports the feed files and the station list; importing again changes nothing; a bad file stores nothing', async () => {
    const env =
      engine === 'sqlite'
        ? { NUANCHENG_DATA_DIR: join(dir.path, 'data'), DATABASE_URL: '' }
        : { DATABASE_URL: await freshPostgresUrl() };
    const first = runCli(['air', 'import', day1], { env });
    // Matched whole, so that a failure shows the command's standard error too.
    expect(first).toMatchObject({ status: 0 });
    expect(first.stdout).toMatch(
      /^station list \(bundled 2020-01-01\): 1640 stations\n.*china_sites_20190101\.csv: \d+ station-hours, 2019-01-01T00 to 2019-01-01T23\n$/s,
    );
    const again = runCli(['air', 'import', day1], { env });
    expect(again).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/\(imported before: nothing changed\)\n$/),
    });
    const bad = runCli(['air', 'import', spoiled('-7')], { env });
    expect(bad).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/:300:\d+: -7 \(station 1591A\) is negative; a concentration is not\n$/),
    });
  }, 120_000); // five CLI processes, each starting Node with tsx: slow on a loaded machine
});

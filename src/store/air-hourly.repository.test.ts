import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { FeedError, readFeed, readStationList, splitLines } from '../air/feed/index.ts';
import type { Store } from './database.ts';
import { flagDustDay, listDustDays } from './air-dust.repository.ts';
import { countImports, hoursOfStation, importFeed, readHourBlocks } from './air-hourly.repository.ts';
import { listAirStations, saveAirStations } from './air-stations.repository.ts';

const asset = (name: string) => new URL(`../../assets/air/${name}`, import.meta.url);
const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

function importText(store: Store, text: string, file = 'bad.csv') {
  return importFeed(
    store.db,
    readFeed(splitLines([text]), file),
    file,
    () => sha(text),
    new Date('2026-01-01T00:00:00Z'),
  );
}

function importAsset(store: Store, name: string) {
  return importFeed(
    store.db,
    readFeed(splitLines(createReadStream(asset(name))), name),
    name,
    () => sha(readFileSync(asset(name))),
    new Date('2026-01-01T00:00:00Z'),
  );
}

/** Station-hours of a feed file with at least one measured value, counted plainly. */
function measuredStationHours(name: string): number {
  const rows = readFileSync(asset(name), 'utf8')
    .split('\r\n')
    .filter(Boolean)
    .slice(1)
    .map((row) => row.split(','));
  const withValue = new Set<string>();
  for (const [, hour, type, ...cells] of rows) {
    if (!['PM2.5', 'PM10', 'SO2', 'NO2', 'O3', 'CO'].includes(type!)) continue;
    cells.forEach((cell, index) => {
      if (cell !== '') withValue.add(`${hour} ${index}`);
    });
  }
  return withValue.size;
}

async function count(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom('air_hourly')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(engines)('air store on %s', (engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await openTestStore(engine);
  });
  afterEach(async () => {
    await store.close();
  });

  it('imports a feed file, one row per station-hour with a value; importing it again changes nothing', async () => {
    const first = await importAsset(store, 'china_sites_20190101.csv');
    const expected = measuredStationHours('china_sites_20190101.csv');
    expect(first).toMatchObject({
      stationHours: expected,
      newFile: true,
      firstHour: '2019-01-01T00',
      lastHour: '2019-01-01T23',
    });
    expect(await count(store)).toBe(expected);
    const before = await hoursOfStation(store.db, '1591A', '2019-01-01', '2019-01-01');
    const again = await importAsset(store, 'china_sites_20190101.csv');
    expect(again).toMatchObject({ stationHours: expected, newFile: false });
    expect(await count(store)).toBe(expected);
    expect(await countImports(store.db)).toBe(1);
    expect(await hoursOfStation(store.db, '1591A', '2019-01-01', '2019-01-01')).toEqual(before);
    expect(before[0]).toEqual({
      station: '1591A',
      date: '2019-01-01',
      hour: 0,
      values: { pm25: 42, pm10: 74, so2: 21, no2: 32, o3: 34, co: 1 },
    });
  });

  it('a file that fails validation half-way stores nothing', async () => {
    const good = Array.from({ length: 3000 }, (_, i) => `${i + 1000}A`);
    const header = `date,hour,type,${good.join(',')}`;
    const row = (hour: number, type: string, cell: string) =>
      `20190101,${hour},${type},${good.map(() => cell).join(',')}`;
    const lines = [header];
    for (let hour = 0; hour < 5; hour++) lines.push(row(hour, 'PM2.5', '30'));
    lines.push(`20190101,5,PM2.5,${good.map((_, i) => (i === 2999 ? 'x' : '30')).join(',')}`);
    const error = await importText(store, `${lines.join('\n')}\n`).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).message).toBe('bad.csv:7:3003: "x" (station 3999A) is not a number');
    expect(await count(store)).toBe(0);
    expect(await countImports(store.db)).toBe(0);
  });

  it.each([
    [
      'a wrong header',
      'date,hr,type,1591A\n20190101,0,SO2,5\n',
      'bad.csv:1:2: the header must start with date,hour,type; found "hr"',
    ],
    [
      'an unknown type',
      'date,hour,type,1591A\n20190101,0,SO2,5\n20190101,0,PM1,5\n',
      'bad.csv:3:3: unknown type "PM1"; the feed\'s types are AQI PM2.5 PM2.5_24h PM10 PM10_24h SO2 SO2_24h NO2 NO2_24h O3 O3_24h O3_8h O3_8h_24h CO CO_24h',
    ],
    [
      'a non-numeric cell after good hours',
      'date,hour,type,1591A\n20190101,0,SO2,5\n20190101,1,SO2,5\n20190101,2,SO2,five\n',
      'bad.csv:4:4: "five" (station 1591A) is not a number',
    ],
  ])('%s is refused with file, line and column, and nothing is stored', async (_what, text, message) => {
    await expect(importText(store, text)).rejects.toThrow(message);
    expect(await count(store)).toBe(0);
    expect(await countImports(store.db)).toBe(0);
  });

  it('reads the stored hours back as hour blocks, hour 0 of the end date closing the day before', async () => {
    await importAsset(store, 'china_sites_20190101.csv');
    await importAsset(store, 'china_sites_20190102.csv');
    const blocks = [];
    for await (const block of readHourBlocks(store.db, '2019-01-01', '2019-01-02', ['1591A', '1595A']))
      blocks.push(block);
    expect(blocks.map((block) => `${block.date} ${block.hour}`)).toEqual([
      ...Array.from({ length: 24 }, (_, h) => `20190101 ${h}`),
      '20190102 0',
    ]);
    expect(blocks[0]!.values[0]).toBe(42);
  });

  it('saves the station list (code, name, city, position); saving it again replaces', async () => {
    const stations = await readStationList(
      splitLines(createReadStream(asset('StationList-2020.01.01.csv'))),
      'StationList-2020.01.01.csv',
    );
    expect(stations).toHaveLength(1640);
    await saveAirStations(store.db, stations);
    await saveAirStations(store.db, stations);
    const ordos = await listAirStations(store.db, { city: '鄂尔多斯' });
    expect(ordos.map((station) => station.code)).toEqual(['1591A', '1592A', '1593A', '1594A', '1595A']);
    expect(ordos[0]).toEqual({ code: '1591A', name: '综合楼', city: '鄂尔多斯', lon: 110.0023, lat: 39.8129 });
    expect((await listAirStations(store.db, { codes: ['1028A'] }))[0]).toMatchObject({ lon: null, lat: null });
  });

  it('flags dust days per region; flagging again replaces the note', async () => {
    await flagDustDay(
      store.db,
      { region: '鄂尔多斯', date: '2025-03-14', note: '沙尘暴' },
      new Date('2025-03-15T00:00:00Z'),
    );
    await flagDustDay(
      store.db,
      { region: '鄂尔多斯', date: '2025-03-14', note: '强沙尘暴' },
      new Date('2025-03-15T01:00:00Z'),
    );
    await flagDustDay(
      store.db,
      { region: '*', date: '2024-12-31', note: 'last year' },
      new Date('2025-03-15T00:00:00Z'),
    );
    expect(await listDustDays(store.db, 2025)).toEqual([
      { region: '鄂尔多斯', date: '2025-03-14', note: '强沙尘暴', flaggedAt: '2025-03-15T01:00:00.000Z' },
    ]);
  });
});

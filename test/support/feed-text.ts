import fc from 'fast-check';
import { FEED_TYPES, STATION_LIST_HEADER } from '../../src/air/feed/index.ts';

const cell = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 0, max: 2000 }).map(String),
  fc.double({ min: 0, max: 1000, noNaN: true }).map((value) => value.toFixed(2)),
);

/** A national hourly feed file as the format allows it: header, then per hour some of the types, one cell per station. */
export const feedText: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
    stations: fc.uniqueArray(fc.constantFrom('1591A', '1592A', '1593A', '2836A', '3207A', 'ABC1'), {
      minLength: 1,
      maxLength: 4,
    }),
    hours: fc.uniqueArray(
      fc.record({
        date: fc.constantFrom('20250101', '20250102', '20241231', '20240229'),
        hour: fc.integer({ min: 0, max: 23 }),
        types: fc.subarray([...FEED_TYPES], { minLength: 1 }),
      }),
      { maxLength: 4, selector: (hour) => `${hour.date} ${hour.hour}` },
    ),
    cells: fc.array(cell, { minLength: 64, maxLength: 64 }),
  })
  .map(({ bom, eol, stations, hours, cells }) => {
    let next = 0;
    const lines = [`${bom ? '\uFEFF' : ''}date,hour,type,${stations.join(',')}`];
    for (const { date, hour, types } of hours)
      for (const type of types)
        lines.push([date, hour, type, ...stations.map(() => cells[next++ % cells.length])].join(','));
    return `${lines.join(eol)}${eol}`;
  });

/** The national station list (监测点编码,监测点名称,城市,经度,纬度) as the format allows it. */
export const stationListText: fc.Arbitrary<string> = fc
  .array(
    fc.record({
      code: fc.stringMatching(/^\d{4}[A-Z]$/),
      name: fc.constantFrom('东胜区', '康巴什', 'Station 1', '西沙'),
      city: fc.constantFrom('鄂尔多斯', '呼和浩特', ''),
      lon: fc.oneof(
        fc.constant(''),
        fc.constant('-'),
        fc.double({ min: -180, max: 180, noNaN: true }).map((v) => v.toFixed(4)),
      ),
      lat: fc.oneof(
        fc.constant(''),
        fc.double({ min: -90, max: 90, noNaN: true }).map((v) => v.toFixed(4)),
      ),
    }),
    { maxLength: 6 },
  )
  .map((rows) =>
    [
      STATION_LIST_HEADER.join(','),
      ...rows.map((row) => [row.code, row.name, row.city, row.lon, row.lat].join(',')),
    ].join('\n'),
  );

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStationsCsv } from './stations.ts';

const csv = readFileSync(new URL('../../assets/weather/ordos-stations.csv', import.meta.url), 'utf8');
const header = 'station_id,name,station_type,lat,lon,alt_m,adcode,division';

describe('weather stations CSV', () => {
  it('reads the eleven national stations of Ordos', () => {
    const stations = parseStationsCsv(csv);
    expect(stations).toHaveLength(11);
    expect(stations.find((s) => s.id === '53543')).toEqual({
      id: '53543',
      name: '东胜',
      stationType: '基本站',
      lat: 39.8333,
      lon: 109.9833,
      altM: 1461.9,
      divisionCode: '150602',
    });
  });

  it('accepts CRLF line ends, a byte-order mark and a final blank line', () => {
    const windows = `\uFEFF${csv.replace(/\n/g, '\r\n')}\r\n`;
    expect(parseStationsCsv(windows)).toEqual(parseStationsCsv(csv));
  });

  it('refuses another header, quoting what it found', () => {
    const swapped = csv.replace(header, 'station_id,name,station_type,lon,lat,alt_m,adcode,division');
    expect(() => parseStationsCsv(swapped)).toThrow(
      /^line 1: expected the header "station_id,.*", found "station_id,name,station_type,lon,lat/,
    );
  });

  it('refuses a non-numeric cell, naming the line and the column', () => {
    const bad = csv.replace('53529,鄂托克旗,基本站,39.0833', '53529,鄂托克旗,基本站,39°05′');
    expect(() => parseStationsCsv(bad)).toThrow('line 4, column lat: not a number: "39°05′"');
  });

  it('refuses a latitude out of range and an adcode that is not six digits', () => {
    expect(() => parseStationsCsv(`${header}\n53457,达拉特旗,一般站,140.4,110.0333,1011.0,150621,达拉特旗\n`)).toThrow(
      'line 2, column lat: latitude above 90: "140.4"',
    );
    expect(() => parseStationsCsv(`${header}\n53457,达拉特旗,一般站,40.4,110.0333,1011.0,15062,达拉特旗\n`)).toThrow(
      /^line 2, column adcode: /,
    );
  });

  it('refuses a row with too few cells, a quoted cell and a repeated station', () => {
    expect(() => parseStationsCsv(`${header}\n53457,达拉特旗,一般站,40.4,110.0333\n`)).toThrow(
      'line 2: expected 8 cells, found 5',
    );
    expect(() => parseStationsCsv(`${header}\n53457,"达拉特旗",一般站,40.4,110.0333,1011.0,150621,达拉特旗\n`)).toThrow(
      'line 2: quoted cells are not supported',
    );
    const row = '53457,达拉特旗,一般站,40.4,110.0333,1011.0,150621,达拉特旗';
    expect(() => parseStationsCsv(`${header}\n${row}\n${row}\n`)).toThrow(
      'line 3, column station_id: duplicate station 53457',
    );
  });
});

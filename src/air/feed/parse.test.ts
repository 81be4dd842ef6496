import { describe, expect, it } from 'vitest';
import { CO, PM25, POLLUTANT_COUNT } from '../pollutants.ts';
import { FeedError } from './feed-error.ts';
import { splitLines } from './lines.ts';
import { readFeed, type FeedHour } from './parse.ts';

const header = 'date,hour,type,1591A,1592A';

async function read(text: string, chunkSize = 7): Promise<FeedHour[]> {
  const chunks: Uint8Array[] = [];
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.slice(i, i + chunkSize));
  const hours: FeedHour[] = [];
  for await (const hour of readFeed(splitLines(chunks), 'day.csv')) hours.push(hour);
  return hours;
}

async function refusal(text: string): Promise<FeedError> {
  try {
    await read(text);
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('the input was accepted');
}

describe('the national hourly feed format', () => {
  it('reads hours in file order with the measured types only, empty cells as missing, across chunk and CRLF boundaries', async () => {
    const text = `\uFEFF${header}\r\n20190101,0,AQI,62,73\r\n20190101,0,PM2.5,42,\r\n20190101,0,CO,1.1,0.25\r\n20190101,1,PM2.5,44,51\r\n`;
    const hours = await read(text);
    expect(hours.map((hour) => [hour.date, hour.hour, hour.line])).toEqual([
      ['20190101', 0, 2],
      ['20190101', 1, 5],
    ]);
    const first = hours[0]!;
    expect(first.stations).toEqual(['1591A', '1592A']);
    expect(first.values[PM25]).toBe(42);
    expect(first.values[POLLUTANT_COUNT + PM25]).toBeNaN();
    expect(first.values[CO]).toBe(1.1);
    expect(first.values[POLLUTANT_COUNT + CO]).toBe(0.25);
    expect(first.hourStamp).toBe(Date.UTC(2019, 0, 1) / 3_600_000);
  });

  it('a last line without a newline still counts', async () => {
    expect(await read(`${header}\n20190101,3,SO2,5,6`)).toHaveLength(1);
  });

  it('a wrong header is refused at line 1 and its column', async () => {
    expect((await refusal('date,hr,type,1591A\n')).message).toBe(
      'day.csv:1:2: the header must start with date,hour,type; found "hr"',
    );
    expect((await refusal('date,hour,type,1591A,1591A\n')).message).toBe(
      'day.csv:1:5: station 1591A appears twice in the header',
    );
  });

  it('a non-numeric cell is refused with file, line, column and the station', async () => {
    const error = await refusal(`${header}\n20190101,0,PM2.5,42,4x2\n`);
    expect([error.file, error.line, error.column]).toEqual(['day.csv', 2, 5]);
    expect(error.message).toBe('day.csv:2:5: "4x2" (station 1592A) is not a number');
  });

  it('a non-numeric cell of a derived row is refused too', async () => {
    expect((await refusal(`${header}\n20190101,0,AQI,n/a,3\n`)).message).toBe(
      'day.csv:2:4: "n/a" (station 1591A) is not a number',
    );
  });

  it('a negative concentration is refused', async () => {
    expect((await refusal(`${header}\n20190101,0,SO2,-3,3\n`)).message).toBe(
      'day.csv:2:4: -3 (station 1591A) is negative; a concentration is not',
    );
  });

  it('an unknown type is refused at column 3', async () => {
    expect((await refusal(`${header}\n20190101,0,PM1,1,2\n`)).message).toMatch(/^day\.csv:2:3: unknown type "PM1"/);
  });

  it('a bad date or hour is refused at its column', async () => {
    expect((await refusal(`${header}\n20190230,0,SO2,1,2\n`)).message).toBe(
      'day.csv:2:1: "20190230" is not a date YYYYMMDD',
    );
    expect((await refusal(`${header}\n20190101,24,SO2,1,2\n`)).message).toBe('day.csv:2:2: "24" is not an hour 0-23');
  });

  it('a row with too few or too many cells is refused', async () => {
    expect((await refusal(`${header}\n20190101,0,SO2,1\n`)).message).toBe(
      'day.csv:2:5: the row has 4 cells; the header has 5',
    );
    expect((await refusal(`${header}\n20190101,0,SO2,1,2,3\n`)).message).toBe(
      'day.csv:2:6: the row has 1 cells more than the header',
    );
  });

  it('a repeated row or a repeated hour is refused', async () => {
    expect((await refusal(`${header}\n20190101,0,SO2,1,2\n20190101,0,SO2,1,2\n`)).message).toBe(
      'day.csv:3:3: a second SO2 row for hour 0 of 20190101',
    );
    expect((await refusal(`${header}\n20190101,0,SO2,1,2\n20190101,1,SO2,1,2\n20190101,0,NO2,1,2\n`)).message).toBe(
      'day.csv:4:1: hour 0 of 20190101 appears again (its rows began on line 2)',
    );
  });

  it('an empty file is refused', async () => {
    expect((await refusal('')).message).toMatch(/^day\.csv:1:1: the file is empty/);
  });
});

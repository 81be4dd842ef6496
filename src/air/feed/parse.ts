import { feedDateToEpochDay } from '../calendar.ts';
import { POLLUTANT_COUNT } from '../pollutants.ts';
import { FeedError } from './feed-error.ts';
import { FEED_TYPES, HEADER_LEAD, INPUT_TYPE_POLLUTANT } from './format.ts';

/** One hour of one feed file: the measured concentrations of every station of the header. */
export interface FeedHour {
  /** As the feed writes it: YYYYMMDD, and the hour 0-23 that ends at h:00. */
  date: string;
  hour: number;
  /** Hours since 1970-01-01 00:00 of the label, for windows that run across files. */
  hourStamp: number;
  /** The line of the hour's first row, to point at it in a later message. */
  line: number;
  /** The header's station codes; the same array for every hour of a file. */
  stations: readonly string[];
  /** Station-major, `values[station * POLLUTANT_COUNT + pollutant]`, NaN where the cell is empty. */
  values: Float64Array;
}

const KNOWN_TYPES = new Set<string>(FEED_TYPES);
const STATION_CODE = /^[0-9A-Za-z]+$/;

function parseHeader(file: string, line: string): string[] {
  const cells = line.split(',');
  HEADER_LEAD.forEach((name, index) => {
    if (cells[index] !== name) {
      throw new FeedError(
        file,
        1,
        index + 1,
        `the header must start with date,hour,type; found "${cells[index] ?? ''}"`,
      );
    }
  });
  const stations = cells.slice(HEADER_LEAD.length);
  if (stations.length === 0) throw new FeedError(file, 1, 4, 'the header names no station');
  const seen = new Set<string>();
  stations.forEach((code, index) => {
    const column = index + HEADER_LEAD.length + 1;
    if (!STATION_CODE.test(code)) throw new FeedError(file, 1, column, `"${code}" is not a station code`);
    if (seen.has(code)) throw new FeedError(file, 1, column, `station ${code} appears twice in the header`);
    seen.add(code);
  });
  return stations;
}

/**
 * Reads the cells of one data row from `start` (just after the type) into `out` (NaN when empty), checking
 * each cell's form without splitting the line: a year of the feed is some 220 million cells.
 */
function readCells(
  file: string,
  lineNo: number,
  line: string,
  start: number,
  stations: readonly string[],
  out: Float64Array | null,
  pollutant: number,
): void {
  const length = line.length;
  let pos = start;
  for (let s = 0; s < stations.length; s++) {
    const column = s + HEADER_LEAD.length + 1;
    if (pos > length)
      throw new FeedError(
        file,
        lineNo,
        column,
        `the row has ${column - 1} cells; the header has ${stations.length + HEADER_LEAD.length}`,
      );
    let whole = 0;
    let fraction = 0;
    let scale = 1;
    let digits = 0;
    let dot = false;
    let i = pos;
    for (; i < length; i++) {
      const code = line.charCodeAt(i);
      if (code === 44) break;
      if (code >= 48 && code <= 57) {
        digits++;
        if (dot) {
          fraction = fraction * 10 + (code - 48);
          scale *= 10;
        } else {
          whole = whole * 10 + (code - 48);
        }
      } else if (code === 46 && !dot && digits > 0) {
        dot = true;
      } else {
        const end = line.indexOf(',', pos);
        const cell = line.slice(pos, end === -1 ? length : end);
        const reason =
          cell.startsWith('-') && Number.isFinite(Number(cell))
            ? `${cell} (station ${stations[s]}) is negative; a concentration is not`
            : `"${cell}" (station ${stations[s]}) is not a number`;
        throw new FeedError(file, lineNo, column, reason);
      }
    }
    if (dot && scale === 1)
      throw new FeedError(file, lineNo, column, `"${line.slice(pos, i)}" (station ${stations[s]}) is not a number`);
    if (out !== null) out[s * POLLUTANT_COUNT + pollutant] = i === pos ? Number.NaN : whole + fraction / scale;
    pos = i + 1;
  }
  if (pos <= length) {
    const extra = line.slice(pos - 1).split(',').length - 1;
    throw new FeedError(
      file,
      lineNo,
      stations.length + HEADER_LEAD.length + 1,
      `the row has ${extra} cells more than the header`,
    );
  }
}

/**
 * Reads a national hourly feed file line by line and yields one `FeedHour` per hour, holding only the hour
 * being read. Anything malformed throws a `FeedError` naming the file, line and column: a wrong header, a row
 * of the wrong length, a bad date or hour, an unknown type, a repeated row, a non-numeric or negative cell.
 */
export async function* readFeed(lines: AsyncIterable<string>, file: string): AsyncGenerator<FeedHour> {
  let lineNo = 0;
  let stations: readonly string[] | null = null;
  let current: FeedHour | null = null;
  let typesSeen = new Set<string>();
  const hoursSeen = new Map<string, number>();
  for await (const line of lines) {
    lineNo++;
    if (stations === null) {
      stations = parseHeader(file, line);
      continue;
    }
    if (line.length === 0) continue;
    const c1 = line.indexOf(',');
    const c2 = c1 === -1 ? -1 : line.indexOf(',', c1 + 1);
    const c3 = c2 === -1 ? -1 : line.indexOf(',', c2 + 1);
    if (c3 === -1)
      throw new FeedError(
        file,
        lineNo,
        c1 === -1 ? 2 : c2 === -1 ? 3 : 4,
        `the row has too few cells; the header has ${stations.length + 3}`,
      );
    const date = line.slice(0, c1);
    const hourText = line.slice(c1 + 1, c2);
    const type = line.slice(c2 + 1, c3);
    const day = feedDateToEpochDay(date);
    if (Number.isNaN(day)) throw new FeedError(file, lineNo, 1, `"${date}" is not a date YYYYMMDD`);
    if (!/^\d{1,2}$/.test(hourText) || Number(hourText) > 23)
      throw new FeedError(file, lineNo, 2, `"${hourText}" is not an hour 0-23`);
    if (!KNOWN_TYPES.has(type))
      throw new FeedError(file, lineNo, 3, `unknown type "${type}"; the feed's types are ${FEED_TYPES.join(' ')}`);
    const hour = Number(hourText);
    if (current === null || current.date !== date || current.hour !== hour) {
      if (current !== null) yield current;
      const key = `${date} ${hour}`;
      const earlier = hoursSeen.get(key);
      if (earlier !== undefined)
        throw new FeedError(
          file,
          lineNo,
          1,
          `hour ${hour} of ${date} appears again (its rows began on line ${earlier})`,
        );
      hoursSeen.set(key, lineNo);
      current = {
        date,
        hour,
        hourStamp: day * 24 + hour,
        line: lineNo,
        stations,
        values: new Float64Array(stations.length * POLLUTANT_COUNT).fill(Number.NaN),
      };
      typesSeen = new Set();
    }
    if (typesSeen.has(type)) throw new FeedError(file, lineNo, 3, `a second ${type} row for hour ${hour} of ${date}`);
    typesSeen.add(type);
    const pollutant = INPUT_TYPE_POLLUTANT[type];
    readCells(file, lineNo, line, c3 + 1, stations, pollutant === undefined ? null : current.values, pollutant ?? 0);
  }
  if (stations === null) throw new FeedError(file, 1, 1, 'the file is empty; a feed file starts with date,hour,type,…');
  if (current !== null) yield current;
}

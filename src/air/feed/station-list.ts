import { FeedError } from './feed-error.ts';

/** A national monitoring station as the station list (站点列表) gives it; position in WGS84 degrees. */
export interface AirStation {
  code: string;
  name: string;
  city: string;
  /** Null where the list gives no coordinates (14 stations of the 2020-01-01 list). */
  lon: number | null;
  lat: number | null;
}

export const STATION_LIST_HEADER = ['监测点编码', '监测点名称', '城市', '经度', '纬度'] as const;
const CODE = /^\d{4}[A-Z]$/;

function coordinate(file: string, line: number, column: number, text: string, limit: number): number | null {
  // The list writes an unknown position as an empty cell, once (3019A 西沙) as "-".
  if (text === '' || text === '-') return null;
  const value = Number(text);
  if (!/^-?\d+(\.\d+)?$/.test(text) || Math.abs(value) > limit)
    throw new FeedError(file, line, column, `"${text}" is not a coordinate in degrees`);
  return value;
}

/**
 * Reads the national station list (`监测点编码,监测点名称,城市,经度,纬度`). A code listed twice (3207A is, with the
 * date it was re-sited) keeps its last row, the newer one.
 */
export async function readStationList(lines: AsyncIterable<string>, file: string): Promise<AirStation[]> {
  const stations = new Map<string, AirStation>();
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    const cells = line.split(',');
    if (lineNo === 1) {
      STATION_LIST_HEADER.forEach((name, index) => {
        if (cells[index] !== name)
          throw new FeedError(
            file,
            1,
            index + 1,
            `the station list's header is ${STATION_LIST_HEADER.join(',')}; found "${cells[index] ?? ''}"`,
          );
      });
      continue;
    }
    if (line === '') continue;
    if (cells.length !== STATION_LIST_HEADER.length) {
      throw new FeedError(
        file,
        lineNo,
        Math.min(cells.length, STATION_LIST_HEADER.length) + 1,
        `the row has ${cells.length} cells; the header has ${STATION_LIST_HEADER.length}`,
      );
    }
    const [code, name, city, lon, lat] = cells as [string, string, string, string, string];
    if (!CODE.test(code)) throw new FeedError(file, lineNo, 1, `"${code}" is not a station code like 1591A`);
    if (name === '') throw new FeedError(file, lineNo, 2, 'the station has no name');
    stations.set(code, {
      code,
      name,
      city,
      lon: coordinate(file, lineNo, 4, lon, 180),
      lat: coordinate(file, lineNo, 5, lat, 90),
    });
  }
  if (lineNo === 0) throw new FeedError(file, 1, 1, 'the file is empty');
  return [...stations.values()];
}

/** Whether a file's first line is a station list rather than an hourly feed file. */
export function isStationListHeader(firstLine: string): boolean {
  return firstLine.replace(/^\uFEFF/, '').startsWith(`${STATION_LIST_HEADER[0]},`);
}

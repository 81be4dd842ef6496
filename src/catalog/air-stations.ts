import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readStationList, splitLines, type AirStation } from '../air/feed/index.ts';

/** The national station list shipped in `assets/air/` (its source is in `assets/air/SOURCES.md`). */
export const bundledStationList = fileURLToPath(
  new URL('../../assets/air/StationList-2020.01.01.csv', import.meta.url),
);

export async function loadAirStationList(
  path: string = bundledStationList,
  name = 'StationList-2020.01.01.csv',
): Promise<AirStation[]> {
  return readStationList(splitLines(createReadStream(path)), name);
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDivisions } from '../geo/divisions.ts';
import { assembleGeography } from '../geo/geography.ts';
import { parseStationsCsv } from '../geo/stations.ts';
import type { Geography } from '../geo/types.ts';

// The city the product serves; its divisions file is named by its GB/T 2260 code (assets/geo/SOURCES.md).
const city = { code: '150600', name: '鄂尔多斯市' };
const divisionsFile = new URL(`../../assets/geo/${city.code}_full.json`, import.meta.url);
const stationsFile = new URL('../../assets/weather/ordos-stations.csv', import.meta.url);

function read<T>(file: URL, parse: (text: string) => T): T {
  const path = fileURLToPath(file);
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
  }
}

let loaded: Geography | undefined;

/** Ordos' divisions (converted to WGS84) and weather stations, read and validated once per process. */
export function loadGeography(): Geography {
  loaded ??= assembleGeography(
    city,
    read(divisionsFile, (text) => parseDivisions(JSON.parse(text), city.code)),
    read(stationsFile, parseStationsCsv),
  );
  return loaded;
}

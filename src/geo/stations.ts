import { z } from 'zod';
import { GeoDataError } from './data-error.ts';
import type { WeatherStation } from './types.ts';

// The header of assets/weather/ordos-stations.csv, in order; a file with other columns is refused rather than
// guessed at, since a swapped lat/lon would silently move every station.
const header = ['station_id', 'name', 'station_type', 'lat', 'lon', 'alt_m', 'adcode', 'division'] as const;
type Column = (typeof header)[number];

const numeric = z
  .string()
  .regex(/^[-+]?(\d+\.?\d*|\.\d+)$/, 'not a number')
  .transform(Number);

const RowSchema = z.object({
  station_id: z.string().regex(/^\d{5}$/, 'a station id (区站号) is five digits'),
  name: z.string().min(1, 'empty'),
  station_type: z.string().min(1, 'empty'),
  lat: numeric.pipe(z.number().min(-90, 'latitude below -90').max(90, 'latitude above 90')),
  lon: numeric.pipe(z.number().min(-180, 'longitude below -180').max(180, 'longitude above 180')),
  alt_m: numeric,
  adcode: z.string().regex(/^\d{6}$/, 'an adcode is six digits (GB/T 2260)'),
  division: z.string().min(1, 'empty'),
}) satisfies z.ZodType<unknown, Record<Column, string>>;

/** Parses the stations CSV (plain comma-separated cells, no quoting) into validated stations. */
export function parseStationsCsv(text: string): WeatherStation[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  const found = (lines[0] ?? '').split(',').map((cell) => cell.trim());
  if (found.join(',') !== header.join(',')) {
    throw new GeoDataError('line 1', `expected the header "${header.join(',')}", found "${found.join(',')}"`);
  }
  const seen = new Set<string>();
  return lines.slice(1).map((content, index) => {
    const line = index + 2;
    if (content.includes('"')) throw new GeoDataError(`line ${line}`, 'quoted cells are not supported');
    const cells = content.split(',');
    if (cells.length !== header.length) {
      throw new GeoDataError(`line ${line}`, `expected ${header.length} cells, found ${cells.length}`);
    }
    const cellsByColumn = Object.fromEntries(header.map((column, i) => [column, cells[i]!.trim()]));
    const parsed = RowSchema.safeParse(cellsByColumn);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const column = String(issue.path[0]);
      throw new GeoDataError(`line ${line}, column ${column}`, `${issue.message}: "${cellsByColumn[column]}"`);
    }
    const row = parsed.data;
    if (seen.has(row.station_id))
      throw new GeoDataError(`line ${line}, column station_id`, `duplicate station ${row.station_id}`);
    seen.add(row.station_id);
    return {
      id: row.station_id,
      name: row.name,
      stationType: row.station_type,
      lat: row.lat,
      lon: row.lon,
      altM: row.alt_m,
      divisionCode: row.adcode,
    };
  });
}

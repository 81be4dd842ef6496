import { unitFields, type UnitField } from '../../plans/meteo/situation-fields.ts';
import type { GridSpec } from '../../geo/grid.ts';
import { GridInputError, type GriddedForecast } from '../grid/grid-units.ts';

/** A forecast grid refused, with where: `fields.precipMm[3][7]: expected a number or null`. */
export { GridInputError as ForecastInputError };

/** The forecast quantities a grid may carry: the situation's `forecast.*` fields, by their short name. */
export const forecastFields = Object.keys(unitFields)
  .filter((field) => field.startsWith('forecast.'))
  .map((field) => field.slice('forecast.'.length));

/** Bounds on a received grid: a city's grid at 0.01° is a few hundred cells a side. */
export const MAX_GRID_CELLS = 4_000_000;
const MAX_SOURCE_CHARS = 64;

/**
 * A received forecast grid as JSON: who issued it and when, the times it is valid for, the grid (cell edges, as
 * `GridSpec`), and one grid of values per forecast field (`rows[row][col]`, null for no value). The daily field
 * `tmaxNext3dC` is a list of three grids. The same document comes out of a NetCDF file.
 */
export interface ForecastGrid {
  source: string;
  issuedAt: string;
  validTimes: string[];
  grid: GridSpec;
  fields: Record<string, Array<Array<number | null>>>;
  days: Record<string, Array<Array<Array<number | null>>>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isoTime(value: unknown, path: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value))
    throw new GridInputError(path, `expected an ISO 8601 time with its offset, got ${JSON.stringify(value)}`);
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new GridInputError(path, `not a valid time: ${value}`);
  return new Date(ms).toISOString();
}

function gridSpec(value: unknown): GridSpec {
  if (!isRecord(value)) throw new GridInputError('grid', 'expected { lon0, lat0, dLon, dLat, cols, rows }');
  const spec = {} as Record<keyof GridSpec, number>;
  for (const key of ['lon0', 'lat0', 'dLon', 'dLat', 'cols', 'rows'] as const) {
    const n = value[key];
    if (typeof n !== 'number' || !Number.isFinite(n)) throw new GridInputError(`grid.${key}`, 'expected a number');
    spec[key] = n;
  }
  for (const key of ['cols', 'rows'] as const)
    if (!Number.isInteger(spec[key]) || spec[key] < 1)
      throw new GridInputError(`grid.${key}`, `expected a positive whole number, got ${spec[key]}`);
  if (spec.dLon === 0 || spec.dLat === 0) throw new GridInputError('grid', 'a grid step must not be 0');
  if (spec.cols * spec.rows > MAX_GRID_CELLS)
    throw new GridInputError('grid', `${spec.cols}×${spec.rows} cells is more than ${MAX_GRID_CELLS}`);
  const lats = [spec.lat0, spec.lat0 + spec.rows * spec.dLat];
  if (lats.some((lat) => lat < -90 || lat > 90))
    throw new GridInputError('grid', `latitudes ${lats.join(' to ')} leave [-90, 90]`);
  if (Math.abs(spec.cols * spec.dLon) > 360) throw new GridInputError('grid', 'spans more than 360° of longitude');
  return spec;
}

/** One grid of a field, checked against the spec and the field's range (amounts, winds, visibilities ≥ 0). */
export function checkValues(value: unknown, spec: GridSpec, field: string, path: string): Array<Array<number | null>> {
  const nonNegative = (unitFields[`forecast.${field}` as UnitField] as { nonNegative?: boolean }).nonNegative;
  if (!Array.isArray(value) || value.length !== spec.rows) throw new GridInputError(path, `expected ${spec.rows} rows`);
  return value.map((row: unknown, r) => {
    if (!Array.isArray(row) || row.length !== spec.cols)
      throw new GridInputError(`${path}[${r}]`, `expected ${spec.cols} values`);
    return row.map((v: unknown, c) => {
      if (v === null) return null;
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new GridInputError(`${path}[${r}][${c}]`, 'expected a number or null');
      if (nonNegative && v < 0) throw new GridInputError(`${path}[${r}][${c}]`, `must not be negative, got ${v}`);
      return v;
    });
  });
}

function knownField(field: string, path: string, daily: boolean): void {
  if (!forecastFields.includes(field))
    throw new GridInputError(path, `not a forecast field (expected one of ${forecastFields.join(', ')})`);
  const info = unitFields[`forecast.${field}` as UnitField] as { kind: string; length?: number };
  if ((info.kind === 'next-days') !== daily)
    throw new GridInputError(path, daily ? 'not a daily field (it goes in fields)' : 'a daily field goes in days');
}

/** Checks a forecast grid document (JSON, or what the NetCDF reader made); `source` fills in a missing source. */
export function validateForecastGrid(input: unknown, fallbackSource?: string): ForecastGrid {
  if (!isRecord(input)) throw new GridInputError('$', 'expected a JSON object');
  const source = input.source ?? fallbackSource;
  if (typeof source !== 'string' || !/^[A-Za-z0-9_-]+$/.test(source) || source.length > MAX_SOURCE_CHARS)
    throw new GridInputError('source', `expected a name of letters, digits, - or _ (at most ${MAX_SOURCE_CHARS})`);
  const issuedAt = isoTime(input.issuedAt, 'issuedAt');
  if (!Array.isArray(input.validTimes) || input.validTimes.length === 0)
    throw new GridInputError('validTimes', 'expected a list of at least one time');
  const validTimes = input.validTimes.map((t, i) => isoTime(t, `validTimes[${i}]`));
  const grid = gridSpec(input.grid);
  const fields: ForecastGrid['fields'] = {};
  const days: ForecastGrid['days'] = {};
  const rawFields = input.fields ?? {};
  if (!isRecord(rawFields)) throw new GridInputError('fields', 'expected an object of grids');
  for (const [field, value] of Object.entries(rawFields)) {
    knownField(field, `fields.${field}`, false);
    fields[field] = checkValues(value, grid, field, `fields.${field}`);
  }
  const rawDays = input.days ?? {};
  if (!isRecord(rawDays)) throw new GridInputError('days', 'expected an object of lists of grids');
  for (const [field, value] of Object.entries(rawDays)) {
    knownField(field, `days.${field}`, true);
    const length = (unitFields[`forecast.${field}` as UnitField] as { length?: number }).length;
    if (!Array.isArray(value) || (length !== undefined && value.length !== length))
      throw new GridInputError(`days.${field}`, `expected a list of ${length} daily grids`);
    days[field] = value.map((g, d) => checkValues(g, grid, field, `days.${field}[${d}]`));
  }
  if (Object.keys(fields).length + Object.keys(days).length === 0)
    throw new GridInputError('fields', `no forecast field (expected one of ${forecastFields.join(', ')})`);
  return { source, issuedAt, validTimes, grid, fields, days };
}

/** The forecast as the grid grading reads it (`gridUnits`): field names as the situation spells them. */
export function griddedForecast(forecast: ForecastGrid): GriddedForecast {
  const fields: GriddedForecast['fields'] = {};
  const days: NonNullable<GriddedForecast['days']> = {};
  for (const [field, values] of Object.entries(forecast.fields)) fields[`forecast.${field}` as UnitField] = values;
  for (const [field, grids] of Object.entries(forecast.days)) days[`forecast.${field}` as UnitField] = grids;
  return { fields, days };
}

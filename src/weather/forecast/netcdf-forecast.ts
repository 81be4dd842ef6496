import { NetCDFReader } from 'netcdfjs';
import { GridInputError } from '../grid/grid-units.ts';
import { forecastFields, validateForecastGrid, type ForecastGrid } from './forecast-grid.ts';
import { forecastUnits, unitConversion } from './forecast-units.ts';

type Variable = NetCDFReader['variables'][number];
interface Attribute {
  name: string;
  type: string;
  value: number | string;
}

const numericTypes = new Set(['byte', 'short', 'int', 'float', 'double']);
const timeUnit =
  /^(seconds?|minutes?|hours?|days?) since (\d{4}-\d{1,2}-\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|UTC|[+-]\d{1,2}(?::?\d{2})?)?$/;
const unitMs: Record<string, number> = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000 };
/** Steps of a coordinate may differ by float rounding, not more. */
const STEP_TOLERANCE = 1e-4;
/** Converted values are kept to 0.0001 of their unit: a float32 of 300.15 K is 27 ℃, not 26.99999. */
const KEEP = 1e4;

/** A name read from the file as it can stand in a one-line message: plain names as they are, others JSON-quoted. */
function shown(name: string): string {
  return /^[A-Za-z_][\w-]*$/.test(name) ? name : JSON.stringify(name);
}

function attributesOf(variable: Variable): Attribute[] {
  return (variable.attributes ?? []) as unknown as Attribute[];
}
function attribute(variable: Variable, name: string): Attribute | undefined {
  return attributesOf(variable).find((a) => a.name === name);
}

/** Reads the values of a numeric variable, flat, after checking they lie inside the file. */
function numbers(reader: NetCDFReader, variable: Variable, byteLength: number): number[] {
  if (!numericTypes.has(variable.type))
    throw new GridInputError(shown(variable.name), `expected numbers, the variable holds ${variable.type}`);
  const records = variable.record ? reader.recordDimension.length : 1;
  const step = variable.record ? (reader.recordDimension.recordStep ?? 0) : 0;
  const end = variable.offset + step * Math.max(records - 1, 0) + variable.size;
  if (!Number.isFinite(end) || end > byteLength)
    throw new GridInputError(shown(variable.name), 'its values lie beyond the end of the file (truncated?)');
  if (variable.record && !step && records > 0)
    throw new GridInputError(shown(variable.name), 'a record variable, but the file gives no record size');
  try {
    return (reader.getDataVariable(variable) as Array<number | number[]>).flat();
  } catch (error) {
    // netcdfjs throws plain errors on data it cannot follow: for the sender, that is a broken file.
    throw new GridInputError(shown(variable.name), `its values cannot be read (${(error as Error).message})`);
  }
}

function coordinate(reader: NetCDFReader, names: string[], byteLength: number) {
  const variable = reader.variables.find((v) => names.includes(v.name));
  if (!variable)
    throw new GridInputError(names[0]!, `no coordinate variable (expected one named ${names.join(' or ')})`);
  if (variable.dimensions.length !== 1)
    throw new GridInputError(variable.name, 'a coordinate variable has exactly one dimension');
  const values = numbers(reader, variable, byteLength);
  if (values.length < 2) throw new GridInputError(variable.name, 'needs at least 2 values to give the grid step');
  const step = values[1]! - values[0]!;
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new GridInputError(`${variable.name}[${i}]`, 'not a finite number');
    if (i > 0 && Math.abs(v - values[i - 1]! - step) > STEP_TOLERANCE * Math.max(1, Math.abs(step)))
      throw new GridInputError(variable.name, `not evenly spaced at index ${i}: the grid must be regular`);
  });
  if (step === 0) throw new GridInputError(variable.name, 'repeats its first value: the step is 0');
  return { variable, dimension: variable.dimensions[0]!, values, step };
}

/** The times of a CF time coordinate (`hours since 2025-07-20 00:00:00`), as ISO strings in UTC. */
function times(reader: NetCDFReader, variable: Variable, byteLength: number): string[] {
  const units = attribute(variable, 'units');
  const match = typeof units?.value === 'string' ? timeUnit.exec(units.value.trim()) : null;
  if (!match)
    throw new GridInputError(
      `${shown(variable.name)}.units`,
      `expected "<hours|minutes|seconds|days> since <date time>", got ${JSON.stringify(units?.value ?? null)}`,
    );
  const [, unit, date, hh = '0', mm = '0', ss = '0', zone = 'Z'] = match;
  const [y, mo, d] = date!.split('-').map(Number);
  let offsetMin = 0;
  if (zone !== 'Z' && zone !== 'UTC') {
    const z = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone)!;
    offsetMin = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3] ?? 0));
  }
  const base = Date.UTC(y!, mo! - 1, d!, Number(hh), Number(mm), Number(ss)) - offsetMin * 60_000;
  const scale = unitMs[unit!.replace(/s$/, '')]!;
  return numbers(reader, variable, byteLength).map((v, i) => {
    const ms = base + v * scale;
    if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15)
      throw new GridInputError(`${shown(variable.name)}[${i}]`, `not a time: ${v}`);
    return new Date(ms).toISOString();
  });
}

function globalText(reader: NetCDFReader, name: string): string | undefined {
  const found = (reader.globalAttributes as Attribute[]).find((a) => a.name === name);
  return typeof found?.value === 'string' ? found.value.trim() : undefined;
}

/**
 * A gridded forecast from the bytes of a NetCDF classic (or 64-bit offset) file, as the forecast grid document:
 * - `lat`/`latitude` and `lon`/`longitude`: 1-D, evenly spaced cell centres (either direction);
 * - one variable per forecast field, named as the field (`precipMm`, `tminC`, … `tmaxNext3dC`), dimensions
 *   `(lat, lon)` or `(time, lat, lon)` — one time step for a field of the next 24 h, three for `tmaxNext3dC` —
 *   with a `units` attribute converted to the field's unit (K → ℃, m → mm, km/h → m/s, km → m);
 *   `_FillValue` / `missing_value` and NaN become no value; `scale_factor` / `add_offset` are applied;
 * - global attributes `issued_at` (ISO 8601) and optionally `source`.
 * Anything else is refused with a `GridInputError` naming the variable or attribute.
 */
export function readNetcdfForecast(bytes: Uint8Array, fallbackSource?: string): ForecastGrid {
  let reader: NetCDFReader;
  try {
    reader = new NetCDFReader(bytes);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new GridInputError('file', `not a readable NetCDF classic file (${why})`);
  }
  // netcdfjs leaves a list the file marks ABSENT undefined: read it as empty, so a file without variables or
  // dimensions is refused for what it lacks rather than crashing the reader.
  const header = reader.header as Partial<NetCDFReader['header']>;
  header.dimensions ??= [];
  header.variables ??= [];
  header.globalAttributes ??= [];
  const lat = coordinate(reader, ['lat', 'latitude'], bytes.byteLength);
  const lon = coordinate(reader, ['lon', 'longitude'], bytes.byteLength);
  const validTimes = new Set<string>();
  const fields: Record<string, unknown> = {};
  const days: Record<string, unknown> = {};
  for (const variable of reader.variables) {
    if (!forecastFields.includes(variable.name)) continue;
    const daily = variable.name === 'tmaxNext3dC';
    const dims = variable.dimensions;
    const path = variable.name;
    if (dims.length < 2 || dims.at(-2) !== lat.dimension || dims.at(-1) !== lon.dimension)
      throw new GridInputError(path, `expected dimensions (${lat.variable.name}, ${lon.variable.name}) last`);
    if (dims.length > 3 || (daily && dims.length !== 3))
      throw new GridInputError(path, daily ? 'expected dimensions (time, lat, lon)' : 'too many dimensions');
    let steps = 1;
    if (dims.length === 3) {
      const dim = reader.dimensions[dims[0]!];
      if (!dim) throw new GridInputError(path, `its first dimension (number ${dims[0]}) is not in the file`);
      const timeVar = reader.variables.find((v) => v.name === dim.name && v.dimensions.length === 1);
      if (!timeVar) throw new GridInputError(path, `its first dimension ${shown(dim.name)} has no time coordinate`);
      const at = times(reader, timeVar, bytes.byteLength);
      at.forEach((t) => validTimes.add(t));
      steps = at.length;
      const wanted = daily ? 3 : 1;
      if (steps !== wanted)
        throw new GridInputError(path, `expected ${wanted} time step${wanted > 1 ? 's' : ''}, got ${steps}`);
    }
    const units = attribute(variable, 'units');
    if (typeof units?.value !== 'string')
      throw new GridInputError(`${path}.units`, `missing; expected a unit of ${forecastUnits[path]!.unit}`);
    const convert = unitConversion(path, units.value);
    if (!convert)
      throw new GridInputError(
        `${path}.units`,
        `${JSON.stringify(units.value)} is not a unit of ${forecastUnits[path]!.unit} (accepted: ${Object.keys(forecastUnits[path]!.accepts).join(', ')})`,
      );
    const fills = ['_FillValue', 'missing_value']
      .map((n) => attribute(variable, n)?.value)
      .filter((v) => v !== undefined);
    const scale = Number(attribute(variable, 'scale_factor')?.value ?? 1);
    const offset = Number(attribute(variable, 'add_offset')?.value ?? 0);
    const flat = numbers(reader, variable, bytes.byteLength);
    const rows = lat.values.length;
    const cols = lon.values.length;
    if (flat.length !== steps * rows * cols)
      throw new GridInputError(path, `holds ${flat.length} values, expected ${steps * rows * cols}`);
    const grids = Array.from({ length: steps }, (_, s) =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => {
          const raw = flat[(s * rows + r) * cols + c]!;
          if (Number.isNaN(raw) || fills.includes(raw)) return null;
          const value = convert(raw * scale + offset);
          return Number.isFinite(value) ? Math.round(value * KEEP) / KEEP : null;
        }),
      ),
    );
    if (daily) days[path] = grids;
    else fields[path] = grids[0];
  }
  if (validTimes.size === 0)
    throw new GridInputError('time', 'no time dimension gives the valid time: expected fields over (time, lat, lon)');
  const issuedAt = globalText(reader, 'issued_at');
  if (issuedAt === undefined)
    throw new GridInputError('issued_at', 'missing global attribute: the issue time, ISO 8601 with its offset');
  return validateForecastGrid(
    {
      source: globalText(reader, 'source') ?? fallbackSource,
      issuedAt,
      validTimes: [...validTimes].sort(),
      grid: {
        lon0: lon.values[0]! - lon.step / 2,
        lat0: lat.values[0]! - lat.step / 2,
        dLon: lon.step,
        dLat: lat.step,
        cols: lon.values.length,
        rows: lat.values.length,
      },
      fields,
      days,
    },
    fallbackSource,
  );
}

import { writeNetcdf, type NcFile, type NcVariable } from './netcdf-writer.ts';

/** A small forecast grid over Ordos: 3 rows (north to south) × 4 columns of 0.25°, issued 2025-07-20 08:00 +08. */
export const sampleLats = [40.0, 39.75, 39.5];
export const sampleLons = [109.0, 109.25, 109.5, 109.75];
export const sampleIssuedAt = '2025-07-20T08:00:00+08:00';

const cells = sampleLats.length * sampleLons.length;
/** Precipitation in mm rising across the grid; the cell (1, 2) left without a value (fill). */
export const samplePrecipMm = Array.from({ length: cells }, (_, i) => (i === 6 ? -999 : 10 * i));

export interface SampleOptions {
  issuedAt?: string | null;
  source?: string;
  precipUnits?: string | null;
  /** Replaces or drops variables by name (null drops). */
  replace?: Record<string, NcVariable | null>;
  unlimitedTime?: boolean;
}

/** The NetCDF description of the sample forecast: precipitation, minimum temperature in K, gusts, 3-day maxima. */
export function sampleForecastNc(options: SampleOptions = {}): NcFile {
  const attributes: NcFile['attributes'] = { Conventions: 'CF-1.8', title: '鄂尔多斯格点预报' };
  if (options.issuedAt !== null) attributes.issued_at = options.issuedAt ?? sampleIssuedAt;
  if (options.source) attributes.source = options.source;
  const precipAttributes: NcVariable['attributes'] = { _FillValue: { type: 'float', values: [-999] } };
  if (options.precipUnits !== null) precipAttributes.units = options.precipUnits ?? 'mm';
  let variables: NcVariable[] = [
    {
      name: 'time',
      dimensions: ['time'],
      type: 'double',
      attributes: { units: 'hours since 2025-07-20 00:00:00' },
      values: [24],
    },
    {
      name: 'day',
      dimensions: ['day'],
      type: 'int',
      attributes: { units: 'days since 2025-07-20' },
      values: [1, 2, 3],
    },
    { name: 'lat', dimensions: ['lat'], type: 'float', attributes: { units: 'degrees_north' }, values: sampleLats },
    { name: 'lon', dimensions: ['lon'], type: 'float', attributes: { units: 'degrees_east' }, values: sampleLons },
    {
      name: 'precipMm',
      dimensions: ['time', 'lat', 'lon'],
      type: 'float',
      attributes: precipAttributes,
      values: samplePrecipMm,
    },
    {
      name: 'tminC',
      dimensions: ['time', 'lat', 'lon'],
      type: 'short',
      attributes: { units: 'K', scale_factor: 0.1, add_offset: 273.15 },
      values: Array.from({ length: cells }, (_, i) => 150 + i),
    },
    {
      name: 'windGustMs',
      dimensions: ['lat', 'lon'],
      type: 'double',
      attributes: { units: 'km/h' },
      values: Array(cells).fill(36),
    },
    {
      name: 'tmaxNext3dC',
      dimensions: ['day', 'lat', 'lon'],
      type: 'float',
      attributes: { units: 'degC' },
      values: Array.from({ length: 3 * cells }, (_, i) => 30 + Math.floor(i / cells)),
    },
  ];
  for (const [name, replacement] of Object.entries(options.replace ?? {})) {
    variables = variables.filter((v) => v.name !== name);
    if (replacement) variables.push(replacement);
  }
  return {
    dimensions: [
      { name: 'time', size: 1, unlimited: options.unlimitedTime },
      { name: 'day', size: 3 },
      { name: 'lat', size: sampleLats.length },
      { name: 'lon', size: sampleLons.length },
    ],
    attributes,
    variables,
  };
}

export const sampleForecastBytes = (options?: SampleOptions) => writeNetcdf(sampleForecastNc(options));

/** The same kind of forecast as the JSON grid: 2 × 2 cells of 0.5°, precipitation with one cell without a value. */
export const sampleForecastJson = (issuedAt = '2025-07-20T08:00:00+08:00', source = 'ec-city') => ({
  source,
  issuedAt,
  validTimes: ['2025-07-21T08:00:00+08:00'],
  grid: { lon0: 109, lat0: 39, dLon: 0.5, dLat: 0.5, cols: 2, rows: 2 },
  fields: {
    precipMm: [
      [60, null],
      [5, 0],
    ],
  },
});

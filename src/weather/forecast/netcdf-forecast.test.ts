import { describe, expect, it } from 'vitest';
import { sampleForecastBytes, sampleForecastNc, sampleLats, sampleLons } from '../../../test/support/forecast-files.ts';
import { writeNetcdf } from '../../../test/support/netcdf-writer.ts';
import { ForecastInputError } from './forecast-grid.ts';
import { readNetcdfForecast } from './netcdf-forecast.ts';

function refusal(bytes: Uint8Array): string {
  try {
    readNetcdfForecast(bytes, 'cma');
  } catch (error) {
    expect(error).toBeInstanceOf(ForecastInputError);
    return (error as Error).message;
  }
  throw new Error('the file was taken in');
}

describe('readNetcdfForecast', () => {
  it.each([false, true])(
    'reads a classic file (unlimited time: %s): grid, times, units, fill values',
    (unlimitedTime) => {
      const grid = readNetcdfForecast(sampleForecastBytes({ unlimitedTime }), 'cma');
      expect(grid.source).toBe('cma');
      expect(grid.issuedAt).toBe('2025-07-20T00:00:00.000Z');
      expect(grid.validTimes).toEqual([
        '2025-07-21T00:00:00.000Z',
        '2025-07-22T00:00:00.000Z',
        '2025-07-23T00:00:00.000Z',
      ]);
      // Cell centres 40.0 … 39.5 (north to south) and 109.0 … 109.75 become cell edges with a negative lat step.
      expect(grid.grid).toEqual({ lon0: 108.875, lat0: 40.125, dLon: 0.25, dLat: -0.25, cols: 4, rows: 3 });
      expect(grid.fields.precipMm![0]).toEqual([0, 10, 20, 30]);
      expect(grid.fields.precipMm![1]).toEqual([40, 50, null, 70]);
      expect(grid.fields.tminC![0]).toEqual([15, 15.1, 15.2, 15.3]); // packed K → ℃
      expect(grid.fields.windGustMs![2]![3]).toBe(10); // km/h → m/s
      expect(grid.days.tmaxNext3dC!.map((g) => g[0]![0])).toEqual([30, 31, 32]);
      expect(grid.fields.precipMm).toHaveLength(sampleLats.length);
      expect(grid.fields.precipMm![0]).toHaveLength(sampleLons.length);
    },
  );

  it('takes the source from the file when it names one', () => {
    expect(readNetcdfForecast(sampleForecastBytes({ source: 'nmc-grid' }), 'cma').source).toBe('nmc-grid');
  });

  it('refuses what is not a NetCDF classic file, naming why', () => {
    expect(refusal(Buffer.from('{"not":"netcdf"}'))).toMatch(/^file: not a readable NetCDF classic file/);
    const hdf5 = Buffer.concat([Buffer.from('\x89HDF\r\n\x1a\n', 'latin1'), Buffer.alloc(64)]);
    expect(refusal(hdf5)).toMatch(/^file: /);
  });

  it('refuses a truncated file', () => {
    const bytes = sampleForecastBytes();
    expect(refusal(bytes.subarray(0, bytes.length - 40))).toMatch(/beyond the end of the file|file: /);
    expect(refusal(bytes.subarray(0, 60))).toMatch(/^file: /);
  });

  it('refuses a file without lat or lon', () => {
    expect(refusal(sampleForecastBytes({ replace: { lat: null } }))).toMatch(/^lat: no coordinate variable/);
    expect(refusal(sampleForecastBytes({ replace: { lon: null } }))).toMatch(/^lon: no coordinate variable/);
  });

  it('refuses a file whose variable and dimension lists are absent, for what it lacks (found by the fuzz test)', () => {
    // "CDF\x01", no records, then the dimension, attribute and variable lists each marked ABSENT (two zero words).
    const absentLists = Buffer.concat([Buffer.from('CDF\x01', 'latin1'), Buffer.alloc(4 + 3 * 8)]);
    expect(refusal(absentLists)).toMatch(/^lat: no coordinate variable/);
  });

  it('quotes a name from the file that would break the one-line message', () => {
    const file = sampleForecastNc();
    const time = file.variables.find((v) => v.name === 'time')!;
    file.dimensions.find((d) => d.name === 'time')!.name = 'ti\nme';
    time.name = 'ti\nme';
    for (const v of file.variables) v.dimensions = v.dimensions.map((d) => (d === 'time' ? 'ti\nme' : d));
    time.attributes = { units: 'fortnights' };
    const message = refusal(writeNetcdf(file));
    expect(message).toMatch(/^"ti\\nme"\.units: expected/);
    expect(message).not.toContain('\n');
  });

  it('refuses wrong or missing units, naming the variable', () => {
    expect(refusal(sampleForecastBytes({ precipUnits: 'inch' }))).toMatch(
      /^precipMm\.units: "inch" is not a unit of mm/,
    );
    expect(refusal(sampleForecastBytes({ precipUnits: null }))).toMatch(/^precipMm\.units: missing/);
  });

  it('refuses a missing issue time and a field on the wrong grid', () => {
    expect(refusal(sampleForecastBytes({ issuedAt: null }))).toMatch(/^issued_at: missing global attribute/);
    const file = sampleForecastNc();
    const precip = file.variables.find((v) => v.name === 'precipMm')!;
    precip.dimensions = ['time', 'lon', 'lat'];
    expect(refusal(writeNetcdf(file))).toMatch(/^precipMm: expected dimensions \(lat, lon\) last/);
  });

  it('refuses an uneven coordinate and a negative amount', () => {
    const uneven = { name: 'lon', dimensions: ['lon'], type: 'float' as const, values: [109, 109.25, 109.6, 109.75] };
    expect(refusal(sampleForecastBytes({ replace: { lon: uneven } }))).toMatch(/^lon: not evenly spaced at index 2/);
    const file = sampleForecastNc();
    file.variables.find((v) => v.name === 'precipMm')!.values[0] = -5;
    expect(refusal(writeNetcdf(file))).toMatch(/^fields\.precipMm\[0\]\[0\]: must not be negative/);
  });
});

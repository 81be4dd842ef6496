import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleForecastBytes, sampleForecastJson, sampleForecastNc } from '../../../test/support/forecast-files.ts';
import { fuzzEntry, fuzzTimeout, jsonInputText, uniformFraction } from '../../../test/support/fuzz.ts';
import { writeNetcdf } from '../../../test/support/netcdf-writer.ts';
import { GridInputError } from '../grid/grid-units.ts';
import { validateForecastGrid } from './forecast-grid.ts';
import { readNetcdfForecast } from './netcdf-forecast.ts';

const samples = [sampleForecastBytes(), sampleForecastBytes({ unlimitedTime: true, source: 'ec' })];
/** Values that break readers: counts and sizes at the int32 limits, zero, negative, NaN as float bits. */
const oddWords = [0, 1, 3, 0x7fffffff, 0xffffffff, 0x80000000, 0x7fc00000, 0xff800000, 0x0a, 0x0b, 0x0c];

type ByteEdit = { kind: 'word' | 'byte' | 'truncate' | 'insert' | 'delete'; at: number; word: number; length: number };
const byteEdit: fc.Arbitrary<ByteEdit> = fc.record({
  kind: fc.constantFrom('word', 'word', 'byte', 'truncate', 'insert', 'delete'),
  at: uniformFraction,
  word: fc.oneof(fc.constantFrom(...oddWords), fc.integer({ min: 0, max: 0xffffffff })),
  length: fc.integer({ min: 1, max: 64 }),
});

function applyEdit(bytes: Buffer, { kind, at, word, length }: ByteEdit): Buffer {
  // Header fields are 4-byte aligned: an edit lands on a count, a size, an offset or a type as often as on data.
  const i = Math.min(bytes.length, Math.floor(at * bytes.length)) & ~3;
  const out = Buffer.from(bytes);
  switch (kind) {
    case 'word':
      if (i + 4 <= out.length) out.writeUInt32BE(word >>> 0, i);
      return out;
    case 'byte':
      if (i < out.length) out[i] = word & 0xff;
      return out;
    case 'truncate':
      return out.subarray(0, i);
    case 'insert':
      return Buffer.concat([out.subarray(0, i), Buffer.alloc(length, word & 0xff), out.subarray(i)]);
    case 'delete':
      return Buffer.concat([out.subarray(0, i), out.subarray(i + length)]);
  }
}

/** Well-formed files with odd content: units, coordinates, fill values and times a sender might get wrong. */
const oddFile = fc
  .record({
    units: fc.oneof(fc.constantFrom('K', 'mm', 'm', 'km/h', '', 'degF', 'hours since 2025-07-20'), fc.string()),
    lats: fc.array(fc.oneof(fc.double(), fc.constantFrom(40, 39.75, 39.5)), { minLength: 0, maxLength: 4 }),
    time: fc.oneof(fc.double(), fc.constantFrom(24, 1e300, -1e300)),
    timeUnits: fc.oneof(
      fc.constantFrom('hours since 2025-07-20 00:00:00', 'days since 1-1-1', 'hours since x'),
      fc.string(),
    ),
    fill: fc.double(),
  })
  .map(({ units, lats, time, timeUnits, fill }) => {
    const file = sampleForecastNc();
    file.dimensions.find((d) => d.name === 'lat')!.size = lats.length;
    for (const v of file.variables) {
      if (v.name === 'lat') v.values = lats;
      if (v.name === 'time') v.values = [time];
      if (v.name === 'time') v.attributes = { units: timeUnits };
      if (v.name === 'precipMm') v.attributes = { units, _FillValue: { type: 'float', values: [fill] } };
      // Keep every field the size its dimensions say: the file stays well-formed, only its content is odd.
      const cells = lats.length * 4;
      if (v.dimensions.includes('lat'))
        v.values = Array.from({ length: (v.name === 'tmaxNext3dC' ? 3 : 1) * cells }, (_, k) => k);
    }
    return writeNetcdf(file);
  });

describe('the NetCDF forecast reader under fuzzing (issue #13)', () => {
  it(
    'edited bytes and odd well-formed files: a valid grid or a GridInputError naming what is wrong, never a crash',
    async () => {
      const stats = await fuzzEntry({
        name: 'NetCDF forecast (readNetcdfForecast)',
        runs: 400,
        valid: samples,
        input: fc.oneof(
          {
            weight: 3,
            arbitrary: fc
              .tuple(fc.constantFrom(...samples), fc.array(byteEdit, { minLength: 1, maxLength: 4 }))
              .map(([bytes, edits]) => edits.reduce(applyEdit, bytes)),
          },
          {
            // One overwritten word leaves a readable file about half the time: the accepted side is exercised on
            // every seed, not only when several edits happen to miss the header.
            weight: 2,
            arbitrary: fc
              .tuple(fc.constantFrom(...samples), uniformFraction, fc.noBias(fc.integer({ min: 0, max: 0xffffffff })))
              .map(([bytes, at, word]) => applyEdit(bytes, { kind: 'word', at, word, length: 4 })),
          },
          { weight: 1, arbitrary: oddFile },
          {
            weight: 1,
            arbitrary: fc
              .uint8Array({ maxLength: 512 })
              .map((b) => Buffer.concat([Buffer.from('CDF\x01', 'latin1'), b])),
          },
        ),
        attempt: (bytes) => {
          const grid = readNetcdfForecast(bytes, 'fuzz');
          const { rows, cols } = grid.grid;
          for (const values of [...Object.values(grid.fields), ...Object.values(grid.days).flat()]) {
            expect(values).toHaveLength(rows);
            for (const row of values) {
              expect(row).toHaveLength(cols);
              for (const v of row) if (v !== null) expect(Number.isFinite(v)).toBe(true);
            }
          }
          expect(grid.validTimes.length).toBeGreaterThan(0);
        },
        isRefusal: (error) =>
          error instanceof GridInputError &&
          /^([\w.$[\]]+|"(?:[^"\\]|\\.)*"[\w.[\]]*): \S/.test(error.message) &&
          !error.message.includes('\n'),
      });
      expect(stats.refused).toBeGreaterThan(0);
      expect(stats.accepted).toBeGreaterThan(0);
    },
    fuzzTimeout(400),
  );

  it(
    'the JSON grid, edited: a valid grid or a GridInputError with its path',
    async () => {
      const stats = await fuzzEntry({
        name: 'JSON forecast grid (validateForecastGrid)',
        runs: 300,
        input: jsonInputText([sampleForecastJson(), readNetcdfForecast(samples[0]!, 'cma')]),
        attempt: (text) => {
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            return; // not JSON: the transports refuse it before the grid is read
          }
          const grid = validateForecastGrid(json);
          for (const values of Object.values(grid.fields)) expect(values).toHaveLength(grid.grid.rows);
        },
        isRefusal: (error) => error instanceof GridInputError && !error.message.includes('\n'),
      });
      expect(stats.refused).toBeGreaterThan(0);
    },
    fuzzTimeout(300),
  );
});

import { describe, expect, it } from 'vitest';
import { clipGridToDivisions, type GridSpec } from '../../geo/grid.ts';
import type { Division, MultiPolygon } from '../../geo/types.ts';
import { gradeTables } from '../grading/grade.ts';
import { shippedPlan } from '../../../test/factories/situation.ts';
import { gridGradingInput } from './grid-input.ts';
import { GridInputError, gridUnits } from './grid-units.ts';

// A 4 × 2 grid of 0.01° cells; the "city" covers the western half of it (columns 0 and 1) and half of column 2.
const spec: GridSpec = { lon0: 110, lat0: 40, dLon: 0.01, dLat: 0.01, cols: 4, rows: 2 };
const square: MultiPolygon = [
  [
    [
      [110, 40],
      [110.025, 40],
      [110.025, 40.02],
      [110, 40.02],
      [110, 40],
    ],
  ],
];
const city: Division = { code: '150602', name: '东胜区', areaKm2: 0, geometry: square, geometryGcj02: square };
const cells = clipGridToDivisions(spec, [city]);
const rows = (values: Array<Array<number | null>>) => values;

describe('gridded forecasts as area units', () => {
  it('one unit per cell inside the city, weighted by its area inside, named r<row>c<col>', () => {
    const table = gridUnits(cells, {
      fields: {
        'forecast.precipMm': rows([
          [1, 2, 3, 4],
          [5, 6, 7, 8],
        ]),
      },
    });
    expect(table.size).toBe(6);
    expect(Array.from({ length: table.size }, (_, i) => table.idOf(i))).toEqual([
      'r0c0',
      'r0c1',
      'r0c2',
      'r1c0',
      'r1c1',
      'r1c2',
    ]);
    expect(Array.from(table.numbers.get('forecast.precipMm')!)).toEqual([1, 2, 3, 5, 6, 7]);
    const area = table.weights.area!;
    expect(area[2]! / area[0]!).toBeCloseTo(0.5, 3);
  });

  it('8.2.2: a gridded rain forecast is graded by area: full cells in rain make 80% of the city → Ⅰ', () => {
    const forecast = {
      fields: {
        'forecast.precipMm': rows([
          [120, 120, 0, 0],
          [120, 120, 0, 0],
        ]),
      },
    };
    const result = gradeTables(
      gridGradingInput({ at: '2025-07-20T08:00:00+08:00', cells, forecast }),
      shippedPlan(),
      '2025-07-20T08:00:00+08:00',
    );
    expect(result.hazards.rainstorm).toMatchObject({ level: 'I', route: 'forecast-area' });
    expect(result.hazards.rainstorm.evidence[0]!.share).toBeCloseTo(0.8, 3);
    expect(result.hazards.rainstorm.evidence[0]!.met).toEqual({ count: 4, ids: ['r0c0', 'r0c1', 'r1c0', 'r1c1'] });
    // The forecast gives nothing else: every other hazard is insufficient data, not "no hazard".
    for (const hazard of ['snowstorm', 'coldWave', 'gale', 'highTemperature', 'fog'] as const) {
      expect(result.hazards[hazard]).toMatchObject({ level: null, status: 'insufficient-data', coverage: 0 });
    }
  });

  it('null and NaN are no value, except a null visibility, which is a valid "no fog"', () => {
    const table = gridUnits(cells, {
      fields: {
        'forecast.precipMm': rows([
          [null, Number.NaN, 1, 1],
          [1, 1, 1, 1],
        ]),
        'forecast.fogVisibilityM': rows([
          [null, 300, null, null],
          [null, null, null, null],
        ]),
      },
    });
    expect(Array.from(table.numbers.get('forecast.precipMm')!).map(Number.isNaN)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(Array.from(table.numbers.get('forecast.fogVisibilityM')!)).toEqual([
      Infinity,
      300,
      Infinity,
      Infinity,
      Infinity,
      Infinity,
    ]);
  });

  it('daily fields take one grid per day; a cell missing a day has no list', () => {
    const day = (value: number | null) =>
      rows([
        [value, 36, 36, 36],
        [36, 36, 36, 36],
      ]);
    const table = gridUnits(cells, { fields: {}, days: { 'forecast.tmaxNext3dC': [day(36), day(null), day(36)] } });
    const series = table.days.get('forecast.tmaxNext3dC')!;
    expect(Array.from(series.offsets)).toEqual([0, 0, 3, 6, 9, 12, 15]);
  });

  it('8.2.1: agricultural shares weight drought by farmed area', () => {
    const table = gridUnits(cells, {
      fields: {},
      agriShare: rows([
        [0.5, 0, 0, 0],
        [0, 0, 0, 0],
      ]),
    });
    expect(table.weights.agriArea![0]! / table.weights.area![0]!).toBeCloseTo(0.5, 5);
    expect(table.weights.agriArea![1]).toBe(0);
  });

  it('refuses a grid of the wrong shape or an unknown field, naming where', () => {
    expect(() => gridUnits(cells, { fields: { 'forecast.precipMm': rows([[1, 2, 3, 4]]) } })).toThrow(
      new GridInputError('fields.forecast.precipMm', 'expected 2 rows, got 1'),
    );
    expect(() =>
      gridUnits(cells, {
        fields: {
          'forecast.precipMm': rows([
            [1, 2, 3, 4],
            [1, 2, 3],
          ]),
        },
      }),
    ).toThrow(/fields\.forecast\.precipMm\[1\]: expected 4 values, got 3/);
    expect(() =>
      gridUnits(cells, {
        fields: {
          'forecast.rainMm': rows([
            [1, 2, 3, 4],
            [1, 2, 3, 4],
          ]),
        } as never,
      }),
    ).toThrow(/fields\.forecast\.rainMm: not a field of an area unit/);
    expect(() =>
      gridUnits(cells, {
        fields: {},
        agriShare: rows([
          [2, 0, 0, 0],
          [0, 0, 0, 0],
        ]),
      }),
    ).toThrow(/agriShare\[0\]\[0\]: expected a share between 0 and 1/);
  });
});

import { describe, expect, it } from 'vitest';
import { sampleForecastJson } from '../../../test/support/forecast-files.ts';
import { ForecastInputError, griddedForecast, validateForecastGrid } from './forecast-grid.ts';

const sample = () => ({
  ...sampleForecastJson(),
  days: {
    tmaxNext3dC: [
      [
        [30, 31],
        [32, 33],
      ],
      [
        [30, 31],
        [32, 33],
      ],
      [
        [35, 36],
        [37, 38],
      ],
    ],
  },
});

function refusal(input: unknown): string {
  try {
    validateForecastGrid(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ForecastInputError);
    return (error as Error).message;
  }
  throw new Error('the grid was taken in');
}

describe('validateForecastGrid', () => {
  it('takes a JSON grid in, times in UTC, and gives it to the grid grading under the situation names', () => {
    const grid = validateForecastGrid(sample());
    expect(grid.issuedAt).toBe('2025-07-20T00:00:00.000Z');
    expect(grid.validTimes).toEqual(['2025-07-21T00:00:00.000Z']);
    const forecast = griddedForecast(grid);
    expect(forecast.fields['forecast.precipMm']).toEqual([
      [60, null],
      [5, 0],
    ]);
    expect(forecast.days!['forecast.tmaxNext3dC']).toHaveLength(3);
  });

  it('fills a missing source from the path it came by', () => {
    expect(validateForecastGrid({ ...sample(), source: undefined }, 'nats-feed').source).toBe('nats-feed');
  });

  it.each([
    [{ ...sample(), issuedAt: '2025-07-20 08:00' }, /^issuedAt: expected an ISO 8601 time/],
    [{ ...sample(), validTimes: [] }, /^validTimes: expected a list/],
    [{ ...sample(), grid: { ...sample().grid, rows: 0 } }, /^grid\.rows: expected a positive whole number/],
    [{ ...sample(), fields: { precipMm: [[1, 2]] } }, /^fields\.precipMm: expected 2 rows/],
    [
      {
        ...sample(),
        fields: {
          precipMm: [
            [1, 2],
            [3, 'x'],
          ],
        },
      },
      /^fields\.precipMm\[1\]\[1\]: expected a number/,
    ],
    [
      {
        ...sample(),
        fields: {
          rainfall: [
            [1, 2],
            [3, 4],
          ],
        },
      },
      /^fields\.rainfall: not a forecast field/,
    ],
    [
      {
        ...sample(),
        fields: {
          windGustMs: [
            [1, -2],
            [3, 4],
          ],
        },
      },
      /^fields\.windGustMs\[0\]\[1\]: must not be negative/,
    ],
    [{ ...sample(), days: { tmaxNext3dC: [] } }, /^days\.tmaxNext3dC: expected a list of 3 daily grids/],
    [{ ...sample(), fields: {}, days: {} }, /^fields: no forecast field/],
    [{ ...sample(), source: 'a b' }, /^source: expected a name/],
    [[1, 2], /^\$: expected a JSON object/],
  ])('refuses a bad grid with the path of what is wrong (%#)', (input, message) => {
    expect(refusal(input)).toMatch(message);
  });
});

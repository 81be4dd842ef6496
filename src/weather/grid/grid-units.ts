import type { GridCells } from '../../geo/grid.ts';
import { unitFields, type UnitField } from '../../plans/meteo/situation-fields.ts';
import { squareMetres, storedValue, type DaySeries, type MeasureTable } from '../grading/measure-table.ts';

/** Values of one field over the grid: `rows[row][col]`, rows and columns as the grid's spec numbers them. */
export type GridValues = ReadonlyArray<ArrayLike<number | string | null>>;

/**
 * A gridded forecast (or analysis of observations) over the grid of `cells.spec`. Values follow the situation's
 * rules: a number, or null / NaN for no value; a null visibility is a valid "no fog/sand" there.
 */
export interface GriddedForecast {
  /** One grid per field, for the fields of single values (`forecast.precipMm`, `observed.droughtGrade` …). */
  fields: Partial<Record<UnitField, GridValues>>;
  /** One grid per day for the daily fields (`forecast.tmaxNext3dC`, `observed.tmaxPastDaysC`, oldest first). */
  days?: Partial<Record<UnitField, readonly GridValues[]>>;
  /** Share (0–1) of each cell that is agricultural or pastoral land, for drought's share of agricultural area. */
  agriShare?: GridValues;
}

/** A gridded input that does not fit its grid, with where: `fields.forecast.precipMm[12]`. */
export class GridInputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'GridInputError';
  }
}

function checkShape(values: GridValues, cells: GridCells, path: string): void {
  const { rows, cols } = cells.spec;
  if (values.length !== rows) throw new GridInputError(path, `expected ${rows} rows, got ${values.length}`);
  values.forEach((row, r) => {
    if (row.length !== cols) throw new GridInputError(`${path}[${r}]`, `expected ${cols} values, got ${row.length}`);
  });
}

function sample(
  values: GridValues,
  cells: GridCells,
  store: (value: number | string | null, cell: number) => void,
): void {
  for (let i = 0; i < cells.count; i++) store(values[cells.rows[i]!]![cells.cols[i]!]!, i);
}

/**
 * One list per cell, a value per day. A cell missing any day gets no list (no valid value): the rule could
 * not tell which of its days are consecutive.
 */
function dailySeries(grids: readonly GridValues[], cells: GridCells, path: string): DaySeries {
  grids.forEach((grid, d) => checkShape(grid, cells, `${path}[${d}]`));
  const offsets = new Int32Array(cells.count + 1);
  const values = new Float64Array(cells.count * grids.length);
  let length = 0;
  for (let i = 0; i < cells.count; i++) {
    offsets[i] = length;
    const row = cells.rows[i]!;
    const col = cells.cols[i]!;
    const list = grids.map((grid) => grid[row]![col]);
    if (list.every((value) => typeof value === 'number' && !Number.isNaN(value))) {
      values.set(list as number[], length);
      length += list.length;
    }
  }
  offsets[cells.count] = length;
  return { offsets, values: values.slice(0, length) };
}

/**
 * Grid cells clipped to the city (`clipGridToDivisions`, cached per grid) with a gridded forecast sampled onto
 * them: one area unit per cell, weighted by the cell's area inside the city.
 */
export function gridUnits(cells: GridCells, forecast: GriddedForecast): MeasureTable {
  const numbers = new Map<string, Float64Array>();
  const days = new Map<string, DaySeries>();
  for (const [field, values] of Object.entries(forecast.fields) as Array<[UnitField, GridValues]>) {
    const info = unitFields[field];
    if (!info) throw new GridInputError(`fields.${field}`, 'not a field of an area unit');
    if (info.kind === 'past-days' || info.kind === 'next-days')
      throw new GridInputError(`fields.${field}`, 'a daily field goes in days');
    checkShape(values, cells, `fields.${field}`);
    const column = new Float64Array(cells.count);
    sample(values, cells, (value, i) => {
      column[i] = storedValue(value, info.kind, 'scale' in info ? info.scale : undefined);
    });
    numbers.set(field, column);
  }
  for (const [field, grids] of Object.entries(forecast.days ?? {}) as Array<[UnitField, readonly GridValues[]]>) {
    const info = unitFields[field];
    if (!info || (info.kind !== 'past-days' && info.kind !== 'next-days'))
      throw new GridInputError(`days.${field}`, 'not a daily field');
    days.set(field, dailySeries(grids, cells, `days.${field}`));
  }
  const area = new Float64Array(cells.count);
  const agriArea = new Float64Array(cells.count);
  for (let i = 0; i < cells.count; i++) area[i] = squareMetres(cells.areaKm2[i]!);
  if (forecast.agriShare) {
    checkShape(forecast.agriShare, cells, 'agriShare');
    sample(forecast.agriShare, cells, (share, i) => {
      if (typeof share !== 'number' || !(share >= 0 && share <= 1))
        throw new GridInputError(`agriShare[${cells.rows[i]}][${cells.cols[i]}]`, 'expected a share between 0 and 1');
      agriArea[i] = squareMetres(cells.areaKm2[i]! * share);
    });
  }
  return {
    size: cells.count,
    idOf: (i) => `r${cells.rows[i]}c${cells.cols[i]}`,
    numbers,
    days,
    weights: { area, agriArea },
  };
}

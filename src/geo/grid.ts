import { GeoDataError } from './data-error.ts';
import { scanCells, type RingPiece } from './grid-scan.ts';
import { flatSignedArea, type FlatRing } from './polygon-clip.ts';
import type { Division, Geography } from './types.ts';
import { authalicRadiusSquaredKm2, authalicSine, DEG } from './wgs84.ts';

/**
 * A regular latitude/longitude grid: cell (row, col) spans [lon0 + col·dLon, lon0 + (col+1)·dLon] ×
 * [lat0 + row·dLat, lat0 + (row+1)·dLat]. A negative step (rows running north to south, as in many forecast
 * files) is allowed; indices always follow the spec.
 */
export interface GridSpec {
  lon0: number;
  lat0: number;
  dLon: number;
  dLat: number;
  cols: number;
  rows: number;
}

/**
 * The cells of a grid that cover part of the city, in ascending (row, col) order, as parallel typed arrays so
 * that ~10⁵ cells cost a few megabytes and can be scanned without allocation.
 */
export interface GridCells {
  readonly spec: GridSpec;
  readonly count: number;
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  /** Geodesic area (WGS84, km²) of the part of the cell inside the city. */
  readonly areaKm2: Float64Array;
  /** Index into `divisionCodes` (the order of the divisions given) of the division holding most of the cell. */
  readonly division: Int32Array;
  readonly divisionCodes: readonly string[];
  /** `r<row>c<col>` per cell, built on first call. */
  ids(): readonly string[];
}

const specKeys = ['lon0', 'lat0', 'dLon', 'dLat', 'cols', 'rows'] as const;

export function validateGridSpec(spec: GridSpec): void {
  for (const key of specKeys) {
    if (!Number.isFinite(spec[key])) throw new GeoDataError(`grid.${key}`, `must be a finite number, got ${spec[key]}`);
  }
  for (const key of ['cols', 'rows'] as const) {
    if (!Number.isInteger(spec[key]) || spec[key] < 1)
      throw new GeoDataError(`grid.${key}`, `must be a positive integer, got ${spec[key]}`);
  }
  if (spec.dLon === 0) throw new GeoDataError('grid.dLon', 'must not be 0');
  if (spec.dLat === 0) throw new GeoDataError('grid.dLat', 'must not be 0');
  const lats = [spec.lat0, spec.lat0 + spec.rows * spec.dLat];
  if (lats.some((lat) => lat < -90 || lat > 90))
    throw new GeoDataError('grid', `latitudes ${lats.join(' to ')} leave [-90, 90]`);
  if (Math.abs(spec.cols * spec.dLon) > 360) throw new GeoDataError('grid', 'spans more than 360° of longitude');
}

/** Area of a whole cell of the given row, km²: exact on the ellipsoid, cells being bounded by parallels. */
export function gridCellAreaKm2(spec: GridSpec, row: number): number {
  const south = spec.lat0 + row * spec.dLat;
  return Math.abs(spec.dLon * DEG * (authalicSine(south + spec.dLat) - authalicSine(south))) * authalicRadiusSquaredKm2;
}

/** Relative to a whole cell, areas below this are rounding left over where a border only grazes a cell. */
const negligibleShare = 1e-9;

function projectRings(divisions: readonly Division[]): { pieces: RingPiece[]; latMin: number; latMax: number } {
  const pieces: RingPiece[] = [];
  let latMin = Infinity;
  let latMax = -Infinity;
  divisions.forEach((division, index) => {
    for (const polygon of division.geometry) {
      polygon.forEach((ring, ringIndex) => {
        const flat: FlatRing = [];
        // Flat rings are open: a closing position that repeats the first is left out.
        const [first, last] = [ring[0], ring.at(-1)];
        const closed = ring.length > 1 && first![0] === last![0] && first![1] === last![1];
        for (const [lon, lat] of closed ? ring.slice(0, -1) : ring) {
          flat.push(lon * DEG, authalicSine(lat));
          latMin = Math.min(latMin, lat);
          latMax = Math.max(latMax, lat);
        }
        const orientation = Math.sign(flatSignedArea(flat));
        pieces.push({ ring: flat, weight: ringIndex === 0 ? orientation : -orientation, division: index });
      });
    }
  });
  return { pieces, latMin, latMax };
}

/**
 * The cells of `spec` that cover part of the divisions, each with the geodesic area of that part and the division
 * holding most of it. Divisions are expected not to overlap (they tile the city); where they do, a cell counts both.
 */
export function clipGridToDivisions(spec: GridSpec, divisions: readonly Division[]): GridCells {
  validateGridSpec(spec);
  const flipCols = spec.dLon < 0;
  const flipRows = spec.dLat < 0;
  // Scanning runs on ascending axes; indices are mapped back to the spec's at the end.
  const lon0 = flipCols ? spec.lon0 + spec.cols * spec.dLon : spec.lon0;
  const lat0 = flipRows ? spec.lat0 + spec.rows * spec.dLat : spec.lat0;
  const dLon = Math.abs(spec.dLon);
  const dLat = Math.abs(spec.dLat);
  const yLines = new Float64Array(spec.rows + 1);
  for (let r = 0; r <= spec.rows; r++) yLines[r] = authalicSine(lat0 + r * dLat);

  const { pieces, latMin, latMax } = projectRings(divisions);
  const rowStart = Math.max(0, Math.floor((latMin - lat0) / dLat));
  const rowEnd = Math.min(spec.rows, Math.floor((latMax - lat0) / dLat) + 1);
  const found = new CellBuffer();
  // Read once: the sink runs per cell, and an imported binding is a property read each time under a loader.
  const km2 = authalicRadiusSquaredKm2;
  const dx = dLon * DEG;
  if (rowStart < rowEnd) {
    scanCells({ x0: lon0 * DEG, dx, cols: spec.cols, yLines }, pieces, rowStart, rowEnd, (row, col, area, division) => {
      if (area <= negligibleShare * dx * (yLines[row + 1]! - yLines[row]!)) return;
      found.push(flipRows ? spec.rows - 1 - row : row, flipCols ? spec.cols - 1 - col : col, area * km2, division);
    });
  }
  const arrays = found.toArrays();
  return gridCells(
    spec,
    divisions.map((division) => division.code),
    flipRows || flipCols ? sortedByRowCol(arrays) : arrays,
  );
}

interface CellArrays {
  rows: Int32Array;
  cols: Int32Array;
  areaKm2: Float64Array;
  division: Int32Array;
}

/** Typed arrays grown by doubling: a 0.01° grid yields ~10⁵ cells, too many for arrays of boxed numbers. */
class CellBuffer {
  private length = 0;
  private arrays: CellArrays = CellBuffer.allocate(4096);

  private static allocate(capacity: number): CellArrays {
    return {
      rows: new Int32Array(capacity),
      cols: new Int32Array(capacity),
      areaKm2: new Float64Array(capacity),
      division: new Int32Array(capacity),
    };
  }

  push(row: number, col: number, areaKm2: number, division: number): void {
    if (this.length === this.arrays.rows.length) {
      const grown = CellBuffer.allocate(this.length * 2);
      grown.rows.set(this.arrays.rows);
      grown.cols.set(this.arrays.cols);
      grown.areaKm2.set(this.arrays.areaKm2);
      grown.division.set(this.arrays.division);
      this.arrays = grown;
    }
    const i = this.length++;
    this.arrays.rows[i] = row;
    this.arrays.cols[i] = col;
    this.arrays.areaKm2[i] = areaKm2;
    this.arrays.division[i] = division;
  }

  toArrays(): CellArrays {
    const { rows, cols, areaKm2, division } = this.arrays;
    const n = this.length;
    return {
      rows: rows.slice(0, n),
      cols: cols.slice(0, n),
      areaKm2: areaKm2.slice(0, n),
      division: division.slice(0, n),
    };
  }
}

/** With a reversed axis the scan emits cells out of the spec's (row, col) order. */
function sortedByRowCol(arrays: CellArrays): CellArrays {
  const order = Uint32Array.from(arrays.rows.keys()).sort(
    (a, b) => arrays.rows[a]! - arrays.rows[b]! || arrays.cols[a]! - arrays.cols[b]!,
  );
  return {
    rows: arrays.rows.map((_, i) => arrays.rows[order[i]!]!),
    cols: arrays.cols.map((_, i) => arrays.cols[order[i]!]!),
    areaKm2: arrays.areaKm2.map((_, i) => arrays.areaKm2[order[i]!]!),
    division: arrays.division.map((_, i) => arrays.division[order[i]!]!),
  };
}

function gridCells(spec: GridSpec, divisionCodes: readonly string[], arrays: CellArrays): GridCells {
  let ids: readonly string[] | undefined;
  return {
    spec: { ...spec },
    count: arrays.rows.length,
    ...arrays,
    divisionCodes,
    ids: () => (ids ??= Array.from(arrays.rows, (row, i) => `r${row}c${arrays.cols[i]!}`)),
  };
}

/**
 * Grid cells computed once per (geography, grid): the geography is held weakly, so a reloaded geography
 * starts afresh and an old one can be collected.
 */
export class GridCellsCache {
  private readonly byGeography = new WeakMap<Geography, Map<string, GridCells>>();

  get(geography: Geography, spec: GridSpec): GridCells {
    let bySpec = this.byGeography.get(geography);
    if (!bySpec) {
      bySpec = new Map();
      this.byGeography.set(geography, bySpec);
    }
    const key = specKeys.map((k) => spec[k]).join(',');
    let cells = bySpec.get(key);
    if (!cells) {
      cells = clipGridToDivisions(spec, geography.divisions);
      bySpec.set(key, cells);
    }
    return cells;
  }
}

export const gridCellsCache = new GridCellsCache();

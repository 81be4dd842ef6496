import { clipHalfPlane, clipSlab, flatSignedArea, X, Y, type FlatRing } from './polygon-clip.ts';

/**
 * One ring of one division, projected to the cylindrical equal-area plane of the authalic sphere
 * (x = λ in radians, y = sin β): grid cells are rectangles there and areas are exact ellipsoidal areas up to a
 * constant. `weight` makes its signed area count positive for outer rings and negative for holes.
 */
export interface RingPiece {
  ring: FlatRing;
  weight: number;
  division: number;
}

/** A grid with ascending axes in the projected plane: column lines at x0 + c·dx, row lines at yLines[r]. */
export interface ScanGrid {
  x0: number;
  dx: number;
  cols: number;
  yLines: Float64Array;
}

/** Receives one cell: its area in plane units (not yet km²) and the division with the largest share of it. */
export type CellSink = (row: number, col: number, area: number, division: number) => void;

/**
 * Visits every cell the pieces cover, row by row, columns ascending.
 *
 * Complexity, for V vertices, R rows spanned, K cells crossed by an edge and F cells wholly inside:
 * the rows are found by bisection (each level cuts every piece once), O((V + K) log R); in each row the edges
 * mark the boundary columns, which are clipped against their cell, O(K · b) with b the vertex count of a
 * piece within one row (tens); the columns between the crossings of the row's middle line that no edge
 * touches are wholly inside and take the full cell area, O(F). Clipping every cell against every polygon
 * would cost O(R · C · V), about 10⁴ times more for a 0.01° grid over Ordos.
 */
export function scanCells(grid: ScanGrid, pieces: RingPiece[], rowStart: number, rowEnd: number, sink: CellSink): void {
  const rowScan = new RowScan(grid, sink);
  const start = pieces
    .map((piece) => ({ ...piece, ring: clipSlab(piece.ring, Y, grid.yLines[rowStart]!, grid.yLines[rowEnd]!) }))
    .filter((piece) => piece.ring.length > 0);
  bisectRows(grid, start, rowStart, rowEnd, rowScan);
}

function bisectRows(grid: ScanGrid, pieces: RingPiece[], rowLo: number, rowHi: number, rowScan: RowScan): void {
  if (pieces.length === 0) return;
  if (rowHi - rowLo === 1) {
    rowScan.scan(rowLo, pieces);
    return;
  }
  const mid = (rowLo + rowHi) >>> 1;
  const cut = grid.yLines[mid]!;
  const lower: RingPiece[] = [];
  const upper: RingPiece[] = [];
  for (const piece of pieces) {
    const below = clipHalfPlane(piece.ring, Y, cut, true);
    if (below.length > 0) lower.push({ ...piece, ring: below });
    const above = clipHalfPlane(piece.ring, Y, cut, false);
    if (above.length > 0) upper.push({ ...piece, ring: above });
  }
  bisectRows(grid, lower, rowLo, mid, rowScan);
  bisectRows(grid, upper, mid, rowHi, rowScan);
}

/** Scratch space for one row, reused for every row: per-column sums and the best division so far. */
class RowScan {
  private readonly marked: Uint8Array;
  private readonly markedCols: number[] = [];
  private readonly total: Float64Array;
  private readonly best: Float64Array;
  private readonly bestDivision: Int32Array;
  private readonly touched: Uint8Array;
  // The span of touched columns; walking it in order needs no sort.
  private firstCol = Infinity;
  private lastCol = -Infinity;

  constructor(
    private readonly grid: ScanGrid,
    private readonly sink: CellSink,
  ) {
    this.marked = new Uint8Array(grid.cols);
    this.total = new Float64Array(grid.cols);
    this.best = new Float64Array(grid.cols);
    this.bestDivision = new Int32Array(grid.cols);
    this.touched = new Uint8Array(grid.cols);
  }

  /** Pieces arrive grouped by division (the bisection keeps their order). */
  scan(row: number, pieces: RingPiece[]): void {
    let from = 0;
    for (let i = 1; i <= pieces.length; i++) {
      if (i === pieces.length || pieces[i]!.division !== pieces[from]!.division) {
        this.scanDivision(row, pieces.slice(from, i));
        from = i;
      }
    }
    for (let col = this.firstCol; col <= this.lastCol; col++) {
      if (this.touched[col] === 0) continue;
      this.sink(row, col, this.total[col]!, this.bestDivision[col]!);
      this.total[col] = 0;
      this.best[col] = 0;
      this.touched[col] = 0;
    }
    this.firstCol = Infinity;
    this.lastCol = -Infinity;
  }

  private scanDivision(row: number, pieces: RingPiece[]): void {
    const { x0, dx, cols, yLines } = this.grid;
    const yLo = yLines[row]!;
    const yHi = yLines[row + 1]!;
    const yMid = (yLo + yHi) / 2;
    const crossings: number[] = [];
    for (const { ring } of pieces) {
      const n = ring.length;
      for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
        const ax = ring[j]!,
          ay = ring[j + 1]!,
          bx = ring[i]!,
          by = ring[i + 1]!;
        if (ay > yMid !== by > yMid) crossings.push(ax + ((yMid - ay) * (bx - ax)) / (by - ay));
        // Edges along the row's bounding lines are bisection cuts (or lie on a cell border): they split no cell.
        if (ay === by && (ay === yLo || ay === yHi)) continue;
        const c0 = Math.max(0, Math.floor((Math.min(ax, bx) - x0) / dx));
        const c1 = Math.min(cols - 1, Math.floor((Math.max(ax, bx) - x0) / dx));
        for (let c = c0; c <= c1; c++) {
          if (this.marked[c] === 0) {
            this.marked[c] = 1;
            this.markedCols.push(c);
          }
        }
      }
    }
    crossings.sort((a, b) => a - b);
    const fullArea = dx * (yHi - yLo);
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      // Columns whose centre lies between a pair of crossings and that no edge enters are wholly inside.
      const c0 = Math.max(0, Math.ceil((crossings[k]! - x0) / dx - 0.5));
      const c1 = Math.min(cols - 1, Math.floor((crossings[k + 1]! - x0) / dx - 0.5));
      for (let c = c0; c <= c1; c++) if (this.marked[c] === 0) this.add(c, fullArea, pieces[0]!.division);
    }
    for (const c of this.markedCols) {
      let area = 0;
      for (const piece of pieces) {
        area += piece.weight * flatSignedArea(clipSlab(piece.ring, X, x0 + c * dx, x0 + (c + 1) * dx));
      }
      if (area > 0) this.add(c, area, pieces[0]!.division);
      this.marked[c] = 0;
    }
    this.markedCols.length = 0;
  }

  private add(col: number, area: number, division: number): void {
    if (this.touched[col] === 0) {
      this.touched[col] = 1;
      if (col < this.firstCol) this.firstCol = col;
      if (col > this.lastCol) this.lastCol = col;
    }
    this.total[col] = this.total[col]! + area;
    if (area > this.best[col]!) {
      this.best[col] = area;
      this.bestDivision[col] = division;
    }
  }
}

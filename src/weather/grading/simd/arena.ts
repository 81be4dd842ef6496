import { dayKernelName, kernelName, maxParts, maxSteps } from './kernel-source.ts';
import { kernelsWasm } from './kernels-wasm.ts';
import type { DaySeries } from '../measure-table.ts';
import { isObserved } from '../day-scales.ts';
import type { Scale } from '../scales.ts';

/**
 * A condition in the kernels' terms: per part a column and its sign, per step the bound of each part (as
 * `sign · value ≥ bound`), the parts joined by all or any. Each step is summed on its own, so steps need not
 * nest (a scale's limits, a family's members).
 */
export interface KernelCondition {
  columns: ReadonlyArray<Float64Array | Resident>;
  signs: readonly number[];
  steps: ReadonlyArray<readonly number[]>;
  any: boolean;
}

/** A column the kernels wrote, left in their memory until some reading needs it as an array (`read`). */
export interface Resident {
  readonly at: number;
  readonly length: number;
}

/** Weight and number of units: [0] valid for the condition, [k] meeting step k − 1. */
export interface StepTotals {
  weight: Float64Array;
  count: Float64Array;
}

/** Conditions of one to `maxParts` parts run in the kernels; any number of steps (`maxSteps` per pass). */
export function fitsKernels(parts: number): boolean {
  return parts >= 1 && parts <= maxParts;
}

type Kernel = (...args: number[]) => void;

interface Kernels {
  memory: WebAssembly.Memory;
  byName: Map<string, Kernel>;
}

let loaded: Kernels | undefined;

function kernels(): Kernels {
  if (loaded) return loaded;
  const binary = Uint8Array.from(atob(kernelsWasm), (char) => char.charCodeAt(0));
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(binary), {});
  const byName = new Map(
    Object.entries(exports).filter(([, value]) => typeof value === 'function') as Array<[string, Kernel]>,
  );
  loaded = { memory: exports.memory as WebAssembly.Memory, byName };
  return loaded;
}

/** The size of the kernels' memory: it grows to the largest grading seen and is kept. */
export function kernelMemoryBytes(): number {
  return loaded ? loaded.memory.buffer.byteLength : 0;
}

/** Where the kernels write their sums; columns follow. */
const outBytes = 1024;
const pageBytes = 65536;
let generation = 0;

/**
 * The columns of one grading in the kernels' memory, each copied once however many conditions read it. One
 * grading runs at a time (it is synchronous), so each arena starts the memory afresh; an older arena refuses
 * to be used again rather than read columns that are no longer there.
 */
export class KernelArena {
  private readonly placed = new Map<Float64Array | Int32Array, { at: number; padding: number }>();
  private readonly copies = new Map<Resident, Float64Array>();
  private top = outBytes;
  private readonly generation = ++generation;

  private check(): Kernels {
    if (this.generation !== generation) throw new Error('a kernel arena was used after a newer grading started');
    return kernels();
  }

  /** `bytes` of memory (a multiple of 16, so that every column starts on a lane boundary). */
  private reserve(bytes: number): number {
    const { memory } = this.check();
    const at = this.top;
    const end = at + Math.ceil(bytes / 16) * 16;
    if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / pageBytes));
    this.top = end;
    return at;
  }

  /** The byte offset of `column` in memory, followed by `padding` copies of `pad` (at least to an even length). */
  private place(column: Float64Array | Int32Array, pad: number, padding = column.length % 2): number {
    const placed = this.placed.get(column);
    if (placed && placed.padding >= padding) return placed.at;
    const length = column.length + padding;
    const start = this.reserve(length * column.BYTES_PER_ELEMENT);
    const target =
      column instanceof Float64Array
        ? new Float64Array(this.check().memory.buffer, start, length)
        : new Int32Array(this.check().memory.buffer, start, length);
    target.set(column);
    target.fill(pad, column.length);
    this.placed.set(column, { at: start, padding });
    return start;
  }

  /**
   * One daily scale's column (day-scales.ts): the kernel writes every unit as if it had `days` days, `amend`
   * rewrites those that have fewer, and the result stays in memory for the sums that read it.
   */
  daily(series: DaySeries, scale: Scale, ladder: Float64Array, amend: (column: Float64Array) => void): Resident {
    const { memory, byName } = this.check();
    const size = series.offsets.length - 1;
    const { days, sign, bounds } = scale;
    if (bounds.length < 1 || bounds.length > maxSteps)
      throw new RangeError(`${scale.key}: no daily kernel for ${bounds.length} limits`);
    // One more offset (a unit without days) for the lane after an odd last unit; NaN days past the end.
    const offsetsAt = this.place(series.offsets, series.offsets.at(-1)!, 1);
    const valuesAt = this.place(series.values, Number.NaN, days + 1);
    const at = this.reserve((size + 1) * 8);
    byName.get(dayKernelName(bounds.length))!(
      offsetsAt,
      valuesAt,
      Math.ceil(size / 2),
      days,
      isObserved(scale) ? 1 : 0,
      sign,
      ...ladder,
      ...bounds,
      at,
    );
    const column = new Float64Array(memory.buffer, at, size + 1);
    amend(column.subarray(0, size));
    // The padding unit, as for placed columns: no value.
    column[size] = Number.NaN;
    return { at, length: size };
  }

  /** A resident column as an array, copied out once. */
  read(resident: Resident): Float64Array {
    let column = this.copies.get(resident);
    if (!column)
      this.copies.set(
        resident,
        (column = new Float64Array(this.check().memory.buffer, resident.at, resident.length).slice()),
      );
    return column;
  }

  /** Sums of the units' weights and numbers per step: one pass per `maxSteps` steps, two units at a time. */
  totals(condition: KernelCondition, weights: Float64Array): StepTotals {
    const parts = condition.columns.length;
    if (!fitsKernels(parts)) throw new RangeError(`no kernel for a condition of ${parts} parts`);
    for (const column of condition.columns) {
      if (column.length !== weights.length)
        throw new RangeError(`a column of ${column.length} values for ${weights.length} weights`);
    }
    if (
      condition.signs.length !== parts ||
      condition.steps.length === 0 ||
      condition.steps.some((bounds) => bounds.length !== parts)
    ) {
      throw new RangeError(`a condition of ${parts} parts needs a sign and, per step (one at least), a bound for each`);
    }
    const steps = condition.steps.length;
    const weight = new Float64Array(steps + 1);
    const count = new Float64Array(steps + 1);
    for (let first = 0; first < steps; first += maxSteps) {
      const chunk = condition.steps.slice(first, first + maxSteps);
      const sums = this.pass(condition, chunk, weights);
      weight[0] = sums.weight[0]!;
      count[0] = sums.count[0]!;
      for (let k = 0; k < chunk.length; k++) {
        weight[first + k + 1] = sums.weight[k + 1]!;
        count[first + k + 1] = sums.count[k + 1]!;
      }
    }
    return { weight, count };
  }

  private pass(condition: KernelCondition, steps: ReadonlyArray<readonly number[]>, weights: Float64Array): StepTotals {
    const { memory, byName } = this.check();
    // A padded unit has no value (NaN) and no weight: it is valid for nothing and counts nowhere.
    const columnsAt = condition.columns.map((column) =>
      column instanceof Float64Array ? this.place(column, Number.NaN) : column.at,
    );
    const weightsAt = this.place(weights, 0);
    const kernel = byName.get(kernelName(condition.columns.length, condition.any, steps.length))!;
    kernel(...columnsAt, weightsAt, Math.ceil(weights.length / 2), ...condition.signs, ...steps.flat(), 0);
    const lanes = new Float64Array(memory.buffer, 0, (steps.length + 1) * 4);
    const weight = new Float64Array(steps.length + 1);
    const count = new Float64Array(steps.length + 1);
    for (let k = 0; k <= steps.length; k++) {
      // Whole numbers below 2^53: the two lanes add exactly, in any order.
      weight[k] = lanes[4 * k]! + lanes[4 * k + 1]!;
      count[k] = lanes[4 * k + 2]! + lanes[4 * k + 3]!;
    }
    return { weight, count };
  }
}

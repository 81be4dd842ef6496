import { kernelName, maxParts, maxSteps } from './kernel-source.ts';
import { kernelsWasm } from './kernels-wasm.ts';

/**
 * A condition in the kernels' terms: per part a column and its sign, per step the bound of each part (as
 * `sign · value ≥ bound`), the parts joined by all or any. Steps are ordered so that meeting one means
 * meeting every earlier one (a scale's limits mildest first, a family's levels).
 */
export interface KernelCondition {
  columns: readonly Float64Array[];
  signs: readonly number[];
  steps: ReadonlyArray<readonly number[]>;
  any: boolean;
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
  const byName = new Map(Object.entries(exports).filter(([, value]) => typeof value === 'function') as Array<[string, Kernel]>);
  loaded = { memory: exports.memory as WebAssembly.Memory, byName };
  return loaded;
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
  private readonly placed = new Map<Float64Array, number>();
  private top = outBytes;
  private readonly generation = ++generation;

  private check(): Kernels {
    if (this.generation !== generation) throw new Error('a kernel arena was used after a newer grading started');
    return kernels();
  }

  /** The byte offset of `column` in memory, padded to an even length with `pad`. */
  private place(column: Float64Array, pad: number): number {
    const at = this.placed.get(column);
    if (at !== undefined) return at;
    const { memory } = this.check();
    const length = column.length + (column.length % 2);
    const end = this.top + length * 8;
    if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / pageBytes));
    const target = new Float64Array(memory.buffer, this.top, length);
    target.set(column);
    if (length > column.length) target[column.length] = pad;
    this.placed.set(column, this.top);
    this.top = end;
    return this.placed.get(column)!;
  }

  /** Sums of the units' weights and numbers per step: one pass per `maxSteps` steps, two units at a time. */
  totals(condition: KernelCondition, weights: Float64Array): StepTotals {
    const parts = condition.columns.length;
    if (!fitsKernels(parts)) throw new RangeError(`no kernel for a condition of ${parts} parts`);
    for (const column of condition.columns) {
      if (column.length !== weights.length) throw new RangeError(`a column of ${column.length} values for ${weights.length} weights`);
    }
    if (condition.signs.length !== parts || condition.steps.some((bounds) => bounds.length !== parts)) {
      throw new RangeError(`a condition of ${parts} parts needs a sign and, per step, a bound for each`);
    }
    const steps = condition.steps.length;
    const weight = new Float64Array(steps + 1);
    const count = new Float64Array(steps + 1);
    // A condition without steps still has its valid units.
    for (let first = 0; first < Math.max(steps, 1); first += maxSteps) {
      const chunk = condition.steps.slice(first, first + maxSteps);
      const sums = this.pass(condition, chunk.length > 0 ? chunk : [condition.signs.map(() => Number.NaN)], weights);
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
    const columnsAt = condition.columns.map((column) => this.place(column, Number.NaN));
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

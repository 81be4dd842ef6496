/**
 * The WebAssembly text of the grading's inner loops (assembled by `npm run kernels` into kernels-wasm.ts).
 *
 * One loop sums, over the units of a table, the weight and the number of the units that are valid for a
 * condition and of those meeting each of its steps. A step is met when its parts meet their bounds, all of
 * them or any of them: a scale is one part with a step per limit (rainstorm's 50 and 100 mm), a family is two
 * or three parts with a step per level (gale's mean wind or gust at force 8/10/11/12). Values are compared as
 * `sign · value ≥ bound` (see scales.ts), two units at a time in 128-bit lanes: the comparison gives a lane
 * mask, and the mask selects the weight (and a 1) to add, so nothing branches on the data.
 *
 * One function per shape (parts, all/any, steps), written out in full: a loop over the steps inside the loop
 * over the units would cost more than the comparisons.
 *
 * Memory layout: each column holds an even number of float64 values (a table of odd size is padded with a NaN
 * value and a zero weight, which count nowhere); `out` receives, for k = 0 (valid) and k = 1 … steps, the two
 * lanes of the weight sum then the two lanes of the count.
 */

export const maxParts = 3;
export const maxSteps = 6;

export function kernelName(parts: number, any: boolean, steps: number): string {
  return `totals_p${parts}_${parts === 1 ? 'one' : any ? 'any' : 'all'}_s${steps}`;
}

/** An exported function in the text format, one instruction per line. */
function exported(name: string, params: string[], locals: string[], body: string[]): string {
  return [
    `(func (export "${name}")`,
    `  ${params.join(' ')}`,
    `  ${locals.join(' ')}`,
    ...body.map((line) => `  ${line}`),
    ')',
  ].join('\n');
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function kernel(parts: number, any: boolean, steps: number): string {
  const P = range(parts);
  const S = range(steps);
  const join = any ? 'v128.or' : 'v128.and';
  const combine = (terms: string[]) => terms.reduce((left, right) => `(${join} ${left} ${right})`);
  const params = [
    ...P.map((p) => `(param $c${p} i32)`),
    '(param $w i32) (param $pairs i32)',
    ...P.map((p) => `(param $s${p} f64)`),
    ...S.flatMap((s) => P.map((p) => `(param $b${s}_${p} f64)`)),
    '(param $out i32)',
  ];
  const sums = range(steps + 1);
  const locals = [
    '(local $at i32) (local $end i32) (local $weight v128) (local $mask v128) (local $one v128)',
    ...P.map((p) => `(local $x${p} v128) (local $S${p} v128)`),
    ...S.flatMap((s) => P.map((p) => `(local $B${s}_${p} v128)`)),
    ...sums.map((k) => `(local $W${k} v128) (local $K${k} v128)`),
  ];
  const add = (k: number) => [
    `(local.set $W${k} (f64x2.add (local.get $W${k}) (v128.and (local.get $weight) (local.get $mask))))`,
    `(local.set $K${k} (f64x2.add (local.get $K${k}) (v128.and (local.get $one) (local.get $mask))))`,
  ];
  const body = [
    '(local.set $one (f64x2.splat (f64.const 1)))',
    ...P.map((p) => `(local.set $S${p} (f64x2.splat (local.get $s${p})))`),
    ...S.flatMap((s) => P.map((p) => `(local.set $B${s}_${p} (f64x2.splat (local.get $b${s}_${p})))`)),
    '(local.set $end (i32.shl (local.get $pairs) (i32.const 4)))',
    '(block $done (loop $next',
    '  (br_if $done (i32.ge_u (local.get $at) (local.get $end)))',
    ...P.map(
      (p) =>
        `  (local.set $x${p} (f64x2.mul (v128.load (i32.add (local.get $c${p}) (local.get $at))) (local.get $S${p})))`,
    ),
    '  (local.set $weight (v128.load (i32.add (local.get $w) (local.get $at))))',
    // Valid: a value (all parts, or any part); NaN is the one value not equal to itself.
    `  (local.set $mask ${combine(P.map((p) => `(f64x2.eq (local.get $x${p}) (local.get $x${p}))`))})`,
    ...add(0).map((line) => `  ${line}`),
    ...S.flatMap((s) => [
      `  (local.set $mask ${combine(P.map((p) => `(f64x2.ge (local.get $x${p}) (local.get $B${s}_${p}))`))})`,
      ...add(s + 1).map((line) => `  ${line}`),
    ]),
    '  (local.set $at (i32.add (local.get $at) (i32.const 16)))',
    '  (br $next)))',
    ...sums.flatMap((k) => [
      `(v128.store offset=${32 * k} (local.get $out) (local.get $W${k}))`,
      `(v128.store offset=${32 * k + 16} (local.get $out) (local.get $K${k}))`,
    ]),
  ];
  return exported(kernelName(parts, any, steps), params, locals, body);
}

export function dayKernelName(limits: number): string {
  return `days_s${limits}`;
}

/**
 * Daily values per unit reduced for one scale (see day-scales.ts): every one of `days` days compared with each
 * limit, the results joined with `and`, and the value written chosen by lane masks: NaN, the "none" value, or
 * the value standing for the strictest limit met. Two units at a time, each unit's days gathered into its
 * lane. A unit's days start at `offsets[row]` (forecast) or end at `offsets[row + 1]` (observed); units with
 * fewer days than `days` are written again by the caller, so the values must be padded with `days` slots
 * and the offsets with one more entry.
 */
function dayKernel(limits: number): string {
  const L = range(limits);
  const params = [
    '(param $offsets i32) (param $values i32) (param $pairs i32) (param $days i32) (param $latest i32) (param $sign f64)',
    '(param $nan f64) (param $none f64)',
    ...L.map((j) => `(param $v${j} f64)`),
    ...L.map((j) => `(param $b${j} f64)`),
    '(param $out i32)',
  ];
  const locals = [
    '(local $row i32) (local $rows i32) (local $d i32) (local $a i32) (local $b i32) (local $x v128) (local $valid v128) (local $S v128) (local $result v128)',
    ...L.map((j) => `(local $m${j} v128) (local $B${j} v128)`),
  ];
  const offset = (row: string) => `(i32.load (i32.add (local.get $offsets) (i32.shl ${row} (i32.const 2))))`;
  // The first day counted, in values (clamped at 0 below, so that a short first unit reads inside memory).
  const first = (row: string, next: string) =>
    `(select (i32.sub ${offset(next)} (local.get $days)) ${offset(row)} (local.get $latest))`;
  const clamp = (name: string) =>
    `(local.set $${name} (select (local.get $${name}) (i32.const 0) (i32.ge_s (local.get $${name}) (i32.const 0))))`;
  const day = (name: string) =>
    `(i32.add (local.get $values) (i32.shl (i32.add (local.get $${name}) (local.get $d)) (i32.const 3)))`;
  const body = [
    '(local.set $S (f64x2.splat (local.get $sign)))',
    ...L.map((j) => `(local.set $B${j} (f64x2.splat (local.get $b${j})))`),
    '(local.set $rows (i32.shl (local.get $pairs) (i32.const 1)))',
    '(block $done (loop $next',
    '  (br_if $done (i32.ge_u (local.get $row) (local.get $rows)))',
    `  (local.set $a ${first('(local.get $row)', '(i32.add (local.get $row) (i32.const 1))')})`,
    `  (local.set $b ${first('(i32.add (local.get $row) (i32.const 1))', '(i32.add (local.get $row) (i32.const 2))')})`,
    `  ${clamp('a')}`,
    `  ${clamp('b')}`,
    '  (local.set $valid (v128.const i64x2 -1 -1))',
    ...L.map((j) => `  (local.set $m${j} (v128.const i64x2 -1 -1))`),
    '  (local.set $d (i32.const 0))',
    '  (block $counted (loop $day',
    '    (br_if $counted (i32.ge_u (local.get $d) (local.get $days)))',
    `    (local.set $x (f64x2.mul (v128.load64_lane 1 ${day('b')} (v128.load64_zero ${day('a')})) (local.get $S)))`,
    '    (local.set $valid (v128.and (local.get $valid) (f64x2.eq (local.get $x) (local.get $x))))',
    ...L.map(
      (j) => `    (local.set $m${j} (v128.and (local.get $m${j}) (f64x2.ge (local.get $x) (local.get $B${j}))))`,
    ),
    '    (local.set $d (i32.add (local.get $d) (i32.const 1)))',
    '    (br $day)))',
    '  (local.set $result (v128.bitselect (f64x2.splat (local.get $none)) (f64x2.splat (local.get $nan)) (local.get $valid)))',
    // Limits mildest first: each one met overrides the milder.
    ...L.map(
      (j) =>
        `  (local.set $result (v128.bitselect (f64x2.splat (local.get $v${j})) (local.get $result) (local.get $m${j})))`,
    ),
    '  (v128.store (i32.add (local.get $out) (i32.shl (local.get $row) (i32.const 3))) (local.get $result))',
    '  (local.set $row (i32.add (local.get $row) (i32.const 2)))',
    '  (br $next)))',
  ];
  return exported(dayKernelName(limits), params, locals, body);
}

/** Every shape: one part (a scale), or two or three parts combined all/any; one to `maxSteps` steps. */
export function kernelSource(): string {
  const functions: string[] = [];
  for (const steps of range(maxSteps).map((s) => s + 1)) {
    functions.push(kernel(1, false, steps), dayKernel(steps));
    for (const parts of range(maxParts - 1).map((p) => p + 2)) {
      functions.push(kernel(parts, false, steps), kernel(parts, true, steps));
    }
  }
  return ['(module', '(memory (export "memory") 1)', ...functions, ')', ''].join('\n');
}

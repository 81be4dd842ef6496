import fc from 'fast-check';

/**
 * Property-based fuzzing of the entry points (issue #14, item 1) with fast-check. Every entry point is fuzzed with
 * the same property: a clear refusal (its own error type, a message naming what is wrong) or a valid result, never
 * another exception; checks after each case catch partial writes. `NUANCHENG_FUZZ_RUNS` sets the number of cases
 * of every entry point (default: each one's own, kept small so `npm test` stays quick); `NUANCHENG_FUZZ_SEED`
 * (and `NUANCHENG_FUZZ_PATH`) replays a failure. A failure names its seed, path and counterexample.
 *
 * To fuzz a new entry point (a ledger workbook, an observation message): describe its input as an arbitrary (often
 * `mutatedText` or `mutatedJson` of a valid sample) and call `fuzzEntry` with how to feed it and what a refusal is.
 */

export interface FuzzEntry<T> {
  /** What is fuzzed, as the log names it: `national feed CSV (readFeed)`. */
  name: string;
  input: fc.Arbitrary<T>;
  /**
   * Inputs the entry point must accept, tried before the random cases: the accepted side is checked on every run,
   * whatever share of the random cases a seed happens to leave valid.
   */
  valid?: readonly T[];
  /** Cases in an ordinary `npm test` run. */
  runs: number;
  /** Feeds one input to the entry point and checks a result it accepts; throws to refuse. */
  attempt: (input: T) => unknown;
  /** Whether what `attempt` threw is the entry point's clear refusal (anything else fails the property). */
  isRefusal: (error: unknown) => boolean;
  /** Runs after every case, accepted or refused: e.g. that a refused input left the store as it was. */
  afterEach?: (outcome: 'accepted' | 'refused', input: T) => unknown;
}

export interface FuzzStats {
  name: string;
  cases: number;
  accepted: number;
  refused: number;
  seed: number;
}

export function fuzzRuns(runs: number): number {
  const override = Number(process.env.NUANCHENG_FUZZ_RUNS);
  return Number.isInteger(override) && override > 0 ? override : runs;
}

/** A test's time limit (its guard against a hang) for `runs` cases, stretched when NUANCHENG_FUZZ_RUNS asks for more. */
export function fuzzTimeout(runs: number, ms = 60_000): number {
  return Math.ceil(ms * Math.max(1, fuzzRuns(runs) / runs));
}

function fuzzSeed(): number {
  const given = Number(process.env.NUANCHENG_FUZZ_SEED);
  return Number.isInteger(given) && process.env.NUANCHENG_FUZZ_SEED ? given : (Math.random() * 2 ** 31) | 0;
}

/** Fuzzes one entry point; fails with fast-check's report (seed, path, counterexample) and how to replay it. */
export async function fuzzEntry<T>(entry: FuzzEntry<T>): Promise<FuzzStats> {
  const seed = fuzzSeed();
  const stats: FuzzStats = { name: entry.name, cases: 0, accepted: 0, refused: 0, seed };
  for (const input of entry.valid ?? []) {
    try {
      await entry.attempt(input);
    } catch (error) {
      throw new Error(`fuzz ${entry.name}: a valid input was refused: ${(error as Error).message}`, { cause: error });
    }
    stats.accepted++;
    await entry.afterEach?.('accepted', input);
  }
  const property = fc.asyncProperty(entry.input, async (input) => {
    let outcome: 'accepted' | 'refused';
    try {
      await entry.attempt(input);
      outcome = 'accepted';
    } catch (error) {
      if (!entry.isRefusal(error)) throw error;
      outcome = 'refused';
    }
    stats[outcome]++;
    await entry.afterEach?.(outcome, input);
  });
  const path = process.env.NUANCHENG_FUZZ_PATH;
  const details = await fc.check(property, { numRuns: fuzzRuns(entry.runs), seed, ...(path ? { path } : {}) });
  stats.cases = details.numRuns;
  if (details.failed) {
    const replay = `NUANCHENG_FUZZ_SEED=${details.seed} NUANCHENG_FUZZ_PATH=${details.counterexamplePath}`;
    throw new Error(`fuzz ${entry.name} failed; replay with ${replay}\n${fc.defaultReportMessage(details)}`, {
      cause: details.errorInstance,
    });
  }
  console.log(
    `fuzz ${entry.name}: ${stats.cases} cases (${stats.accepted} accepted, ${stats.refused} refused), seed ${seed}`,
  );
  return stats;
}

/** A refusal that an entry point returns rather than throws (`{ ok: false, line }`), thrown so it can be counted. */
export class ReturnedRefusal extends Error {}

/**
 * Where in an input an edit or a cut lands, as a fraction of its length, uniform over it. `fc.double({min: 0,
 * max: 1})` is uniform over the doubles' bit patterns, so nine draws in ten land within 1e-3 of the start: the
 * edits would almost all hit the first byte or the document's root.
 */
export const uniformFraction: fc.Arbitrary<number> = fc
  .noBias(fc.integer({ min: 0, max: 1_000_000 }))
  .map((k) => k / 1_000_000);

// Tokens that break parsers: control and special characters, markup, separators, numbers at the edges.
const nastyTokens = [
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '\u2028',
  '\r',
  '\r\n',
  '\n',
  '\t',
  ',',
  ',,,,',
  '"',
  "'",
  '\\',
  '<',
  '>',
  '&',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '&lol;',
  ']]>',
  '<![CDATA[',
  '<!--',
  '<?xml version="1.0"?>',
  '<!DOCTYPE alert [<!ENTITY x "y">]>',
  'xmlns="urn:x"',
  '-1',
  '-0',
  '0.',
  '.5',
  '1e308',
  '1e-400',
  '9007199254740993',
  'NaN',
  'Infinity',
  '１２',
  '٣',
  'null',
  'true',
  '{}',
  '[]',
  '{"__proto__":{"x":1}}',
  '',
];

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const insertion = fc.oneof(
  fc.constantFrom(...nastyTokens),
  fc.string({ unit: anyUnit, maxLength: 12 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('a', '0', ' ', '9').chain((c) => fc.integer({ min: 100, max: 20_000 }).map((n) => c.repeat(n))),
);
type Edit = {
  kind: 'insert' | 'delete' | 'duplicate' | 'truncate' | 'replace';
  at: number;
  length: number;
  text: string;
};
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'duplicate', 'truncate', 'replace'),
  at: uniformFraction,
  length: fc.nat({ max: 64 }),
  text: insertion,
});

function applyEdit(text: string, { kind, at, length, text: inserted }: Edit): string {
  const i = Math.floor(at * text.length);
  switch (kind) {
    case 'insert':
      return text.slice(0, i) + inserted + text.slice(i);
    case 'delete':
      return text.slice(0, i) + text.slice(i + length);
    case 'duplicate':
      return text.slice(0, i + length) + text.slice(i, i + length) + text.slice(i + length);
    case 'truncate':
      return text.slice(0, i);
    case 'replace':
      return text.slice(0, i) + inserted + text.slice(i + Math.max(1, length));
  }
}

/** One of the samples with one to four edits: inserted tokens or random text, deletions, duplications, a cut. */
export function mutatedText(samples: readonly string[] | fc.Arbitrary<string>): fc.Arbitrary<string> {
  const sample = Array.isArray(samples) ? fc.constantFrom(...(samples as string[])) : (samples as fc.Arbitrary<string>);
  return fc
    .tuple(sample, fc.array(edit, { minLength: 1, maxLength: 4 }))
    .map(([text, edits]) => edits.reduce(applyEdit, text));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function pathsOf(
  value: Json,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(-1, 0, -0, 1e308, -1e308, 5e-324, 0.1, 2 ** 53 + 2, '', ' ', 'x', '１', [], {}, null, true),
  fc.integer({ min: 1000, max: 100_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 1000, max: 20_000 }).map((n) => Array.from({ length: n }, () => 0)),
);
type JsonEdit = { kind: 'replace' | 'delete' | 'add' | 'wrap'; at: number; key: string; value: Json };
const jsonEdit: fc.Arbitrary<JsonEdit> = fc.record({
  kind: fc.constantFrom('replace', 'delete', 'add', 'wrap'),
  at: uniformFraction,
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', '', 'units'), fc.string({ maxLength: 8 })),
  value: oddValue,
});

function applyJsonEdit(root: Json, { kind, at, key, value: generated }: JsonEdit): Json {
  const value = structuredClone(generated);
  const paths = pathsOf(root);
  const path = paths[Math.min(paths.length - 1, Math.floor(at * paths.length))]!;
  if (path.length === 0) return kind === 'wrap' ? [root] : kind === 'replace' ? value : root;
  const parent = path.slice(0, -1).reduce<Json>((node, step) => (node as Record<string | number, Json>)[step]!, root);
  const last = path.at(-1)!;
  const holder = parent as Record<string | number, Json>;
  if (kind === 'replace') holder[last] = value;
  else if (kind === 'wrap') holder[last] = [holder[last]!];
  else if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete holder[last];
  } else if (Array.isArray(parent)) parent.push(value);
  else Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

/** A valid JSON document with one to three edits: a value replaced by odd JSON, a key removed or added, a value wrapped. */
export function mutatedJson(samples: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.constantFrom(...samples), fc.array(jsonEdit, { minLength: 1, maxLength: 3 }))
    .map(([sample, edits]) => edits.reduce(applyJsonEdit, structuredClone(sample) as Json));
}

/** Input text for an entry point that reads JSON: edited documents, edited text, or any JSON at all. */
export function jsonInputText(samples: readonly unknown[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: mutatedJson(samples).map((value) => JSON.stringify(value) ?? 'undefined') },
    { weight: 2, arbitrary: mutatedText(samples.map((sample) => JSON.stringify(sample, null, 2))) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 50_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)) },
  );
}

/** Splits bytes at random places, as a stream delivers them (a multi-byte character may straddle two chunks). */
export function chunked(text: string, cuts: readonly number[]): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const at = [...new Set(cuts.map((cut) => Math.floor(cut * bytes.length)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const end of [...at, bytes.length]) {
    if (end > start) chunks.push(bytes.slice(start, end));
    start = Math.max(start, end);
  }
  return chunks;
}

export const chunkCuts = fc.array(uniformFraction, { maxLength: 8 });

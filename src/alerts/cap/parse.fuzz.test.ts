import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzEntry, fuzzTimeout, mutatedText } from '../../../test/support/fuzz.ts';
import { capNamespace } from './model.ts';
import { CapParseError, parseCap } from './parse.ts';

const fixtures = new URL('../../../test/fixtures/cap/', import.meta.url);
const samples = readdirSync(fixtures)
  .filter((name) => /\.(xml|cap)$/.test(name))
  .map((name) => readFileSync(new URL(name, fixtures), 'utf8'));
const small = samples.reduce((a, b) => (a.length <= b.length ? a : b));
const body = small.replace(/^<\?xml[^>]*\?>\s*/, '');
const open = `<alert xmlns="${capNamespace}">`;

/** Billion laughs: each entity ten of the one before, `depth` deep (10^depth expansions if anything expanded them). */
const laughs = (depth: number) =>
  `<?xml version="1.0"?>\n<!DOCTYPE alert [\n<!ENTITY lol0 "lol">\n${Array.from(
    { length: depth },
    (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
  ).join('\n')}\n]>\n${open}<identifier>&lol${depth};</identifier></alert>`;

/** XML built to hurt a parser: DTDs and entities of every kind, deep nesting, huge and many attributes. */
const hostileXml: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map(laughs),
  fc.constantFrom(
    `<!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${open}<identifier>&xxe;</identifier></alert>`,
    `<!DOCTYPE alert SYSTEM "http://127.0.0.1:9/cap.dtd">${body}`,
    `<!DOCTYPE alert [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>${body}`,
    `<!DOCTYPE alert PUBLIC "-//X//EN" "cap.dtd">${body}`,
    `${open}<identifier>&nbsp;</identifier></alert>`,
    `${open}<identifier>&#0;</identifier></alert>`,
    `${open}<identifier>&#x110000;</identifier></alert>`,
    `<?xml-stylesheet href="http://127.0.0.1:9/x.xsl"?>${body}`,
    `${body}<alert/>`,
    `${body}${body}`,
    '',
    '<',
    '<alert',
  ),
  fc
    .integer({ min: 1, max: 60_000 })
    .map((depth) => body.replace('<identifier>', `${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}<identifier>`)),
  fc.integer({ min: 1, max: 60_000 }).map((depth) => `${'<alert>'.repeat(depth)}${'</alert>'.repeat(depth)}`),
  fc
    .integer({ min: 1_000, max: 4_300_000 })
    .map((length) => body.replace('<alert ', `<alert huge="${'a'.repeat(length)}" `)),
  fc
    .integer({ min: 10, max: 20_000 })
    .map((count) =>
      body.replace('<alert ', `<alert ${Array.from({ length: count }, (_, i) => `a${i}="${i}"`).join(' ')} `),
    ),
  fc
    .integer({ min: 10, max: 200_000 })
    .map((count) => body.replace('<identifier>', `<identifier>${'&amp;'.repeat(count)}`)),
  fc.integer({ min: 2, max: 5_000 }).map((count) => body.replace('<info>', `${'<info>'.repeat(count)}`)),
);

const capRuns = 300;

describe('CAP parser under fuzzing (fast-check): a CapParseError naming where, or a message read whole', () => {
  it(
    'real CAP messages edited at random, and hostile XML (DOCTYPE, entities, billion laughs, nesting, huge attributes)',
    async () => {
      const stats = await fuzzEntry({
        name: 'CAP 1.2 XML (parseCap)',
        runs: capRuns,
        input: fc.oneof({ weight: 3, arbitrary: mutatedText(samples) }, { weight: 2, arbitrary: hostileXml }),
        attempt: (xml) => {
          const { alert, signed } = parseCap(xml);
          expect(typeof signed).toBe('boolean');
          expect(alert.identifier.length).toBeGreaterThan(0);
          expect(alert.sender.length).toBeGreaterThan(0);
          expect(Array.isArray(alert.infos)).toBe(true);
          for (const info of alert.infos) expect(info.categories.length).toBeGreaterThan(0);
        },
        isRefusal: (error) => error instanceof CapParseError && error.path.length > 0 && error.reason.length > 0,
      });
      expect(stats.refused).toBeGreaterThan(0);
      expect(stats.accepted).toBeGreaterThan(0);
    },
    fuzzTimeout(capRuns),
  );

  it('billion laughs, external entities and DTDs are refused before anything is expanded or fetched', () => {
    for (const xml of [laughs(12), `<!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${open}&xxe;</alert>`])
      expect(() => parseCap(xml)).toThrow(/DOCTYPE is not accepted/);
  });

  it('nesting deeper than any CAP message is refused at the first element too deep (60,000 levels once took minutes)', () => {
    const deep = body.replace('<identifier>', `${'<x>'.repeat(60_000)}${'</x>'.repeat(60_000)}<identifier>`);
    expect(() => parseCap(deep)).toThrow(/nested more than 32 deep/);
  });
});

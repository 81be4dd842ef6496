import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { fuzzEntry, fuzzTimeout, jsonInputText } from '../../test/support/fuzz.ts';
import { serviceContext } from '../../test/support/services.ts';
import { systemPrincipal } from '../access/principal.ts';
import { countObservations, pageRejects } from '../store/observations.repository.ts';
import { formatBeijing, HOUR_MS } from '../weather/observations/time.ts';
import type { ServiceContext } from './context.ts';
import { ingestObservations, type IncomingObservation } from './observations.service.ts';

const hour = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
const sample = (k: number) => ({
  at: formatBeijing(hour - k * HOUR_MS),
  precipMm1h: 0.4,
  tempC: 12.5,
  windMeanMs: 3,
  windGustMs: 7,
  visibilityM: 9000,
  phenomenon: null,
});
const stations = ['53543', '53457', '99999', '', '53543/x'];

async function deadLetters(ctx: ServiceContext): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await pageRejects(ctx.store.db, { limit: 500, ...(cursor ? { cursor } : {}) });
    count += page.items.length;
    cursor = page.next ?? undefined;
  } while (cursor);
  return count;
}

/**
 * Issue #14 item 1: batches of MQTT/NATS payloads (text with the station of the topic or subject) through the one
 * ingestion service. Property: every item is accepted or set aside with a reason, never lost, never a crash; the
 * store grows by the new valid rows and the dead letters by the rejected items, nothing else.
 */
describe.each(engines)('observation ingestion under fuzzing on %s', (engine) => {
  let ctx: ServiceContext;
  beforeAll(async () => {
    ctx = serviceContext(await openTestStore(engine));
  });
  afterAll(() => ctx.store.close());

  it('a payload with NUL characters is set aside (PostgreSQL text cannot hold NUL: written out)', async () => {
    const outcome = await ingestObservations(ctx, systemPrincipal('ingest.nats'), 'nats', [
      { text: '{"at": "\u0000"}\u0000', stationFromChannel: '53543' },
    ]);
    expect(outcome.rejected).toHaveLength(1);
    const [letter] = (await pageRejects(ctx.store.db, { limit: 1 })).items;
    expect(letter!.raw).toBe('{"at": "\\u0000"}\\u0000');
  });

  it(
    'batches of edited payloads from MQTT and NATS: accepted or set aside, each one, and nothing half-written',
    async () => {
      const message = fc.record({
        text: jsonInputText([sample(0), sample(3), { ...sample(1), station: '53457' }]),
        station: fc.constantFrom(...stations),
      });
      const stats = await fuzzEntry({
        name: `observation batches (ingestObservations, ${engine})`,
        runs: engine === 'sqlite' ? 150 : 60,
        input: fc.record({
          source: fc.constantFrom('mqtt' as const, 'nats' as const),
          items: fc.array(message, { maxLength: 20 }),
        }),
        attempt: async ({ source, items }) => {
          const [rowsBefore, lettersBefore] = [await countObservations(ctx.store.db), await deadLetters(ctx)];
          const incoming: IncomingObservation[] = items.map((m) => ({ text: m.text, stationFromChannel: m.station }));
          const outcome = await ingestObservations(ctx, systemPrincipal(`ingest.${source}`), source, incoming);
          expect(outcome.accepted + outcome.rejected.length).toBe(items.length);
          expect(outcome.rejected.every((r) => /^[^\n\r\u2028\u2029]+$/.test(r.reason))).toBe(true);
          expect((await countObservations(ctx.store.db)) - rowsBefore).toBe(outcome.stored);
          expect(outcome.stored).toBeLessThanOrEqual(outcome.accepted);
          expect((await deadLetters(ctx)) - lettersBefore).toBe(outcome.rejected.length);
        },
        isRefusal: () => false,
      });
      expect(stats.accepted).toBe(stats.cases);
      expect(await countObservations(ctx.store.db)).toBeGreaterThan(0);
    },
    fuzzTimeout(150, 120_000),
  );
});

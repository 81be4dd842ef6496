import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import type { Observation } from '../weather/observations/observation.ts';
import type { Store } from './database.ts';
import {
  countObservations,
  insertObservations,
  insertRejects,
  observationsBetween,
  pageRejects,
} from './observations.repository.ts';

const hour = 3_600_000;
const base = Date.parse('2025-07-20T00:00:00Z');
const observation = (station: string, atMs: number, precipMm1h: number | null = 1.5): Observation => ({
  station,
  atMs,
  precipMm1h,
  snowMm1h: 0,
  tempC: 21.3,
  groundTempC: null,
  windMeanMs: 6.1,
  windGustMs: 11,
  visibilityM: 8000,
  phenomenon: null,
});

describe.each(engines)('observations repository on %s', (engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await openTestStore(engine);
  });
  afterEach(async () => {
    await store.close();
  });

  it('stores a (station, at) once: a resend, even with other values, changes nothing', async () => {
    const now = new Date().toISOString();
    expect(await insertObservations(store.db, [observation('53543', base)], 'http', now)).toBe(1);
    expect(await insertObservations(store.db, [observation('53543', base, 99)], 'mqtt', now)).toBe(0);
    const stored = await observationsBetween(store.db, base - hour, base);
    expect(stored.get('53543')).toEqual([observation('53543', base)]);
  });

  it('stores a burst of 2,500 rows in several statements and reads them back by station, oldest first', async () => {
    const burst = Array.from({ length: 2500 }, (_, i) =>
      observation(String(50000 + Math.floor(i / 5)), base - (i % 5) * hour),
    );
    expect(await insertObservations(store.db, burst, 'nats', new Date().toISOString())).toBe(2500);
    expect(await countObservations(store.db)).toBe(2500);
    const stored = await observationsBetween(store.db, base - 5 * hour, base);
    expect(stored.size).toBe(500);
    expect(stored.get('50000')!.map((o) => o.atMs)).toEqual([4, 3, 2, 1, 0].map((k) => base - k * hour));
  });

  it('keeps dead letters with source, raw payload and reason, newest first, paged', async () => {
    await insertRejects(
      store.db,
      [{ source: 'mqtt', raw: '{bad', reason: '不是有效的 JSON' }],
      '2025-07-20T00:00:00.000Z',
    );
    await insertRejects(
      store.db,
      [
        { source: 'http', raw: '{"station":"1"}', reason: 'station: 未知气象站' },
        { source: 'file', raw: 'x', reason: 'y' },
      ],
      '2025-07-20T01:00:00.000Z',
    );
    const first = await pageRejects(store.db, { limit: 2 });
    expect(first.items.map((r) => r.receivedAt)).toEqual(['2025-07-20T01:00:00.000Z', '2025-07-20T01:00:00.000Z']);
    const second = await pageRejects(store.db, { limit: 2, cursor: first.next! });
    expect(second.items).toEqual([expect.objectContaining({ source: 'mqtt', raw: '{bad', reason: '不是有效的 JSON' })]);
    expect(second.next).toBeNull();
  });
});

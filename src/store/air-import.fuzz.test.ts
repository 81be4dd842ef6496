import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { feedText } from '../../test/support/feed-text.ts';
import { chunkCuts, chunked, fuzzEntry, fuzzTimeout, mutatedText } from '../../test/support/fuzz.ts';
import { storeSnapshot } from '../../test/support/store-snapshot.ts';
import { FeedError, readFeed, splitLines } from '../air/feed/index.ts';
import { importFeed } from './air-hourly.repository.ts';
import type { Store } from './database.ts';

describe.each(engines)('air import under fuzzing (%s): a file is stored whole or, refused, not at all', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore(engine);
  });
  afterAll(async () => store?.close());

  it(
    'feed files, well formed or edited at random: refused ones leave every air table as it was',
    async () => {
      let before = '';
      const stats = await fuzzEntry({
        name: `air import of a feed file (importFeed, ${engine})`,
        runs: engine === 'sqlite' ? 100 : 50,
        input: fc.tuple(fc.oneof(feedText, mutatedText(feedText)), chunkCuts),
        attempt: async ([text, cuts]) => {
          before = await storeSnapshot(store, ['air_hourly', 'air_imports']);
          const sha256 = createHash('sha256').update(text).digest('hex');
          const result = await importFeed(
            store.db,
            readFeed(splitLines(chunked(text, cuts)), 'day.csv'),
            'day.csv',
            () => sha256,
            new Date(),
          );
          const record = await store.db
            .selectFrom('air_imports')
            .select('station_hours')
            .where('sha256', '=', sha256)
            .executeTakeFirstOrThrow();
          if (result.newFile) expect(record.station_hours).toBe(result.stationHours);
        },
        isRefusal: (error) => error instanceof FeedError,
        afterEach: async (outcome) => {
          if (outcome === 'refused') expect(await storeSnapshot(store, ['air_hourly', 'air_imports'])).toBe(before);
        },
      });
      expect(stats.refused).toBeGreaterThan(0);
      expect(stats.accepted).toBeGreaterThan(0);
    },
    fuzzTimeout(50),
  );
});

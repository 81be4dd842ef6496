import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedText, stationListText } from '../../../test/support/feed-text.ts';
import { chunkCuts, chunked, fuzzEntry, fuzzTimeout, mutatedText } from '../../../test/support/fuzz.ts';
import { POLLUTANT_COUNT } from '../pollutants.ts';
import { FeedError } from './feed-error.ts';
import { splitLines } from './lines.ts';
import { readFeed } from './parse.ts';
import { readStationList } from './station-list.ts';

const isFeedError = (error: unknown) =>
  error instanceof FeedError && /^day\.csv:\d+:\d+: ./.test(error.message) && error.line >= 1 && error.column >= 1;

describe('the national feed under fuzzing (fast-check): a FeedError naming file, line and column, or hours read whole', () => {
  it(
    'hourly feed files, well formed or edited at random, delivered in chunks cut anywhere',
    async () => {
      const stats = await fuzzEntry({
        name: 'national hourly feed CSV (readFeed)',
        runs: 400,
        input: fc.tuple(fc.oneof(feedText, mutatedText(feedText)), chunkCuts),
        attempt: async ([text, cuts]) => {
          let previousLine = 0;
          for await (const hour of readFeed(splitLines(chunked(text, cuts)), 'day.csv')) {
            expect(hour.line).toBeGreaterThan(previousLine);
            previousLine = hour.line;
            expect(hour.hour).toBeGreaterThanOrEqual(0);
            expect(hour.hour).toBeLessThanOrEqual(23);
            expect(hour.values).toHaveLength(hour.stations.length * POLLUTANT_COUNT);
            for (const value of hour.values) if (!Number.isNaN(value)) expect(value).toBeGreaterThanOrEqual(0);
          }
        },
        isRefusal: isFeedError,
      });
      expect(stats.refused).toBeGreaterThan(0);
      expect(stats.accepted).toBeGreaterThan(0);
    },
    fuzzTimeout(400),
  );

  it(
    'station lists, well formed or edited at random',
    async () => {
      const stats = await fuzzEntry({
        name: 'national station list CSV (readStationList)',
        runs: 300,
        input: fc.tuple(fc.oneof(stationListText, mutatedText(stationListText)), chunkCuts),
        attempt: async ([text, cuts]) => {
          for (const station of await readStationList(splitLines(chunked(text, cuts)), 'day.csv')) {
            expect(station.code).toMatch(/^\d{4}[A-Z]$/);
            expect(station.name).not.toBe('');
            if (station.lon !== null) expect(Math.abs(station.lon)).toBeLessThanOrEqual(180);
            if (station.lat !== null) expect(Math.abs(station.lat)).toBeLessThanOrEqual(90);
          }
        },
        isRefusal: isFeedError,
      });
      expect(stats.refused).toBeGreaterThan(0);
      expect(stats.accepted).toBeGreaterThan(0);
    },
    fuzzTimeout(400),
  );
});

import { describe, expect, it } from 'vitest';
import { fuzzEntry, fuzzTimeout, jsonInputText, mutatedText, ReturnedRefusal } from '../../../test/support/fuzz.ts';
import { readObservationFile } from './file.ts';
import { CLOCK_SKEW_MS, parseObservationMessage, type ValidationContext } from './observation.ts';
import { measuredFieldNames, measuredFields } from './ranges.ts';

const now = new Date('2025-07-20T01:00:00Z');
const context: ValidationContext = { stations: new Set(['53543', '53457']), now };
const sample = {
  station: '53543',
  at: '2025-07-20T08:00:00+08:00',
  precipMm1h: 12.4,
  snowMm1h: 0,
  tempC: 21.3,
  groundTempC: 19.0,
  windMeanMs: 6.1,
  windGustMs: 11.0,
  visibilityM: 8000,
  phenomenon: 'fog',
  units: { tempC: '℃' },
};
const oneLine = /^[^\n\r\u2028\u2029]+$/;

describe('observation messages under fuzzing (fast-check): a one-line zh-CN reason or a valid observation', () => {
  it(
    'MQTT/NATS payloads (parseObservationMessage): edited samples, edited text, any JSON',
    async () => {
      const stats = await fuzzEntry({
        name: 'observation message (parseObservationMessage)',
        runs: 500,
        valid: [JSON.stringify(sample), JSON.stringify({ at: sample.at, tempC: 1 })],
        input: jsonInputText([sample, { at: sample.at, tempC: 1 }]),
        attempt: (text) => {
          const result = parseObservationMessage(text, { ...context, stationFromChannel: '53543' });
          if (!result.ok) throw new ReturnedRefusal(result.reason);
          const { observation } = result;
          expect(context.stations.has(observation.station)).toBe(true);
          expect(Number.isFinite(observation.atMs)).toBe(true);
          expect(observation.atMs).toBeLessThanOrEqual(now.getTime() + CLOCK_SKEW_MS);
          for (const field of measuredFieldNames) {
            const value = observation[field];
            if (value === null) continue;
            expect(Number.isFinite(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(measuredFields[field].min);
            expect(value).toBeLessThanOrEqual(measuredFields[field].max);
          }
        },
        isRefusal: (error) => error instanceof ReturnedRefusal && oneLine.test(error.message),
      });
      expect(stats.refused).toBeGreaterThan(0);
      expect(stats.accepted).toBeGreaterThan(0);
    },
    fuzzTimeout(500),
  );

  it(
    'files of the watched folder (readObservationFile): JSON, NDJSON and CSV, edited',
    async () => {
      const csv =
        'station,at,tempC,precipMm1h\n53543,2025-07-20T08:00:00+08:00,21.3,0.5\n53457,2025-07-20T08:00:00,,1\n';
      const stats = await fuzzEntry({
        name: 'observation file (readObservationFile)',
        runs: 300,
        valid: [csv, JSON.stringify({ observations: [sample] })],
        input: mutatedText([csv, JSON.stringify({ observations: [sample] }), `${JSON.stringify(sample)}\n{"x":1}\n`]),
        attempt: (text) => {
          const name = text.startsWith('station') ? 'f.csv' : 'f.json';
          const read = readObservationFile(name, text);
          if (!read.ok) throw new ReturnedRefusal(read.reason);
          for (const record of read.records) {
            const result =
              'raw' in record
                ? { ok: false as const, reason: record.reason }
                : 'text' in record
                  ? parseObservationMessage(record.text, context)
                  : parseObservationMessage(JSON.stringify(record.json) ?? 'null', context);
            if (!result.ok) expect(result.reason).toMatch(oneLine);
          }
        },
        isRefusal: (error) => error instanceof ReturnedRefusal && oneLine.test(error.message),
      });
      expect(stats.accepted).toBeGreaterThan(0);
    },
    fuzzTimeout(300),
  );
});

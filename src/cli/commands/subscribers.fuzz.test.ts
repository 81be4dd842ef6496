import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzEntry, fuzzTimeout, mutatedText } from '../../../test/support/fuzz.ts';
import { tempDir } from '../../../test/support/temp-dir.ts';
import { InputError } from '../input-error.ts';
import { subscriberRows } from './outbox.ts';

const dir = tempDir('nuancheng-fuzz-subscribers-');
afterAll(() => dir.remove());

const subscribersCsv = fc
  .array(fc.tuple(fc.stringMatching(/^1\d{10}$/), fc.constantFrom('150602', '150603', '150621', '150600')), {
    maxLength: 8,
  })
  .map((rows) => ['phone,division_code', ...rows.map((row) => row.join(','))].join('\n'));

describe('SMS subscriber files under fuzzing (fast-check): file:line: reason, or rows of phone and county', () => {
  it(
    'outbox subscribers import: files well formed or edited at random',
    async () => {
      const file = join(dir.path, 'subscribers.csv');
      const stats = await fuzzEntry({
        name: 'SMS subscribers CSV (outbox subscribers import)',
        runs: 200,
        input: fc.oneof(subscribersCsv, mutatedText(subscribersCsv)),
        attempt: async (text) => {
          writeFileSync(file, text);
          for await (const row of subscriberRows(file)) {
            expect(row.phone).toMatch(/^1\d{10}$/);
            expect(row.divisionCode).toMatch(/^\d{6}$/);
          }
        },
        isRefusal: (error) => error instanceof InputError && error.message.startsWith(`${file}:`),
      });
      expect(stats.refused).toBeGreaterThan(0);
      expect(stats.accepted).toBeGreaterThan(0);
    },
    fuzzTimeout(200),
  );
});

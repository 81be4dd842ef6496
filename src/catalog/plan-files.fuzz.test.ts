import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzEntry, fuzzTimeout, jsonInputText } from '../../test/support/fuzz.ts';
import { copyPlan } from '../../test/support/plan-copy.ts';
import { PlanValidationError } from '../plans/validate.ts';
import { loadPlanFolder } from './plan-files.ts';

const planIds = ['meteo-2024', 'air-2024', 'quality-2024'];
const copies = planIds.map((id) => copyPlan(id));
afterAll(() => copies.forEach((copy) => copy.remove()));
const sections = copies.flatMap((copy) =>
  readdirSync(copy.dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ dir: copy.dir, name, text: readFileSync(join(copy.dir, name), 'utf8') })),
);

describe('plan files under fuzzing (fast-check): refused as file: path: reason, or a plan that loads', () => {
  it(
    'one section file of a shipped plan edited at random (as JSON or as text)',
    async () => {
      const input = fc
        .nat({ max: sections.length - 1 })
        .chain((index) =>
          jsonInputText([JSON.parse(sections[index]!.text)]).map((text) => ({ section: sections[index]!, text })),
        );
      const stats = await fuzzEntry({
        name: 'plan files (loadPlanFolder)',
        runs: 150,
        input,
        attempt: ({ section, text }) => {
          const file = join(section.dir, section.name);
          writeFileSync(file, text);
          try {
            const loaded = loadPlanFolder(section.dir);
            expect(loaded.version.length).toBeGreaterThan(0);
            expect(loaded.contentHash).toMatch(/^[0-9a-f]{64}$/);
          } finally {
            writeFileSync(file, section.text);
          }
        },
        isRefusal: (error) => error instanceof PlanValidationError && /\.json: /.test(error.message),
      });
      expect(stats.refused).toBeGreaterThan(0);
    },
    fuzzTimeout(150),
  );
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { situationSample } from '../../../test/fuzz/samples.ts';
import { runCli } from '../../../test/support/cli.ts';
import { fuzzEntry, fuzzTimeout, jsonInputText } from '../../../test/support/fuzz.ts';
import { tempDir } from '../../../test/support/temp-dir.ts';
import { PlanCatalog } from '../../catalog/plan-files.ts';
import { InputError } from '../../cli/input-error.ts';
import { readJsonInput } from '../../cli/read-json.ts';
import { assessSituation } from '../grading/assess.ts';
import { describeRefusal, parseSituation } from './parse.ts';

const plan = PlanCatalog.load().meteo().plan;
const hazardCount = plan.hazards.hazards.length;
const dir = tempDir('nuancheng-fuzz-situation-');
afterAll(() => dir.remove());

/** What `nuancheng assess FILE` does with the file, in process: read, validate, grade. */
function assessFile(file: string) {
  const parsed = parseSituation(readJsonInput(file));
  if (!parsed.ok) throw new InputError(describeRefusal(parsed));
  return assessSituation(parsed.situation, plan);
}

describe('situation JSON under fuzzing (fast-check): one line naming the field, or a grading of every hazard', () => {
  it(
    'nuancheng assess (in process): edited situations, edited text, any JSON, deep nesting',
    async () => {
      const file = join(dir.path, 'situation.json');
      const stats = await fuzzEntry({
        name: 'situation JSON (assess: readJsonInput, parseSituation, assessSituation)',
        runs: 300,
        valid: [JSON.stringify(situationSample)],
        input: jsonInputText([situationSample]),
        attempt: (text) => {
          writeFileSync(file, text);
          const result = assessFile(file);
          expect(Object.keys(result.hazards)).toHaveLength(hazardCount);
          expect(JSON.parse(JSON.stringify(result))).toEqual(result);
        },
        isRefusal: (error) => error instanceof InputError && /^[^\n]+: [^\n]+$/.test(error.message),
      });
      expect(stats.refused).toBeGreaterThan(0);
      expect(stats.accepted).toBeGreaterThan(0);
    },
    fuzzTimeout(300),
  );

  it(
    'nuancheng assess as a process: exit 0 with the grading, or exit 2 with one line on standard error',
    async () => {
      await fuzzEntry({
        name: 'situation JSON (nuancheng assess -, real process)',
        runs: 4,
        input: jsonInputText([situationSample]),
        attempt: (text) => {
          const run = runCli(['assess', '-'], { input: text });
          if (run.status === 2) {
            expect(run.stderr.trim().split('\n')).toHaveLength(1);
            throw new InputError(run.stderr.trim());
          }
          expect(run.stderr).toBe('');
          expect(run.status).toBe(0);
          expect(Object.keys(JSON.parse(run.stdout).hazards)).toHaveLength(hazardCount);
        },
        isRefusal: (error) => error instanceof InputError,
      });
    },
    fuzzTimeout(4, 120_000),
  );
});

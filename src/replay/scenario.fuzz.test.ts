import { describe, expect, it } from 'vitest';
import { scenarioSample } from '../../test/fuzz/samples.ts';
import { fuzzEntry, fuzzTimeout, jsonInputText, ReturnedRefusal } from '../../test/support/fuzz.ts';
import { parseScenario } from './scenario.ts';

describe('replay scenarios under fuzzing (fast-check): one line naming the JSON path, or steps in time order', () => {
  it(
    'edited scenarios, edited text, any JSON',
    async () => {
      const stats = await fuzzEntry({
        name: 'replay scenario JSON (parseScenario)',
        runs: 300,
        valid: [JSON.stringify(scenarioSample)],
        input: jsonInputText([scenarioSample]),
        attempt: (text) => {
          const parsed = parseScenario(JSON.parse(text));
          if (!parsed.ok) throw new ReturnedRefusal(parsed.line);
          expect(parsed.scenario.steps.length).toBeGreaterThan(0);
          parsed.scenario.steps.forEach((step, i) => {
            expect(Number.isNaN(step.at.getTime())).toBe(false);
            if (i > 0) expect(step.at.getTime()).toBeGreaterThanOrEqual(parsed.scenario.steps[i - 1]!.at.getTime());
          });
        },
        // The CLI reads the file with readJsonInput (fuzzed with the situation); JSON errors are refusals here too.
        isRefusal: (error) =>
          (error instanceof ReturnedRefusal && /^[^\n]*: [^\n]+$/.test(error.message)) || error instanceof SyntaxError,
      });
      expect(stats.refused).toBeGreaterThan(0);
      expect(stats.accepted).toBeGreaterThan(0);
    },
    fuzzTimeout(300),
  );
});

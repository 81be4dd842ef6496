import { z } from 'zod';
import { formatPath } from '../plans/validate.ts';
import { parseSituation } from '../weather/situation/parse.ts';
import type { Situation } from '../weather/situation/situation.schema.ts';

export interface ReplayStep {
  at: Date;
  situation: Situation;
}

export interface Scenario {
  name: string;
  steps: ReplayStep[];
}

const isoDateTime =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * The instant an ISO 8601 text names; without an offset it is Asia/Shanghai time, as a situation's `at`
 * (contracts/assess.md). Undefined for text that does not parse or names a day or time that does not exist.
 */
export function instantOf(text: string): Date | undefined {
  const match = isoDateTime.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = '+08:00'] = match;
  const utc = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number(fraction.padEnd(3, '0').slice(0, 3)),
  );
  const check = new Date(utc);
  if (
    check.getUTCDate() !== Number(d) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 59
  )
    return undefined;
  const digits = zone === 'Z' ? '0000' : zone.slice(1).replace(':', '').padEnd(4, '0');
  const offset = (zone.startsWith('-') ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  if (Number(digits.slice(2)) > 59) return undefined;
  return new Date(utc - offset * 60_000);
}

const Step = z.strictObject(
  {
    at: z
      .string({ error: 'expected a date and time as ISO 8601 text' })
      .refine((text) => instantOf(text) !== undefined, 'not a valid ISO 8601 date and time'),
    situation: z.record(z.string(), z.unknown(), { error: 'expected an `assess` situation (an object)' }),
  },
  { error: 'expected an object with at and situation' },
);

const ScenarioFile = z.strictObject(
  {
    name: z.string({ error: "expected the exercise's name" }).min(1, 'must not be empty'),
    steps: z.array(Step, { error: 'expected a list of steps' }).min(1, 'a replay needs at least one step'),
  },
  { error: 'expected an object with name and steps' },
);

export type ScenarioParse = { ok: true; scenario: Scenario } | { ok: false; line: string };

/**
 * Reads a replay scenario (contracts/replay.md). Each step's situation is an `assess` situation, checked by the
 * grading's own schema; its `at` defaults to the step's. On refusal, one line naming the JSON path of the first
 * bad field: `steps[1].situation.units[0].areaKm2: must be greater than 0`.
 */
export function parseScenario(raw: unknown): ScenarioParse {
  const file = ScenarioFile.safeParse(raw);
  if (!file.success) {
    const issue = file.error.issues[0]!;
    return { ok: false, line: `${formatPath(issue.path) || 'scenario'}: ${issue.message}` };
  }
  const steps: ReplayStep[] = [];
  for (const [index, step] of file.data.steps.entries()) {
    const at = instantOf(step.at)!;
    const previous = steps.at(-1);
    if (previous && at.getTime() < previous.at.getTime()) {
      return {
        ok: false,
        line: `steps[${index}].at: steps must be in time order (${step.at} is before steps[${index - 1}].at)`,
      };
    }
    const parsed = parseSituation({ ...step.situation, at: step.situation.at ?? step.at });
    if (!parsed.ok)
      return { ok: false, line: `steps[${index}].situation${parsed.path ? `.${parsed.path}` : ''}: ${parsed.message}` };
    steps.push({ at, situation: parsed.situation });
  }
  return { ok: true, scenario: { name: file.data.name, steps } };
}

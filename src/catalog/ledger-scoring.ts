import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ScoringRule } from '../ledger/scoring/rule.schema.ts';
import { formatPath, PlanValidationError } from '../plans/validate.ts';
import { defaultPlansDir } from './plan-files.ts';

/** The city's assessment rule (督查考核计分规则), beside the plans: the city edits it, not the code. */
export const defaultScoringFile = join(defaultPlansDir, 'city', 'ledger-scoring.json');

export interface LoadedScoringRule {
  rule: ScoringRule;
  /** sha256 of the file, so a scorecard can prove which weights produced it. */
  contentHash: string;
}

const display = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
};

/** Reads and validates the rule; a bad file is refused as `file: path: reason` naming the first bad field. */
export function loadScoringRule(file: string = defaultScoringFile): LoadedScoringRule {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PlanValidationError(display(file), [{ path: '', message: `cannot read: ${(error as Error).message}` }]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new PlanValidationError(display(file), [
      { path: '', message: `not valid JSON: ${(error as Error).message.replace(/\s*\n\s*/g, ' ')}` },
    ]);
  }
  const parsed = ScoringRule.safeParse(raw);
  if (!parsed.success)
    throw new PlanValidationError(
      display(file),
      parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    );
  return { rule: parsed.data, contentHash: createHash('sha256').update(text).digest('hex') };
}

import { formatPath } from '../../plans/validate.ts';
import { Situation } from './situation.schema.ts';

export type SituationParse = { ok: true; situation: Situation } | { ok: false; path: string; message: string };

/** Validates a situation; on refusal, the JSON path of the first bad field and why (`units[3].forecast.precipMm`). */
export function parseSituation(raw: unknown): SituationParse {
  const result = Situation.safeParse(raw);
  if (result.success) return { ok: true, situation: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, path: formatPath(issue.path), message: issue.message };
}

/** One line for a person: `units[3].forecast.precipMm: expected a number`. */
export function describeRefusal(refusal: { path: string; message: string }): string {
  return `${refusal.path || 'situation'}: ${refusal.message}`;
}

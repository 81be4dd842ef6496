import type { z } from 'zod';

/** One reason a plan (or any input) was refused: where, and why. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** Writes a Zod path as a reader types it: `units[3].forecast.precipMm`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

export function issuesOf(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

export class PlanValidationError extends Error {
  constructor(
    readonly file: string,
    readonly issues: ValidationIssue[],
  ) {
    const first = issues[0];
    super(first ? `${file}: ${first.path || '(root)'}: ${first.message}` : `${file}: invalid plan`);
    this.name = 'PlanValidationError';
  }
}

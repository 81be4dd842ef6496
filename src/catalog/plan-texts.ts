import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PlanText } from '../plans/plan-text.ts';

const folder = new URL('../../assets/plan-texts/', import.meta.url);

/** A plan's sectioned text from `assets/plan-texts/` (made from the seed by `scripts/plan-texts.ts`), or null. */
export function loadPlanText(planId: string): PlanText | null {
  if (!/^[a-z0-9-]+$/.test(planId)) return null;
  const file = fileURLToPath(new URL(`${planId}.json`, folder));
  if (!existsSync(file)) return null;
  return PlanText.parse(JSON.parse(readFileSync(file, 'utf8')));
}

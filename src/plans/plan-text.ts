import { z } from 'zod';

/** A plan's published text, split by its own numbering (`assets/plan-texts/<plan id>.json`). */
export const PlanText = z.object({
  planId: z.string(),
  source: z.string(),
  sections: z.array(
    z.object({
      clause: z.string().min(1),
      heading: z.string(),
      depth: z.number().int().min(0),
      paragraphs: z.array(z.string()),
    }),
  ),
});
export type PlanText = z.infer<typeof PlanText>;

export interface Implementer {
  /** The clause the entry cites, as precise as it gives it (8.2.2(3), 四(三)2, 一(二) 表 4). */
  clause: string;
  /** Where the entry is in the plan data, e.g. `grading.hazards[1].levels[2]`. */
  path: string;
  /** The entry's own name or text, shortened. */
  label: string;
}

const labelKeys = ['zh', 'name', 'title', 'indicator', 'heading', 'text', 'entry'] as const;

function labelOf(entry: Record<string, unknown>): string {
  for (const key of labelKeys) {
    const value = entry[key];
    if (typeof value === 'string' && value.trim()) return value.length > 60 ? `${value.slice(0, 60)}…` : value;
  }
  return '';
}

/** Every entry of the plan data that cites a clause: the rules, thresholds, targets, duties and tasks. */
export function implementersOf(plan: unknown): Implementer[] {
  const found: Implementer[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${path}[${index}]`));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const entry = value as Record<string, unknown>;
    if (typeof entry.clause === 'string' && path !== '')
      found.push({ clause: entry.clause, path, label: labelOf(entry) });
    for (const [key, child] of Object.entries(entry)) if (key !== 'meta') walk(child, path ? `${path}.${key}` : key);
  };
  walk(plan, '');
  return found;
}

/** Whether `clause` falls under `section`: the same clause, or one of its items (8.2.2(3), 四(三)2, 三(2025)). */
function under(section: string, clause: string): boolean {
  if (clause === section) return true;
  if (!clause.startsWith(section)) return false;
  const next = clause.charAt(section.length);
  return next === '(' || next === ' ' || next === '.' || (section.endsWith(')') && /\d/.test(next));
}

/** The deepest section a cited clause falls under, or null when the text has none (a clause of a lost part). */
export function sectionOf(sections: readonly string[], clause: string): string | null {
  let best: string | null = null;
  for (const section of sections) if (under(section, clause) && (!best || section.length > best.length)) best = section;
  return best;
}

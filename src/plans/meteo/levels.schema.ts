import { z } from 'zod';
import { ClauseRef, Level } from '../common.schema.ts';

export const LevelColor = z.enum(['blue', 'yellow', 'orange', 'red']);
export type LevelColor = z.infer<typeof LevelColor>;

const LevelEntry = z
  .object({
    level: Level,
    zh: z.string().min(1),
    color: LevelColor,
    colorZh: z.string().min(1),
    /** CAP 1.2 `severity` of a warning at this level. */
    capSeverity: z.enum(['Minor', 'Moderate', 'Severe', 'Extreme']),
    severityZh: z.string().min(1),
  })
  .strict();
export type LevelEntry = z.infer<typeof LevelEntry>;

/**
 * 3.3.1: the four levels and their colours. `levels` runs from the lowest to the highest, so a level's place
 * in the list is its rank; `highest` states the plan's "红色为最高级" and must be the last entry.
 */
export const MeteoLevels = z
  .object({
    clause: ClauseRef,
    text: z.string().min(1),
    highest: Level,
    severitySource: z.string().min(1),
    levels: z.array(LevelEntry),
  })
  .strict()
  .superRefine((data, ctx) => {
    const levels = new Set<string>();
    const colors = new Set<string>();
    data.levels.forEach((entry, index) => {
      if (levels.has(entry.level))
        ctx.addIssue({
          code: 'custom',
          path: ['levels', index, 'level'],
          message: `level ${entry.level} appears twice`,
        });
      if (colors.has(entry.color))
        ctx.addIssue({
          code: 'custom',
          path: ['levels', index, 'color'],
          message: `colour ${entry.color} appears twice`,
        });
      levels.add(entry.level);
      colors.add(entry.color);
    });
    const missing = Level.options.filter((level) => !levels.has(level));
    if (missing.length > 0)
      ctx.addIssue({ code: 'custom', path: ['levels'], message: `missing levels: ${missing.join(', ')}` });
    if (data.levels.at(-1)?.level !== data.highest) {
      ctx.addIssue({
        code: 'custom',
        path: ['highest'],
        message: `the highest level ${data.highest} must be the last entry of levels (lowest first)`,
      });
    }
  });
export type MeteoLevels = z.infer<typeof MeteoLevels>;

import { z } from 'zod';
import { ClauseRef } from '../common.schema.ts';
import { ClauseText, Notes, PlanText } from './text.schema.ts';
import { MeasureId } from './actions.schema.ts';

/** One row of the annex 年度任务分解表: a yearly task detailing one measure of 四. */
const QualityTask = z
  .object({
    id: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.-]*$/, 'a task id in ascii, e.g. "2025-4.1.1-01"'),
    measureId: MeasureId,
    year: z.number().int().min(2024).max(2030),
    text: PlanText,
    lead: PlanText,
    partners: z.array(PlanText).default([]),
    due: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
      .optional(),
    /** The figure the task is measured by, when the annex gives one. */
    indicator: PlanText.optional(),
    clause: ClauseRef,
    notes: Notes,
  })
  .strict();
export type QualityTask = z.infer<typeof QualityTask>;

/** The annex: named by the plan, absent from the source text, so its tasks are entered as data later. */
export const QualityTasks = z
  .object({
    annex: z
      .object({
        clause: ClauseRef,
        title: PlanText,
        inSourceText: z.boolean(),
        declaredTasks: z.number().int().positive(),
        declaredIn: ClauseText,
        notes: Notes,
      })
      .strict(),
    tasks: z.array(QualityTask),
  })
  .strict()
  .superRefine((section, ctx) => {
    if (section.tasks.length > section.annex.declaredTasks) {
      ctx.addIssue({
        code: 'custom',
        path: ['tasks'],
        message: `the plan declares ${section.annex.declaredTasks} tasks; the data holds ${section.tasks.length}`,
      });
    }
    const seen = new Set<string>();
    section.tasks.forEach((task, index) => {
      if (seen.has(task.id))
        ctx.addIssue({ code: 'custom', path: ['tasks', index, 'id'], message: `task id "${task.id}" is used twice` });
      seen.add(task.id);
      if (task.due !== undefined && Number(task.due.slice(0, 4)) !== task.year) {
        ctx.addIssue({
          code: 'custom',
          path: ['tasks', index, 'due'],
          message: `due ${task.due} is not in the task's year ${task.year}`,
        });
      }
    });
  });
export type QualityTasks = z.infer<typeof QualityTasks>;

import { z } from 'zod';
import { ClauseRef } from '../common.schema.ts';
import { Notes, PlanText, Quantity } from './text.schema.ts';

export const MeasureId = z.string().regex(/^4\.[1-9]\.[1-9]\d*$/, 'a measure id looks like "4.1.1" (四(一)1)');

/**
 * "(责任单位:…)": the departments as written. The text names no lead among them, so the data holds none: a
 * ledger task's lead is chosen when the task is set up (立项) and recorded there.
 */
const Responsible = z
  .object({
    clause: ClauseRef,
    text: PlanText,
    departments: z.array(PlanText).min(1),
  })
  .strict()
  .superRefine((responsible, ctx) => {
    if (responsible.departments.join('、') !== responsible.text) {
      ctx.addIssue({
        code: 'custom',
        path: ['departments'],
        message: "departments must list the text's departments in its order",
      });
    }
  });

/** A figure stated inside a measure (e.g. 特殊药品年度检查覆盖率持续保持100%). */
const MeasureIndicator = Quantity.extend({
  id: z.string().regex(/^[a-z][a-z-]*$/, 'an id in lower-case kebab-case'),
  clause: ClauseRef,
  text: PlanText,
  notes: Notes,
}).strict();

const Measure = z
  .object({
    id: MeasureId,
    clause: ClauseRef,
    number: z.number().int().positive(),
    title: PlanText,
    text: PlanText,
    responsible: Responsible,
    indicators: z.array(MeasureIndicator).default([]),
    notes: Notes,
  })
  .strict();
export type QualityMeasure = z.infer<typeof Measure>;

const Action = z
  .object({
    id: z.string().regex(/^4\.[1-9]$/, 'an action id looks like "4.1" (四(一))'),
    clause: ClauseRef,
    number: z.number().int().positive(),
    title: PlanText,
    measures: z.array(Measure).min(1),
  })
  .strict();
export type QualityAction = z.infer<typeof Action>;

/** Section 四 落实举措: the actions (一)…(八) and their numbered measures. */
export const QualityActions = z
  .object({
    clause: ClauseRef,
    title: PlanText,
    intro: z
      .object({
        clause: ClauseRef,
        text: PlanText,
        /** The counts the text announces ("8大行动,明确28条工作举措,…231个具体任务"). */
        declared: z
          .object({
            actions: z.number().int().positive(),
            measures: z.number().int().positive(),
            tasks: z.number().int().positive(),
          })
          .strict(),
      })
      .strict(),
    actions: z.array(Action).min(1),
    notes: Notes,
  })
  .strict()
  .superRefine((section, ctx) => {
    section.actions.forEach((action, a) => {
      if (action.number !== a + 1 || action.id !== `4.${a + 1}`) {
        ctx.addIssue({
          code: 'custom',
          path: ['actions', a, 'id'],
          message: `action ${a + 1} must be numbered 4.${a + 1}`,
        });
      }
      action.measures.forEach((measure, m) => {
        if (measure.number !== m + 1 || measure.id !== `${action.id}.${m + 1}`) {
          ctx.addIssue({
            code: 'custom',
            path: ['actions', a, 'measures', m, 'id'],
            message: `measure ${m + 1} of action ${action.id} must be numbered ${action.id}.${m + 1}`,
          });
        }
      });
    });
    const measures = section.actions.reduce((sum, action) => sum + action.measures.length, 0);
    const { declared } = section.intro;
    if (section.actions.length !== declared.actions) {
      ctx.addIssue({
        code: 'custom',
        path: ['actions'],
        message: `the text declares ${declared.actions} actions; the data holds ${section.actions.length}`,
      });
    }
    if (measures !== declared.measures) {
      ctx.addIssue({
        code: 'custom',
        path: ['actions'],
        message: `the text declares ${declared.measures} measures; the data holds ${measures}`,
      });
    }
  });
export type QualityActions = z.infer<typeof QualityActions>;

import { z } from 'zod';
import { PlanMeta } from '../common.schema.ts';
import { QualityPrinciples } from './principles.schema.ts';
import { QualityTargets } from './targets.schema.ts';
import { QualityActions } from './actions.schema.ts';
import { QualitySupervision } from './supervision.schema.ts';
import { QualityTasks } from './tasks.schema.ts';

/** The quality-city plan (鄂府发〔2024〕63号); each key is one file of `plans/quality-2024/`. */
export const QualityPlan = z
  .object({
    meta: PlanMeta.extend({ kind: z.literal('quality') }),
    principles: QualityPrinciples,
    targets: QualityTargets,
    actions: QualityActions,
    supervision: QualitySupervision,
    tasks: QualityTasks,
  })
  .strict()
  .superRefine((plan, ctx) => {
    const measureIds = new Set(plan.actions.actions.flatMap((action) => action.measures.map((measure) => measure.id)));
    plan.tasks.tasks.forEach((task, index) => {
      if (!measureIds.has(task.measureId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tasks', 'tasks', index, 'measureId'],
          message: `no measure "${task.measureId}" in actions.json`,
        });
      }
    });
    if (plan.tasks.annex.declaredTasks !== plan.actions.intro.declared.tasks) {
      ctx.addIssue({
        code: 'custom',
        path: ['tasks', 'annex', 'declaredTasks'],
        message: `四 declares ${plan.actions.intro.declared.tasks} tasks`,
      });
    }
  });
export type QualityPlan = z.infer<typeof QualityPlan>;

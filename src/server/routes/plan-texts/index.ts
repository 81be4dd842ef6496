import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { planTextOf } from '../../../services/plan-texts.service.ts';
import type { AppContext } from '../../context.ts';
import { HttpError } from '../../errors.ts';
import { Failure, PlanTextParams, PlanTextView } from './schema.ts';

export const planTextRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/plans/:id/text',
    {
      config: { operation: 'plans.read' },
      schema: {
        tags: ['plans'],
        summary: "A plan's published text by section, each with what implements it in the plan data",
        params: PlanTextParams,
        response: { 200: PlanTextView, 404: Failure },
      },
    },
    async (request) => {
      const view = planTextOf(ctx.plans, request.params.id);
      if (!view) throw new HttpError(404, 'plan_text_not_found', `no text of plan "${request.params.id}"`, 'id');
      return view;
    },
  );
};

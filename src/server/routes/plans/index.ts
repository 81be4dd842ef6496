import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { LoadedPlan } from '../../../catalog/plan-files.ts';
import type { AppContext } from '../../context.ts';
import { HttpError } from '../../errors.ts';
import { PlanDocument, PlanList, PlanNotFound, PlanParams } from './schema.ts';

function summary(loaded: LoadedPlan) {
  const { meta } = loaded.plan;
  return {
    id: loaded.id,
    kind: loaded.kind,
    version: loaded.version,
    title: meta.title,
    documentNumber: meta.documentNumber,
    issuedOn: meta.issuedOn,
    contentHash: loaded.contentHash,
  };
}

export const planRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/plans',
    {
      config: { operation: 'plans.read' },
      schema: { tags: ['plans'], summary: 'The loaded plans and their versions', response: { 200: PlanList } },
    },
    async () => ({ plans: ctx.plans.list().map(summary) }),
  );

  app.get(
    '/api/plans/:id',
    {
      config: { operation: 'plans.read' },
      schema: {
        tags: ['plans'],
        summary: 'One plan as data, every entry with the clause it comes from',
        params: PlanParams,
        response: { 200: PlanDocument, 404: PlanNotFound },
      },
    },
    async (request) => {
      const loaded = ctx.plans.get(request.params.id);
      if (!loaded)
        throw new HttpError(
          404,
          'plan_not_found',
          `没有预案「${request.params.id}」;已加载:${ctx.plans
            .list()
            .map((p) => p.id)
            .join('、')}`,
          'id',
        );
      return { ...summary(loaded), plan: loaded.plan as unknown as Record<string, unknown> };
    },
  );
};

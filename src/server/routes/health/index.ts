import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { AppContext } from '../../context.ts';
import { Health } from './schema.ts';

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/healthz',
    {
      schema: { tags: ['system'], summary: 'Liveness and store check', response: { 200: Health, 503: Health } },
    },
    async (_request, reply) => {
      const plans = ctx.plans.list().map((plan) => ({ id: plan.id, version: plan.version }));
      try {
        await sql`select 1`.execute(ctx.store.db);
        return { status: 'ok' as const, store: ctx.store.engine, plans };
      } catch {
        return reply.code(503).send({ status: 'unavailable' as const, store: ctx.store.engine, plans });
      }
    },
  );
};

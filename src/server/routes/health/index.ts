import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { health } from '../../../services/system.service.ts';
import type { AppContext } from '../../context.ts';
import { Health } from './schema.ts';

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/healthz',
    {
      config: { operation: 'health.read' },
      schema: { tags: ['system'], summary: 'Liveness and store check', response: { 200: Health, 503: Health } },
    },
    async (_request, reply) => {
      const answer = await health(ctx);
      return answer.status === 'ok' ? answer : reply.code(503).send(answer);
    },
  );
};

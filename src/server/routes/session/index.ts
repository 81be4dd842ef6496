import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { me } from '../../../services/users.service.ts';
import type { AppContext } from '../../context.ts';
import { Session } from './schema.ts';

/**
 * Who is asking, for a client that serves the public and the staff alike (the web console): always a 200, with
 * `me: null` when nobody is signed in, so a public page does not probe with a request that fails. The person is
 * what `GET /api/me` answers.
 */
export const sessionRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/session',
    {
      config: { operation: 'session.read' },
      schema: { tags: ['auth'], summary: 'The signed-in person, or null for the public', response: { 200: Session } },
    },
    async (request) => ({ me: request.principal.kind === 'user' ? await me(ctx, request.principal) : null }),
  );
};

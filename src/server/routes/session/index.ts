import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { meView } from '../auth/me.ts';
import type { AppContext } from '../../context.ts';
import { Session } from './schema.ts';

/**
 * Who is asking, for a client that serves the public and the staff alike (the web console): always a 200, with
 * `me: null` when nobody is signed in, so a public page does not probe with a request that fails.
 */
export const sessionRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app) => {
  app.get(
    '/api/session',
    { schema: { tags: ['auth'], summary: 'The signed-in person, or null for the public', response: { 200: Session } } },
    async (request) => {
      return { me: request.actor ? meView(request.actor) : null };
    },
  );
};

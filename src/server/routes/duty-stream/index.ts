import type { ServerResponse } from 'node:http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { startEventStream } from '../../event-stream.ts';
import { subscribeDutyStream } from '../../../services/duty-stream.service.ts';
import type { AppContext } from '../../context.ts';

/**
 * The duty room's event stream (issue #13 item 3): server-sent `levels` and `draft` events as they commit, so the
 * console shows a level reached and its drafted warning without waiting for its next poll. A notice names what to
 * read; a client that reconnects reads the lists again, so nothing is replayed.
 */
export const dutyStreamRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const open = new Set<ServerResponse>();
  // Event streams never end by themselves; the server ends them before it stops, or closing would wait on them.
  app.addHook('preClose', async () => {
    for (const raw of open) raw.end();
  });

  app.get(
    '/api/duty/stream',
    {
      config: { operation: 'warningDrafts.read' },
      schema: {
        tags: ['assessments'],
        summary:
          'Server-sent events for the duty room: `levels` (the continuous grading reached or changed a level) and `draft` (a warning draft made or decided)',
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      let sent = 0;
      let raw: ServerResponse | null = null;
      // Subscribed before the answer starts, so a refusal is an ordinary 403; what comes before the stream has
      // started is in the lists the client reads on opening.
      const stop = await subscribeDutyStream(ctx, request.principal, (notice) => {
        if (!raw || raw.writableEnded) return;
        raw.write(`id: ${++sent}\nevent: ${notice.kind}\ndata: ${JSON.stringify(notice)}\n\n`);
      });
      raw = startEventStream(request, reply, open, stop);
    },
  );
};

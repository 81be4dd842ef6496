import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  channelSettings,
  importSmsSubscribers,
  warningOutboxProgress,
} from '../../../services/outbox-console.service.ts';
import { requireActor } from '../../auth.ts';
import type { AppContext } from '../../context.ts';
import { ChannelSettings, Failure, SubscriberImport, WarningParams, WarningProgress } from './schema.ts';

const tags = ['outbox'];

/** The dissemination as the console shows it: a warning's progress, the channels, the SMS subscriber list. */
export const outboxConsoleRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.get(
    '/api/outbox/warnings/:id',
    {
      schema: {
        tags,
        summary: "A warning's messages per endpoint: sent, waiting, given up",
        params: WarningParams,
        response: { 200: WarningProgress, 401: Failure, 403: Failure },
      },
    },
    async (request) => warningOutboxProgress(ctx.store.db, requireActor(request), request.params.id),
  );

  app.get(
    '/api/outbox/channels',
    {
      schema: {
        tags,
        summary: 'The configured channels (no secrets), their queues and last errors, the SMS subscriber count',
        response: { 200: ChannelSettings, 401: Failure, 403: Failure },
      },
    },
    async (request) => channelSettings(ctx.store.db, requireActor(request)),
  );

  app.post(
    '/api/outbox/subscribers',
    {
      schema: {
        tags,
        summary: 'Import SMS subscribers (text/csv "phone,division_code"); any refused line and nothing is written',
        consumes: ['text/csv'],
        response: { 200: SubscriberImport, 400: Failure, 401: Failure, 403: Failure, 415: Failure },
      },
    },
    async (request) =>
      importSmsSubscribers(
        ctx.store.db,
        requireActor(request),
        typeof request.body === 'string' ? request.body : '',
        [ctx.geography.cityCode, ...ctx.geography.divisions.map((division) => division.code)],
        new Date(),
      ),
  );
};

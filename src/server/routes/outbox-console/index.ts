import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  channelSettings,
  importSmsSubscriberList,
  warningOutboxProgress,
} from '../../../services/outbox-console.service.ts';
import type { AppContext } from '../../context.ts';
import { ChannelSettings, Failure, SubscriberImport, WarningParams, WarningProgress } from './schema.ts';

const tags = ['outbox'];
/** A city-wide subscriber list: about 20 bytes a line, some 800,000 lines. */
const SUBSCRIBER_LIST_LIMIT = 16 * 1024 * 1024;

/** The dissemination as the console shows it: a warning's progress, the channels, the SMS subscriber list. */
export const outboxConsoleRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.get(
    '/api/outbox/warnings/:id',
    {
      config: { operation: 'warningOutbox.read' },
      schema: {
        tags,
        summary: "A warning's messages per endpoint: sent, waiting, given up",
        params: WarningParams,
        response: { 200: WarningProgress, 401: Failure, 403: Failure },
      },
    },
    async (request) => warningOutboxProgress(ctx, request.principal, request.params.id),
  );

  app.get(
    '/api/outbox/channels',
    {
      config: { operation: 'channels.read' },
      schema: {
        tags,
        summary: 'The configured channels (no secrets), their queues and last errors, the SMS subscriber count',
        response: { 200: ChannelSettings, 401: Failure, 403: Failure },
      },
    },
    async (request) => channelSettings(ctx, request.principal),
  );

  app.post(
    '/api/outbox/subscribers',
    {
      bodyLimit: SUBSCRIBER_LIST_LIMIT,
      config: { operation: 'subscribers.import' },
      schema: {
        tags,
        summary: 'Import SMS subscribers (text/csv "phone,division_code"); any refused line and nothing is written',
        consumes: ['text/csv'],
        response: { 200: SubscriberImport, 400: Failure, 401: Failure, 403: Failure, 413: Failure, 415: Failure },
      },
    },
    async (request) =>
      importSmsSubscriberList(ctx, request.principal, typeof request.body === 'string' ? request.body : ''),
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { warningEventsOf } from '../../../services/warning-events.ts';
import { actOnWarning } from '../../../services/warnings-manual.service.ts';
import {
  atomFeed,
  capOf,
  listPublicWarnings,
  messagesSince,
  warningWithMessages,
} from '../../../services/warnings-reads.service.ts';
import type { AppContext, ServerOptions } from '../../context.ts';
import { ApiError, HttpError } from '../../errors.ts';
import { ifNoneMatchHits } from './etag.ts';
import { messageView, warningView } from './present.ts';
import {
  FeedQuery,
  ManualWarningBody,
  MessageView,
  RefParams,
  StreamQuery,
  WarningDetail,
  WarningList,
  WarningsQuery,
} from './schema.ts';
import { streamWarnings, type StreamSource } from './stream.ts';

/**
 * The public warning feeds (no sign-in: a warning is for everyone) and the duty officer's own issuing.
 * JSON list and point query, each message as CAP 1.2, an Atom feed of the warnings in force with ETags, and
 * a server-sent event stream fed as each message commits.
 */
export const warningRoutes: FastifyPluginAsyncZod<{ ctx: AppContext; options: ServerOptions }> = async (
  app,
  { ctx, options },
) => {
  const meteo = () => ctx.plans.meteo();
  const source: StreamSource = {
    events: warningEventsOf(ctx.events),
    missed: (status, seq) => messagesSince(ctx, status, seq),
    open: new Set(),
  };
  // Event streams never end by themselves; the server ends them before it stops, or closing would wait on them.
  app.addHook('preClose', async () => {
    for (const raw of source.open) raw.end();
  });
  const config = { operation: 'warnings.read' as const };

  app.get(
    '/api/warnings',
    {
      config,
      schema: {
        tags: ['warnings'],
        summary: 'Warnings, newest first; filter by hazard, level, area, active, or the point they cover (lat, lon)',
        querystring: WarningsQuery,
        response: { 200: WarningList },
      },
    },
    async (request) => {
      const now = ctx.clock();
      const { items, next, point } = await listPublicWarnings(ctx, request.query);
      return {
        ...(point ? { point } : {}),
        warnings: items.map((record) => warningView(record, meteo().plan, ctx.geography, now)),
        next,
      };
    },
  );

  app.get(
    '/api/warnings/feed.atom',
    {
      config,
      schema: {
        tags: ['warnings'],
        summary: 'Atom feed of the warnings in force (conditional GET: ETag, If-None-Match → 304)',
        querystring: FeedQuery,
      },
    },
    async (request, reply) => {
      const feed = await atomFeed(ctx, { status: request.query.status, baseUrl: options.publicUrl });
      void reply.header('etag', feed.etag).header('cache-control', 'no-cache');
      if (ifNoneMatchHits(request.headers['if-none-match'], feed.etag)) return reply.code(304).send();
      return reply.type('application/atom+xml; charset=utf-8').send(feed.body);
    },
  );

  app.get(
    '/api/warnings/stream',
    {
      config,
      schema: {
        tags: ['warnings'],
        summary: 'Server-sent events: one `warning` event per committed message (resume with Last-Event-ID)',
        querystring: StreamQuery,
      },
    },
    async (request, reply) => streamWarnings(request, reply, source, request.query.status, request.query.after),
  );

  app.get(
    '/api/warnings/signing-certificate.pem',
    {
      config,
      schema: {
        tags: ['warnings'],
        summary:
          'The X.509 certificate (PEM) whose key signs every CAP message (XML-DSig, RSA-SHA256); 404 when unsigned',
        produces: ['application/x-pem-file'],
      },
    },
    async (_request, reply) => {
      if (!ctx.capSigner) throw new HttpError(404, 'cap_not_signed', '本系统未配置CAP签名密钥,预警消息未签名', null);
      return reply.type('application/x-pem-file').send(ctx.capSigner.certificatePem);
    },
  );

  app.get(
    '/api/warnings/:ref.cap',
    {
      config,
      schema: {
        tags: ['warnings'],
        summary: 'One message as CAP 1.2 XML: by its identifier, or the latest message of a warning by the warning id',
        params: RefParams,
        produces: ['application/cap+xml'],
      },
    },
    async (request, reply) => {
      const xml = await capOf(ctx, request.params.ref);
      if (!xml) throw new HttpError(404, 'warning_not_found', `没有预警或消息「${request.params.ref}」`, 'ref');
      return reply.type('application/cap+xml; charset=utf-8').send(xml);
    },
  );

  app.get(
    '/api/warnings/:ref',
    {
      config,
      schema: {
        tags: ['warnings'],
        summary: 'A warning with all its messages, by warning id or by the identifier of one of its messages',
        params: RefParams,
        response: { 200: WarningDetail, 404: ApiError },
      },
    },
    async (request) => {
      const found = await warningWithMessages(ctx, request.params.ref);
      if (!found) throw new HttpError(404, 'warning_not_found', `没有预警或消息「${request.params.ref}」`, 'ref');
      return {
        ...warningView(found.warning, meteo().plan, ctx.geography, ctx.clock()),
        messages: found.messages.map(messageView),
      };
    },
  );

  app.post(
    '/api/warnings',
    {
      bodyLimit: 16 * 1024,
      config: { operation: 'warnings.act' },
      schema: {
        tags: ['warnings'],
        summary: 'A duty officer issues, updates or cancels a warning (3.3.2, 3.3.3)',
        body: ManualWarningBody,
        response: { 201: MessageView, 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError },
      },
    },
    async (request, reply) =>
      reply.code(201).send(messageView(await actOnWarning(ctx, request.principal, request.body))),
  );
};

import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderAtomFeed } from '../../../alerts/feeds/atom.ts';
import { meteorologicalIssuer } from '../../../alerts/warnings/issuer.ts';
import { divisionAt } from '../../../geo/point-in-polygon.ts';
import { warningEventsOf } from '../../../services/warning-events.ts';
import { actOnWarning } from '../../../services/warnings-manual.service.ts';
import type { WarningsContext } from '../../../services/warnings.service.ts';
import {
  latestMessage,
  listWarnings,
  messageByIdentifier,
  messagesAfter,
  messagesOf,
  warningById,
} from '../../../store/warnings.repository.ts';
import { requireRole } from '../../auth.ts';
import type { AppContext } from '../../context.ts';
import { ApiError, HttpError } from '../../errors.ts';
import { ifNoneMatchHits } from './etag.ts';
import { capPath, isActive, messageView, warningView } from './present.ts';
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
export const warningRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const db = ctx.store.db;
  const meteo = () => ctx.plans.meteo();
  const warningsCtx = (): WarningsContext => ({
    db,
    meteo: meteo(),
    geography: ctx.geography,
    now: () => new Date(),
    capSigner: ctx.capSigner,
  });
  const source: StreamSource = {
    events: warningEventsOf(db),
    missed: (status, seq) => messagesAfter(db, status, seq, 1000),
    open: new Set(),
  };
  // Event streams never end by themselves; the server ends them before it stops, or closing would wait on them.
  app.addHook('preClose', async () => {
    for (const raw of source.open) raw.end();
  });

  app.get(
    '/api/warnings',
    {
      schema: {
        tags: ['warnings'],
        summary: 'Warnings, newest first; filter by hazard, level, area, active, or the point they cover (lat, lon)',
        querystring: WarningsQuery,
        response: { 200: WarningList },
      },
    },
    async (request) => {
      const { hazard, level, area, active, lat, lon, status, limit } = request.query;
      const now = new Date();
      const point =
        lat !== undefined && lon !== undefined
          ? { lat, lon, division: divisionAt(ctx.geography, lon, lat) ?? null }
          : undefined;
      // Active is decided in code (expiry is a time comparison), so cancelled ones are left out in SQL only when asked for active.
      const records = await listWarnings(db, {
        status,
        limit: 1000,
        ...(hazard ? { hazard } : {}),
        ...(level ? { level } : {}),
        ...(active ? { state: 'active' as const } : {}),
      });
      const covers = (codes: string[], code: string) => code === ctx.geography.cityCode || codes.includes(code);
      const warnings = records
        .filter((record) => active === undefined || isActive(record, now) === active)
        .filter((record) => area === undefined || covers(record.areaCodes, area))
        .filter(
          (record) =>
            point === undefined || (point.division !== null && record.areaCodes.includes(point.division.code)),
        )
        .slice(0, limit)
        .map((record) => warningView(record, meteo().plan, ctx.geography, now));
      return {
        ...(point
          ? {
              point: {
                lat: point.lat,
                lon: point.lon,
                division: point.division && { code: point.division.code, name: point.division.name },
              },
            }
          : {}),
        warnings,
      };
    },
  );

  app.get(
    '/api/warnings/feed.atom',
    {
      schema: {
        tags: ['warnings'],
        summary: 'Atom feed of the warnings in force (conditional GET: ETag, If-None-Match → 304)',
        querystring: FeedQuery,
      },
    },
    async (request, reply) => {
      const { status } = request.query;
      const now = new Date();
      const base = `${request.protocol}://${request.host}`;
      const issuer = meteorologicalIssuer(meteo().plan, { code: ctx.geography.cityCode, name: ctx.geography.cityName });
      const records = (await listWarnings(db, { status, state: 'active', limit: 1000 })).filter((record) =>
        isActive(record, now),
      );
      const last = await latestMessage(db, status);
      const self = `${base}/api/warnings/feed.atom${status === 'Actual' ? '' : `?status=${status}`}`;
      const body = renderAtomFeed({
        id: self,
        title: `${issuer.nameZh}气象灾害预警${status === 'Exercise' ? '(演练)' : ''}`,
        selfUrl: self,
        updated: last?.sent ?? '1970-01-01T00:00:00+00:00',
        entries: records.map((record) => ({
          id: `${base}${capPath(record.latest.identifier)}`,
          title: record.latest.headlineZh,
          updated: record.latest.sent,
          summary: record.latest.descriptionZh,
          capUrl: `${base}${capPath(record.latest.identifier)}`,
          category: record.hazard,
          authorName: issuer.nameZh,
        })),
      });
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
      void reply.header('etag', etag).header('cache-control', 'no-cache');
      if (ifNoneMatchHits(request.headers['if-none-match'], etag)) return reply.code(304).send();
      return reply.type('application/atom+xml; charset=utf-8').send(body);
    },
  );

  app.get(
    '/api/warnings/stream',
    {
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
      schema: {
        tags: ['warnings'],
        summary: 'One message as CAP 1.2 XML: by its identifier, or the latest message of a warning by the warning id',
        params: RefParams,
        produces: ['application/cap+xml'],
      },
    },
    async (request, reply) => {
      const { ref } = request.params;
      const message = await messageByIdentifier(db, ref);
      const warning = message ? undefined : await warningById(db, ref);
      const cap = message ?? (warning && (await messageByIdentifier(db, warning.latest.identifier)));
      if (!cap) throw new HttpError(404, 'warning_not_found', `no warning or message "${ref}"`, 'ref');
      return reply.type('application/cap+xml; charset=utf-8').send(cap.capXml);
    },
  );

  app.get(
    '/api/warnings/:ref',
    {
      schema: {
        tags: ['warnings'],
        summary: 'A warning with all its messages, by warning id or by the identifier of one of its messages',
        params: RefParams,
        response: { 200: WarningDetail, 404: ApiError },
      },
    },
    async (request) => {
      const { ref } = request.params;
      const message = await messageByIdentifier(db, ref);
      const warning = await warningById(db, message?.warningId ?? ref);
      if (!warning) throw new HttpError(404, 'warning_not_found', `no warning or message "${ref}"`, 'ref');
      const messages = await messagesOf(db, warning.id);
      return { ...warningView(warning, meteo().plan, ctx.geography, new Date()), messages: messages.map(messageView) };
    },
  );

  app.post(
    '/api/warnings',
    {
      schema: {
        tags: ['warnings'],
        summary: 'A duty officer issues, updates or cancels a warning (3.3.2, 3.3.3)',
        body: ManualWarningBody,
        response: { 201: MessageView, 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError },
      },
    },
    async (request, reply) => {
      const actor = requireRole(request, ['dutyOfficer'], 'issuing warnings');
      const body: z.infer<typeof ManualWarningBody> = request.body;
      const message = await actOnWarning(warningsCtx(), actor, body);
      return reply.code(201).send(messageView(message));
    },
  );
};

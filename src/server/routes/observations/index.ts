import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ingestObservations,
  listRejectedObservations,
  observedSituationAt,
  setAsideObservations,
} from '../../../services/observations.service.ts';
import { oneLine } from '../../../weather/observations/observation.ts';
import { Situation } from '../../../weather/situation/situation.schema.ts';
import type { AppContext } from '../../context.ts';
import { handleError } from '../../errors.ts';
import * as S from './schema.ts';

/** A national burst (70,000 stations, ~200 bytes each) fits in one request. */
export const OBSERVATIONS_BODY_LIMIT = 16 * 1024 * 1024;

/** The raw text of each ingestion request's body, so a body that cannot be read still reaches the dead letters. */
const rawBodies = new WeakMap<FastifyRequest, string>();

export const observationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['observations'];

  // This plugin's own JSON parser keeps the text: a malformed body is set aside with its reason, not only refused.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, text, done) => {
    rawBodies.set(request, text as string);
    try {
      done(null, (text as string).length === 0 ? undefined : JSON.parse(text as string));
    } catch (error) {
      done(Object.assign(error as Error, { statusCode: 400 }), undefined);
    }
  });

  // Bad input on this path (not JSON, too large, not a batch) is a dead letter as well as the usual 4xx answer.
  app.setErrorHandler(async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const reason = unreadableReason(error, request);
    if (reason !== null && request.routeOptions.url === '/api/observations') {
      const raw = rawBodies.get(request) ?? (request.body === undefined ? '' : JSON.stringify(request.body));
      try {
        await setAsideObservations(ctx, request.principal, 'http', raw, reason);
      } catch (recordError) {
        request.log.error({ err: recordError }, 'could not set an unreadable observation batch aside');
      }
    }
    handleError(error, request, reply);
  });

  app.post(
    '/api/observations',
    {
      bodyLimit: OBSERVATIONS_BODY_LIMIT,
      config: { operation: 'observations.ingest' },
      schema: {
        tags,
        summary:
          'Station observations in (contracts/observations.md): each is validated on its own; bad ones are set aside with their reason',
        body: S.ObservationBatch,
        response: { 202: S.IngestAnswer, 400: S.Failure, 401: S.Failure, 403: S.Failure, 413: S.Failure },
      },
    },
    async (request, reply) => {
      const items = request.body.observations.map((json) => ({ json }));
      const { accepted, rejected } = await ingestObservations(ctx, request.principal, 'http', items);
      return reply.code(202).send({ accepted, rejected });
    },
  );

  app.get(
    '/api/observations/rejected',
    {
      config: { operation: 'observations.rejected.read' },
      schema: {
        tags,
        summary: 'What was set aside (dead letters), newest first, a page at a time (limit, cursor → next)',
        querystring: S.RejectedQuery,
        response: { 200: S.RejectedList, 400: S.Failure, 401: S.Failure, 403: S.Failure },
      },
    },
    async (request) => {
      const { items, next } = await listRejectedObservations(ctx, request.principal, request.query);
      return { rejected: items.map(({ raw, ...rest }) => ({ ...rest, payload: raw })), next };
    },
  );

  app.get(
    '/api/situation/current',
    {
      config: { operation: 'situation.current.read' },
      schema: {
        tags,
        summary:
          'The situation the stored observations give at a whole hour, in the input format of POST /api/assessments',
        querystring: S.SituationQuery,
        response: { 200: Situation, 400: S.Failure, 401: S.Failure, 403: S.Failure },
      },
    },
    // Parsed by the assessment's own schema: what this answers is, by construction, what POST /api/assessments takes.
    async (request) => Situation.parse((await observedSituationAt(ctx, request.principal, request.query.at)).situation),
  );

  app.get(
    '/api/situation/current/evidence',
    {
      config: { operation: 'situation.current.read' },
      schema: {
        tags,
        summary:
          "What the situation rests on: every station's derivations (24 h sums, daily maxima, hot days, fog hours, Tmin drop, wind force) and what was left out and why",
        querystring: S.SituationQuery,
        response: { 200: z.object({ at: z.string() }).passthrough(), 400: S.Failure, 401: S.Failure, 403: S.Failure },
      },
    },
    async (request) => (await observedSituationAt(ctx, request.principal, request.query.at)).evidence,
  );
};

/** Why a request body could not be read as a batch, in zh-CN; null for any other error. */
function unreadableReason(error: FastifyError, request: FastifyRequest): string | null {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return `请求体过大:${request.headers['content-length'] ?? '?'} 字节,此接口最多接受 ${OBSERVATIONS_BODY_LIMIT} 字节`;
  if (error instanceof SyntaxError) return `请求体不是有效的 JSON:${oneLine(error.message)}`;
  if (hasZodFastifySchemaValidationErrors(error)) return '请求体应为 {"observations": [ … ]}';
  return null;
}

import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ingestForecast, type IncomingForecast } from '../../../services/forecasts.service.ts';
import { oneLine } from '../../../weather/observations/observation.ts';
import type { AppContext } from '../../context.ts';
import { handleError } from '../../errors.ts';
import { Failure } from '../observations/schema.ts';

/**
 * A city's grid at 0.01° (~450 × 340 cells) with every forecast field, as JSON, stays under this; a NetCDF file of
 * it is a quarter of the size.
 */
export const FORECASTS_BODY_LIMIT = 32 * 1024 * 1024;

const NETCDF_TYPES = ['application/x-netcdf', 'application/netcdf', 'application/octet-stream'];

const ForecastAnswer = z.object({
  stored: z.boolean().describe('false when this source and issue time were stored before (a resend changes nothing)'),
  source: z.string(),
  issuedAt: z.string().describe('ISO 8601 UTC'),
  validTimes: z.array(z.string()),
});

export const forecastRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Bodies that do not parse are not refused here but handed on as unreadable, so they reach the dead letters.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, text, done) => {
    try {
      done(null, { json: JSON.parse(text as string) } satisfies IncomingForecast);
    } catch (error) {
      const reason = `请求体不是有效的 JSON:${oneLine((error as Error).message)}`;
      done(null, { raw: text as string, reason } satisfies IncomingForecast);
    }
  });
  app.addContentTypeParser(NETCDF_TYPES, { parseAs: 'buffer' }, (_request, bytes, done) =>
    done(null, { netcdf: bytes as Buffer } satisfies IncomingForecast),
  );

  // A body too large never reaches the handler: it is set aside here, then answered 413 as usual.
  app.setErrorHandler(async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' && request.principal) {
      const reason = `请求体过大:${request.headers['content-length'] ?? '?'} 字节,此接口最多接受 ${FORECASTS_BODY_LIMIT} 字节`;
      try {
        await ingestForecast(ctx, request.principal, 'http', { raw: '', reason });
      } catch (recordError) {
        request.log.error({ err: recordError }, 'could not set an oversized forecast aside');
      }
    }
    handleError(error, request, reply);
  });

  app.post(
    '/api/forecasts',
    {
      bodyLimit: FORECASTS_BODY_LIMIT,
      config: { operation: 'forecasts.ingest' },
      schema: {
        tags: ['forecasts'],
        summary:
          'A gridded forecast in: the JSON grid (docs/observations.md, Forecasts) or a NetCDF classic file (Content-Type application/x-netcdf); a bad one is set aside with its reason',
        querystring: z.object({
          source: z.string().max(64).optional().describe('the source, for a grid that does not name its own'),
        }),
        response: { 202: ForecastAnswer, 400: Failure, 401: Failure, 403: Failure, 413: Failure, 415: Failure },
      },
    },
    async (request, reply) => {
      const body = (request.body ?? { raw: '', reason: '请求体为空' }) as IncomingForecast;
      const outcome = await ingestForecast(ctx, request.principal, 'http', body, request.query.source);
      if (!outcome.accepted)
        return reply
          .code(400)
          .send({ error: { code: 'invalid_forecast', message: outcome.reason, path: outcome.path } });
      const { stored, source, issuedAt, validTimes } = outcome;
      return reply.code(202).send({ stored, source, issuedAt, validTimes });
    },
  );
};

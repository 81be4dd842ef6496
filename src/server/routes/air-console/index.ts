import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importAirFeedUpload, latestAirOfCity } from '../../../services/air-console.service.ts';
import type { AppContext } from '../../context.ts';
import { Failure, ImportQuery, ImportResult, LatestAir, LatestQuery } from './schema.ts';

const tags = ['air'];
/** One day of the national feed is about 1.6 MB. */
const FEED_FILE_LIMIT = 8 * 1024 * 1024;

/** The console's air reads and the feed upload (the CLI's `air import`, over HTTP). */
export const airConsoleRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // A feed file arrives as it is (text/csv); it is parsed while it is stored.
  app.addContentTypeParser(['text/csv', 'application/octet-stream'], { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );

  app.get(
    '/api/air/latest',
    {
      config: { operation: 'air.read' },
      schema: {
        tags,
        summary: "Each station's latest hour with its HJ 633 AQI (the public page's air quality today)",
        querystring: LatestQuery,
        response: { 200: LatestAir },
      },
    },
    async (request) => ({ stations: await latestAirOfCity(ctx, request.query.city) }),
  );

  app.post(
    '/api/air/imports',
    {
      bodyLimit: FEED_FILE_LIMIT,
      config: { operation: 'air.import' },
      schema: {
        tags,
        summary:
          'Import one national hourly feed file (text/csv body); a refused row names its line and stores nothing',
        querystring: ImportQuery,
        consumes: ['text/csv'],
        response: { 200: ImportResult, 400: Failure, 401: Failure, 403: Failure, 413: Failure, 415: Failure },
      },
    },
    async (request) => {
      const body = request.body;
      const content = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : '');
      return importAirFeedUpload(ctx, request.principal, request.query.file, content);
    },
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importAirFeedFile, latestAirOfCity } from '../../../services/air-console.service.ts';
import { requireActor } from '../../auth.ts';
import type { AppContext } from '../../context.ts';
import { hourlySeries } from '../air/reads.ts';
import { Failure, ImportQuery, ImportResult, LatestAir, LatestQuery } from './schema.ts';

const tags = ['air'];

/** The console's air reads and the feed upload (the CLI's `air import`, over HTTP). */
export const airConsoleRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // A feed file arrives as it is (text/csv); it is parsed while it is stored.
  app.addContentTypeParser(['text/csv', 'application/octet-stream'], { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );

  app.get(
    '/api/air/latest',
    {
      schema: {
        tags,
        summary: "Each station's latest hour with its HJ 633 AQI (the public page's air quality today)",
        querystring: LatestQuery,
        response: { 200: LatestAir },
      },
    },
    async (request) => {
      const stations = await latestAirOfCity(ctx.store.db, request.query.city);
      return {
        stations: await Promise.all(
          stations.map(async ({ station, latest }) => {
            if (!latest) return { code: station.code, name: station.name, latest: null };
            const { series } = await hourlySeries(ctx.store.db, station.code, latest.date, latest.date);
            const last = series.time.length - 1;
            return {
              code: station.code,
              name: station.name,
              latest:
                last < 0
                  ? null
                  : {
                      time: series.time[last]!,
                      aqi: series.aqi[last] ?? null,
                      category: series.category[last] ?? null,
                      primary: series.primary[last] ?? [],
                    },
            };
          }),
        ),
      };
    },
  );

  app.post(
    '/api/air/imports',
    {
      schema: {
        tags,
        summary:
          'Import one national hourly feed file (text/csv body); a refused row names its line and stores nothing',
        querystring: ImportQuery,
        consumes: ['text/csv'],
        response: { 200: ImportResult, 400: Failure, 401: Failure, 403: Failure, 415: Failure },
      },
    },
    async (request) => {
      const body = request.body;
      const content = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : '');
      return importAirFeedFile(ctx.store.db, requireActor(request), request.query.file, content, new Date());
    },
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isoDateToEpochDay } from '../../../air/calendar.ts';
import {
  airStations,
  dailyValues,
  dustDaysOf,
  flagDust,
  planRegionsOf,
  stationHours,
  targetTracking,
  unflagDust,
  yearEvaluation,
} from '../../../services/air.service.ts';
import type { AppContext } from '../../context.ts';
import { HttpError } from '../../errors.ts';
import * as S from './schema.ts';

const tags = ['air'];
const MAX_HOURLY_DAYS = 366;

function orderedRange(from: string, to: string, maxDays: number): void {
  const span = isoDateToEpochDay(to) - isoDateToEpochDay(from);
  if (span < 0) throw new HttpError(400, 'invalid_request', `querystring.to: ${to} 早于 from ${from}`, 'to');
  if (span > maxDays)
    throw new HttpError(400, 'invalid_request', `querystring.to: 最多在 from 之后 ${maxDays} 天`, 'to');
}

export const airRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const config = { operation: 'air.read' as const };

  app.get(
    '/api/air/stations',
    {
      config,
      schema: {
        tags,
        summary: 'The national air monitoring stations in the store',
        querystring: S.StationsQuery,
        response: { 200: S.StationList },
      },
    },
    async (request) => ({ stations: await airStations(ctx, request.query.city) }),
  );

  app.get(
    '/api/air/hourly',
    {
      config,
      schema: {
        tags,
        summary: "A station's hours with their HJ 633 AQI, as chart series",
        querystring: S.HourlyQuery,
        response: { 200: S.HourlySeries, 400: S.Failure },
      },
    },
    async (request) => {
      const { station, from, to } = request.query;
      orderedRange(from, to, MAX_HOURLY_DAYS);
      return stationHours(ctx, station, from, to);
    },
  );

  app.get(
    '/api/air/daily',
    {
      config,
      schema: {
        tags,
        summary: 'Daily values and AQI (HJ 663) of a station or a plan region, as chart series',
        querystring: S.DailyQuery,
        response: { 200: S.DailySeries, 400: S.Failure },
      },
    },
    async (request) => {
      const { station, region, from, to } = request.query;
      if ((station === undefined) === (region === undefined))
        throw new HttpError(400, 'invalid_request', 'querystring: station 与 region 二选一', 'station');
      if (from.slice(0, 4) !== to.slice(0, 4))
        throw new HttpError(400, 'invalid_request', 'querystring.to: from 与 to 须在同一年', 'to');
      orderedRange(from, to, MAX_HOURLY_DAYS);
      if (station !== undefined) return dailyValues(ctx, { station }, from, to);
      const regions = planRegionsOf(ctx);
      const spec = regions.find((candidate) => candidate.id === region || candidate.name === region);
      if (!spec)
        throw new HttpError(
          400,
          'invalid_request',
          `querystring.region: 没有区域「${region}」;预案的区域为 ${regions.map((r) => r.name).join('、')}`,
          'region',
        );
      return dailyValues(ctx, { region: spec }, from, to);
    },
  );

  app.get(
    '/api/air/evaluation',
    {
      config,
      schema: {
        tags,
        summary: "The year's evaluation (HJ 663-2013): stations, plan regions, targets, dust-excluded figures",
        querystring: S.EvaluationQuery,
        response: { 200: S.Evaluation, 400: S.Failure },
      },
    },
    async (request) => {
      const { year, scope } = request.query;
      return yearEvaluation(ctx, year, scope);
    },
  );

  app.get(
    '/api/air/targets',
    {
      config,
      schema: {
        tags,
        summary: 'Year-to-date tracking: each target now, and what the rest of the year must hold',
        querystring: S.TargetsQuery,
        response: { 200: S.TargetTracking, 400: S.Failure },
      },
    },
    async (request) => {
      return targetTracking(ctx, request.query.year, request.query.asOf);
    },
  );

  app.get(
    '/api/air/dust-days',
    {
      config,
      schema: {
        tags,
        summary: 'The days flagged as dust-affected in a year',
        querystring: S.YearQuery,
        response: { 200: S.DustDayList },
      },
    },
    async (request) => ({ dustDays: await dustDaysOf(ctx, request.query.year) }),
  );

  app.post(
    '/api/air/dust-days',
    {
      bodyLimit: 8 * 1024,
      config: { operation: 'air.dustDays.flag' },
      schema: {
        tags,
        summary:
          'The ecology bureau flags a day as dust-affected; the evaluation then also reports figures without it (audited)',
        body: S.DustDayBody,
        response: { 201: S.DustDay, 400: S.Failure, 401: S.Failure, 403: S.Failure },
      },
    },
    async (request, reply) => reply.code(201).send(await flagDust(ctx, request.principal, request.body)),
  );

  app.post(
    '/api/air/dust-days/remove',
    {
      bodyLimit: 8 * 1024,
      config: { operation: 'air.dustDays.flag' },
      schema: {
        tags,
        summary: 'The ecology bureau takes a dust flag back, with the reason (audited); the day counts again',
        body: S.DustDayRemoval,
        response: { 200: S.DustDay, 400: S.Failure, 401: S.Failure, 403: S.Failure, 404: S.Failure },
      },
    },
    async (request) => unflagDust(ctx, request.principal, request.body),
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { epochDay, isoDateToEpochDay } from '../../../air/calendar.ts';
import { trackRegions } from '../../../air/evaluation/index.ts';
import { appendAudit } from '../../../store/audit.repository.ts';
import { flagDustDay, listDustDays } from '../../../store/air-dust.repository.ts';
import { latestStoredDate } from '../../../store/air-hourly.repository.ts';
import { listAirStations } from '../../../store/air-stations.repository.ts';
import { requireActor } from '../../auth.ts';
import type { AppContext } from '../../context.ts';
import { HttpError } from '../../errors.ts';
import { dailySeries, emptyYear, evaluationOf, hourlySeries, planRegions, regionDaysUntil } from './reads.ts';
import * as S from './schema.ts';

const tags = ['air'];
const MAX_HOURLY_DAYS = 366;

function orderedRange(from: string, to: string, maxDays: number): void {
  const span = isoDateToEpochDay(to) - isoDateToEpochDay(from);
  if (span < 0) throw new HttpError(400, 'invalid_request', `querystring.to: ${to} is before from ${from}`, 'to');
  if (span > maxDays)
    throw new HttpError(400, 'invalid_request', `querystring.to: at most ${maxDays} days after from`, 'to');
}

export const airRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const plan = () => ctx.plans.air().plan;

  app.get(
    '/api/air/stations',
    {
      schema: {
        tags,
        summary: 'The national air monitoring stations in the store',
        querystring: S.StationsQuery,
        response: { 200: S.StationList },
      },
    },
    async (request) => ({ stations: await listAirStations(ctx.store.db, { city: request.query.city }) }),
  );

  app.get(
    '/api/air/hourly',
    {
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
      return hourlySeries(ctx.store.db, station, from, to);
    },
  );

  app.get(
    '/api/air/daily',
    {
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
        throw new HttpError(400, 'invalid_request', 'querystring: give either station or region', 'station');
      if (from.slice(0, 4) !== to.slice(0, 4))
        throw new HttpError(400, 'invalid_request', 'querystring.to: from and to must be in the same year', 'to');
      orderedRange(from, to, MAX_HOURLY_DAYS);
      if (station !== undefined) return dailySeries(ctx.store.db, { station }, from, to);
      const spec = planRegions(plan()).find((candidate) => candidate.id === region || candidate.name === region);
      if (!spec)
        throw new HttpError(
          400,
          'invalid_request',
          `querystring.region: no region "${region}"; the plan has ${planRegions(plan())
            .map((r) => r.name)
            .join(', ')}`,
          'region',
        );
      return dailySeries(ctx.store.db, { region: spec }, from, to);
    },
  );

  app.get(
    '/api/air/evaluation',
    {
      schema: {
        tags,
        summary: "The year's evaluation (HJ 663-2013): stations, plan regions, targets, dust-excluded figures",
        querystring: S.EvaluationQuery,
        response: { 200: S.Evaluation, 400: S.Failure },
      },
    },
    async (request) => {
      const { year, scope } = request.query;
      return evaluationOf(ctx.store.db, plan(), year, await listDustDays(ctx.store.db, year), scope);
    },
  );

  app.get(
    '/api/air/targets',
    {
      schema: {
        tags,
        summary: 'Year-to-date tracking: each target now, and what the rest of the year must hold',
        querystring: S.TargetsQuery,
        response: { 200: S.TargetTracking, 400: S.Failure },
      },
    },
    async (request) => {
      const { year } = request.query;
      const asOf = request.query.asOf ?? (await latestStoredDate(ctx.store.db, year));
      if (asOf !== null && Number(asOf.slice(0, 4)) !== year)
        throw new HttpError(400, 'invalid_request', `querystring.asOf: ${asOf} is not in ${year}`, 'asOf');
      const airPlan = plan();
      const first = epochDay(year, 1, 1);
      const days = asOf === null ? emptyYear(year) : await regionDaysUntil(ctx.store.db, airPlan, year, asOf);
      const cut = asOf === null ? -1 : isoDateToEpochDay(asOf) - first;
      return { year, asOf, regions: trackRegions(days, planRegions(airPlan), airPlan.targets.targets, cut) };
    },
  );

  app.get(
    '/api/air/dust-days',
    {
      schema: {
        tags,
        summary: 'The days flagged as dust-affected in a year',
        querystring: S.YearQuery,
        response: { 200: S.DustDayList },
      },
    },
    async (request) => ({ dustDays: await listDustDays(ctx.store.db, request.query.year) }),
  );

  app.post(
    '/api/air/dust-days',
    {
      schema: {
        tags,
        summary: 'Flag a day as dust-affected (signed-in users); the evaluation then also reports figures without it',
        body: S.DustDayBody,
        response: { 201: S.DustDay, 400: S.Failure, 401: S.Failure },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { date, region, note } = request.body;
      const names = plan().regions.regions.map((candidate) => candidate.name);
      if (region !== '*' && !names.includes(region))
        throw new HttpError(
          400,
          'invalid_request',
          `body.region: no region "${region}"; use * or one of ${names.join(', ')}`,
          'region',
        );
      const now = new Date();
      const flagged = await ctx.store.db.transaction().execute(async (trx) => {
        const day = await flagDustDay(trx, { date, region, note }, now);
        await appendAudit(trx, {
          at: now.toISOString(),
          actor: actor.username,
          action: 'air.dust-day.flagged',
          subjectType: 'air-dust-day',
          subjectId: `${region} ${date}`,
          payload: { note },
        });
        return day;
      });
      return reply.code(201).send(flagged);
    },
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  assignIndicator,
  indicatorHistory,
  indicatorOf,
  listIndicators,
  reportIndicatorValue,
} from '../../../services/ledger-indicators.service.ts';
import { unitScorecard, yearScorecards } from '../../../services/ledger-scorecards.service.ts';
import type { AppContext } from '../../context.ts';
import * as S from './schema.ts';

const tags = ['ledger'];
const SMALL = 8 * 1024;
const refusals = { 400: S.Failure, 401: S.Failure, 403: S.Failure, 404: S.Failure };

/**
 * The ledger's indicators (every target of the quality and air plans, with its value history and trajectory) and
 * the assessment (督查考核): each unit's yearly scorecard explained line by line, and the ranking.
 */
export const ledgerScoreRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/ledger/indicators',
    {
      config: { operation: 'ledger.indicators.read' },
      schema: {
        tags,
        summary: 'Every plan target with its unit, latest value and trajectory (on track / at risk / missed)',
        querystring: S.IndicatorQuery,
        response: { 200: S.IndicatorList, ...refusals },
      },
    },
    async (request) => ({ indicators: await listIndicators(ctx, request.principal, request.query) }),
  );

  app.get(
    '/api/ledger/indicators/:plan/:target',
    {
      config: { operation: 'ledger.indicators.read' },
      schema: {
        tags,
        summary: 'One target with its trajectory as of a day',
        params: S.IndicatorParams,
        querystring: S.AsOfQuery,
        response: { 200: S.Indicator, ...refusals },
      },
    },
    async (request) =>
      indicatorOf(ctx, request.principal, request.params.plan, request.params.target, request.query.asOf),
  );

  app.get(
    '/api/ledger/indicators/:plan/:target/values',
    {
      config: { operation: 'ledger.indicators.read' },
      schema: {
        tags,
        summary: "A target's reported values, newest report first (corrections kept)",
        params: S.IndicatorParams,
        querystring: S.ValueHistoryQuery,
        response: { 200: S.ValueHistory, ...refusals },
      },
    },
    async (request) => {
      const { items, next } = await indicatorHistory(
        ctx,
        request.principal,
        request.params.plan,
        request.params.target,
        request.query,
      );
      return { values: items, next };
    },
  );

  app.post(
    '/api/ledger/indicators/:plan/:target/values',
    {
      bodyLimit: SMALL,
      config: { operation: 'ledger.indicators.report' },
      schema: {
        tags,
        summary: "The target's unit reports a value for a period, with source and evidence (not for air targets)",
        params: S.IndicatorParams,
        body: S.ReportBody,
        response: { 201: S.IndicatorValue, ...refusals, 409: S.Failure },
      },
    },
    async (request, reply) => {
      const value = await reportIndicatorValue(
        ctx,
        request.principal,
        request.params.plan,
        request.params.target,
        request.body,
      );
      return reply.code(201).send(value);
    },
  );

  app.put(
    '/api/ledger/indicators/:plan/:target/unit',
    {
      bodyLimit: SMALL,
      config: { operation: 'ledger.indicators.assign' },
      schema: {
        tags,
        summary: "The plan's coordinator names the unit that answers for a target",
        params: S.IndicatorParams,
        body: S.AssignBody,
        response: { 200: S.Assigned, ...refusals, 409: S.Failure },
      },
    },
    async (request) =>
      assignIndicator(ctx, request.principal, request.params.plan, request.params.target, request.body.unit),
  );

  app.get(
    '/api/ledger/scorecards',
    {
      config: { operation: 'ledger.scorecards.read' },
      schema: {
        tags,
        summary: "The year's scorecards, ranked, each explained line by line (the scoring rule is data)",
        querystring: S.ScorecardQuery,
        response: { 200: S.ScorecardList, ...refusals },
      },
    },
    async (request) => yearScorecards(ctx, request.principal, request.query.year),
  );

  app.get(
    '/api/ledger/scorecards/:unit',
    {
      config: { operation: 'ledger.scorecards.read' },
      schema: {
        tags,
        summary: "One unit's scorecard for the year with its rank",
        params: S.UnitParams,
        querystring: S.ScorecardQuery,
        response: { 200: S.UnitScorecard, ...refusals },
      },
    },
    async (request) => unitScorecard(ctx, request.principal, request.query.year, request.params.unit),
  );
};

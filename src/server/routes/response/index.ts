import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditTrailOf, verifyAudit } from '../../../services/audit.service.ts';
import { propose, rejectOrder, signOrder } from '../../../services/response-orders.service.ts';
import {
  listProposalsFor,
  listResponseHistory,
  memberUnits,
  proposalById,
  responseRecord,
  responseStatus,
} from '../../../services/response-reads.service.ts';
import { fileObligation, listObligations, recordAftermath } from '../../../services/response-reports.service.ts';
import { acknowledgeTask, fileUnitReport, listTasks } from '../../../services/response-units.service.ts';
import type { AppContext } from '../../context.ts';
import * as S from './schema.ts';

const SMALL = 16 * 1024;

export const responseRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['response'];

  app.get(
    '/api/units',
    {
      config: { operation: 'units.read' },
      schema: { tags, summary: 'The member units of 2.1 with their 2.2.2 duties', response: { 200: S.MemberUnitList } },
    },
    async () => ({ units: memberUnits(ctx) }),
  );

  app.get(
    '/api/response',
    {
      config: { operation: 'response.read' },
      schema: {
        tags,
        summary: 'The response in force (null when none), its orders, tasks, reports and pending proposals',
        response: { 200: S.ResponseDetail, 401: S.Failure },
      },
    },
    async (request) => responseStatus(ctx, request.principal),
  );

  app.get(
    '/api/responses',
    {
      config: { operation: 'responses.read' },
      schema: {
        tags,
        summary: 'Responses, newest first',
        querystring: S.PageOnly,
        response: { 200: S.ResponseList, 400: S.Failure, 401: S.Failure, 403: S.Failure },
      },
    },
    async (request) => {
      const { items, next } = await listResponseHistory(ctx, request.principal, request.query);
      return { responses: items, next };
    },
  );

  app.get(
    '/api/responses/:id',
    {
      config: { operation: 'responses.read' },
      schema: {
        tags,
        summary: 'One response with its orders, tasks, required reports, unit reports and the 5.2 record',
        params: S.IdParams,
        response: { 200: S.ResponseRecordDetail, 401: S.Failure, 403: S.Failure, 404: S.Failure },
      },
    },
    async (request) => responseRecord(ctx, request.principal, request.params.id),
  );

  app.post(
    '/api/proposals',
    {
      bodyLimit: SMALL,
      config: { operation: 'proposals.create' },
      schema: {
        tags,
        summary: 'Propose a response level (4.2, 4.3); the same pending change returns the existing proposal',
        body: S.ProposalBody,
        response: {
          200: S.ProposalCreated,
          201: S.ProposalCreated,
          400: S.Failure,
          401: S.Failure,
          403: S.Failure,
          409: S.Failure,
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const basis =
        body.source === 'assessment'
          ? { source: 'assessment' as const, justification: body.justification }
          : {
              source: 'regionResponse' as const,
              sourceReference: body.sourceReference,
              justification: body.justification,
            };
      const result = await propose(ctx, request.principal, {
        targetLevel: body.targetLevel,
        hazards: body.hazards,
        basis,
      });
      return reply.code(result.created ? 201 : 200).send(result);
    },
  );

  app.get(
    '/api/proposals',
    {
      config: { operation: 'proposals.read' },
      schema: {
        tags,
        summary: 'Proposals, newest first',
        querystring: S.ProposalQuery,
        response: { 200: S.ProposalList, 400: S.Failure, 401: S.Failure, 403: S.Failure },
      },
    },
    async (request) => {
      const { items, next } = await listProposalsFor(ctx, request.principal, request.query);
      return { proposals: items, next };
    },
  );

  app.get(
    '/api/proposals/:id',
    {
      config: { operation: 'proposals.read' },
      schema: {
        tags,
        summary: 'One proposal',
        params: S.IdParams,
        response: { 200: S.Proposal, 401: S.Failure, 403: S.Failure, 404: S.Failure },
      },
    },
    async (request) => proposalById(ctx, request.principal, request.params.id),
  );

  app.post(
    '/api/proposals/:id/sign',
    {
      bodyLimit: SMALL,
      config: { operation: 'proposals.sign' },
      schema: {
        tags,
        summary: 'Sign a proposal into an order: only the role 4.3 names for its level',
        params: S.IdParams,
        response: { 200: S.SignResult, 401: S.Failure, 403: S.Failure, 404: S.Failure, 409: S.Failure },
      },
    },
    async (request) => signOrder(ctx, request.principal, request.params.id),
  );

  app.post(
    '/api/proposals/:id/reject',
    {
      bodyLimit: SMALL,
      config: { operation: 'proposals.reject' },
      schema: {
        tags,
        summary: 'Reject a proposal, with the reason',
        params: S.IdParams,
        body: S.RejectBody,
        response: { 200: S.Proposal, 400: S.Failure, 401: S.Failure, 403: S.Failure, 404: S.Failure, 409: S.Failure },
      },
    },
    async (request) => rejectOrder(ctx, request.principal, request.params.id, request.body.reason),
  );

  app.get(
    '/api/tasks',
    {
      config: { operation: 'tasks.read' },
      schema: {
        tags,
        summary:
          "Member units' tasks, due first; a liaison sees its own unit's. Overdue ones are escalated by the server's scheduler.",
        querystring: S.TaskQuery,
        response: { 200: S.TaskList, 400: S.Failure, 401: S.Failure, 403: S.Failure },
      },
    },
    async (request) => {
      const { unit, status, overdue, ...page } = request.query;
      const { items, next } = await listTasks(ctx, request.principal, {
        ...page,
        ...(unit ? { unit } : {}),
        ...(status ? { status } : {}),
        ...(overdue ? { overdue: overdue === 'true' } : {}),
      });
      return { tasks: items, next };
    },
  );

  app.post(
    '/api/tasks/:id/acknowledge',
    {
      bodyLimit: SMALL,
      config: { operation: 'tasks.acknowledge' },
      schema: {
        tags,
        summary: 'A liaison confirms its unit is on post (上岗到位)',
        params: S.IdParams,
        body: S.AcknowledgeBody,
        response: { 200: S.Task, 401: S.Failure, 403: S.Failure, 404: S.Failure, 409: S.Failure },
      },
    },
    async (request) => acknowledgeTask(ctx, request.principal, request.params.id, request.body.note),
  );

  app.post(
    '/api/responses/:id/unit-reports',
    {
      bodyLimit: 256 * 1024,
      config: { operation: 'unitReports.create' },
      schema: {
        tags,
        summary: 'A member unit files a damage or situation report (4.1, 5.3)',
        params: S.IdParams,
        body: S.UnitReportBody,
        response: { 201: S.UnitReportCreated, 400: S.Failure, 401: S.Failure, 403: S.Failure, 404: S.Failure },
      },
    },
    async (request, reply) => {
      const { unitId, ...report } = request.body;
      return reply.code(201).send(await fileUnitReport(ctx, request.principal, request.params.id, unitId, report));
    },
  );

  app.get(
    '/api/reports',
    {
      config: { operation: 'reports.read' },
      schema: {
        tags,
        summary: 'Reports the plan requires (3.3.2, 4.8, 5.2), with due times; overdue ones flagged',
        querystring: S.ObligationQuery,
        response: { 200: S.ObligationList, 400: S.Failure, 401: S.Failure, 403: S.Failure },
      },
    },
    async (request) => {
      const { open, response, ...page } = request.query;
      const { items, next } = await listObligations(ctx, request.principal, {
        ...page,
        ...(response ? { response } : {}),
        open: open === 'true',
      });
      return { reports: items, next };
    },
  );

  app.post(
    '/api/reports/:id/file',
    {
      bodyLimit: 256 * 1024,
      config: { operation: 'reports.file' },
      schema: {
        tags,
        summary: 'Record that a required report was made',
        params: S.IdParams,
        body: S.FileBody,
        response: { 200: S.Obligation, 400: S.Failure, 401: S.Failure, 403: S.Failure, 404: S.Failure, 409: S.Failure },
      },
    },
    async (request) => fileObligation(ctx, request.principal, request.params.id, request.body.content),
  );

  app.post(
    '/api/responses/:id/aftermath',
    {
      bodyLimit: 256 * 1024,
      config: { operation: 'aftermath.record' },
      schema: {
        tags,
        summary: 'The investigation and evaluation record (5.2), after the response ended',
        params: S.IdParams,
        body: S.AftermathBody,
        response: {
          201: S.AftermathRecorded,
          400: S.Failure,
          401: S.Failure,
          403: S.Failure,
          404: S.Failure,
          409: S.Failure,
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordAftermath(ctx, request.principal, request.params.id, request.body)),
  );

  app.get(
    '/api/audit',
    {
      config: { operation: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail of one subject, oldest first',
        querystring: S.AuditQuery,
        response: { 200: S.AuditTrail, 400: S.Failure, 401: S.Failure, 403: S.Failure },
      },
    },
    async (request) => {
      const { items, next } = await auditTrailOf(ctx, request.principal, request.query);
      return { entries: items, next };
    },
  );

  app.get(
    '/api/audit/verify',
    {
      config: { operation: 'audit.verify' },
      schema: {
        tags: ['audit'],
        summary: 'Check the whole hash chain (and its anchors, with the audit key); names the first altered entry',
        response: { 200: S.AuditVerdict, 401: S.Failure, 403: S.Failure },
      },
    },
    async (request) => verifyAudit(ctx, request.principal),
  );
};

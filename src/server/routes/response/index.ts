import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '../../../access/roles.ts';
import { auditTrail, verifyAuditLog } from '../../../store/audit.repository.ts';
import {
  activeResponse,
  aftermathOf,
  findProposal,
  findResponse,
  listProposals,
  listResponses,
  obligationsOf,
  ordersOf,
  tasksOf,
  unitReportsOf,
  type ObligationRecord,
  type UnitTaskRecord,
} from '../../../store/response.repository.ts';
import { propose, rejectOrder, signOrder } from '../../../services/response-orders.service.ts';
import { fileObligation, isOverdue, recordAftermath } from '../../../services/response-reports.service.ts';
import { acknowledgeTask, escalateOverdueTasks, fileUnitReport } from '../../../services/response-units.service.ts';
import type { WorkflowContext } from '../../../services/workflow-context.ts';
import { requireActor, requireRole } from '../../auth.ts';
import type { AppContext } from '../../context.ts';
import { HttpError } from '../../errors.ts';
import * as S from './schema.ts';

const commandRoles = ['dutyOfficer', 'commander', 'deputyCommander', 'admin'] as const;

function withOverdue(task: UnitTaskRecord, now: Date) {
  return { ...task, overdue: task.status === 'open' && task.dueAt < now.toISOString() };
}

function obligationView(obligation: ObligationRecord, now: Date) {
  return { ...obligation, overdue: isOverdue(obligation, now) };
}

/** A liaison sees its own unit's tasks only; the command sees every unit's. */
function taskScope(actor: Actor, unit: string | undefined): string | undefined {
  if (actor.role !== 'unitLiaison') return unit;
  if (unit && unit !== actor.unitId)
    throw new HttpError(403, 'wrong_unit', `a liaison sees the tasks of its own unit (${actor.unitId}) only`, 'unit');
  return actor.unitId ?? undefined;
}

export const responseRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const workflow = (): WorkflowContext => ({ db: ctx.store.db, meteo: ctx.plans.meteo(), now: () => new Date() });
  const tags = ['response'];

  app.get(
    '/api/units',
    {
      schema: { tags, summary: 'The member units of 2.1 with their 2.2.2 duties', response: { 200: S.MemberUnitList } },
    },
    async () => ({
      units: ctx.plans.meteo().plan.command.memberUnits.map((unit) => ({
        id: unit.id,
        name: unit.name,
        duties: unit.duties.text,
        concernsAlways: unit.concern.always,
        hazards: unit.concern.hazards,
      })),
    }),
  );

  app.get(
    '/api/response',
    {
      schema: {
        tags,
        summary: 'The response in force (null when none), its orders, tasks and reports',
        response: { 200: S.ResponseDetail, 401: S.Failure },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const now = new Date();
      const response = await activeResponse(ctx.store.db);
      if (!response) return { response: null, orders: [], tasks: [], reports: [] };
      const tasks = await tasksOf(ctx.store.db, { responseId: response.id, unitId: taskScope(actor, undefined) });
      const reports =
        actor.role === 'unitLiaison' ? [] : await obligationsOf(ctx.store.db, { responseId: response.id });
      return {
        response,
        orders: await ordersOf(ctx.store.db, response.id),
        tasks: tasks.map((t) => withOverdue(t, now)),
        reports: reports.map((r) => obligationView(r, now)),
      };
    },
  );

  app.get(
    '/api/responses',
    {
      schema: {
        tags,
        summary: 'Responses, newest first',
        response: { 200: S.ResponseList, 401: S.Failure, 403: S.Failure },
      },
    },
    async (request) => {
      requireRole(request, commandRoles, 'the response history');
      return { responses: await listResponses(ctx.store.db) };
    },
  );

  app.get(
    '/api/responses/:id',
    {
      schema: {
        tags,
        summary: 'One response with its orders, tasks, required reports, unit reports and the 5.2 record',
        params: S.IdParams,
        response: { 200: S.ResponseRecordDetail, 401: S.Failure, 403: S.Failure, 404: S.Failure },
      },
    },
    async (request) => {
      requireRole(request, commandRoles, 'a response record');
      const response = await findResponse(ctx.store.db, request.params.id);
      if (!response) throw new HttpError(404, 'response_not_found', `no response ${request.params.id}`, 'id');
      const now = new Date();
      return {
        response,
        orders: await ordersOf(ctx.store.db, response.id),
        tasks: (await tasksOf(ctx.store.db, { responseId: response.id })).map((t) => withOverdue(t, now)),
        reports: (await obligationsOf(ctx.store.db, { responseId: response.id })).map((r) => obligationView(r, now)),
        unitReports: await unitReportsOf(ctx.store.db, response.id),
        aftermath: await aftermathOf(ctx.store.db, response.id),
      };
    },
  );

  app.post(
    '/api/proposals',
    {
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
      const actor = requireActor(request);
      const body = request.body;
      const basis =
        body.source === 'assessment'
          ? { source: 'assessment' as const, justification: body.justification }
          : {
              source: 'regionResponse' as const,
              sourceReference: body.sourceReference,
              justification: body.justification,
            };
      const result = await propose(workflow(), actor, { targetLevel: body.targetLevel, hazards: body.hazards, basis });
      return reply.code(result.created ? 201 : 200).send(result);
    },
  );

  app.get(
    '/api/proposals',
    {
      schema: {
        tags,
        summary: 'Proposals, newest first',
        querystring: S.ProposalQuery,
        response: { 200: S.ProposalList, 401: S.Failure, 403: S.Failure },
      },
    },
    async (request) => {
      requireRole(request, commandRoles, 'proposals');
      return { proposals: await listProposals(ctx.store.db, request.query.status) };
    },
  );

  app.get(
    '/api/proposals/:id',
    {
      schema: {
        tags,
        summary: 'One proposal',
        params: S.IdParams,
        response: { 200: S.Proposal, 401: S.Failure, 403: S.Failure, 404: S.Failure },
      },
    },
    async (request) => {
      requireRole(request, commandRoles, 'proposals');
      const proposal = await findProposal(ctx.store.db, request.params.id);
      if (!proposal) throw new HttpError(404, 'proposal_not_found', `no proposal ${request.params.id}`, 'id');
      return proposal;
    },
  );

  app.post(
    '/api/proposals/:id/sign',
    {
      schema: {
        tags,
        summary: 'Sign a proposal into an order: only the role 4.3 names for its level',
        params: S.IdParams,
        response: { 200: S.SignResult, 401: S.Failure, 403: S.Failure, 404: S.Failure, 409: S.Failure },
      },
    },
    async (request) => signOrder(workflow(), request.params.id, requireActor(request)),
  );

  app.post(
    '/api/proposals/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject a proposal, with the reason',
        params: S.IdParams,
        body: S.RejectBody,
        response: { 200: S.Proposal, 400: S.Failure, 401: S.Failure, 403: S.Failure, 404: S.Failure, 409: S.Failure },
      },
    },
    async (request) => rejectOrder(workflow(), request.params.id, requireActor(request), request.body.reason),
  );

  app.get(
    '/api/tasks',
    {
      schema: {
        tags,
        summary: "Member units' tasks; a liaison sees its own unit's. Overdue ones are escalated to the duty officer.",
        querystring: S.TaskQuery,
        response: { 200: S.TaskList, 401: S.Failure, 403: S.Failure },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await escalateOverdueTasks(workflow());
      const now = new Date();
      const tasks = (
        await tasksOf(ctx.store.db, { unitId: taskScope(actor, request.query.unit), status: request.query.status })
      ).map((t) => withOverdue(t, now));
      const overdue = request.query.overdue;
      return { tasks: overdue === undefined ? tasks : tasks.filter((t) => t.overdue === (overdue === 'true')) };
    },
  );

  app.post(
    '/api/tasks/:id/acknowledge',
    {
      schema: {
        tags,
        summary: 'A liaison confirms its unit is on post (上岗到位)',
        params: S.IdParams,
        body: S.AcknowledgeBody,
        response: { 200: S.Task, 401: S.Failure, 403: S.Failure, 404: S.Failure, 409: S.Failure },
      },
    },
    async (request) =>
      withOverdue(
        await acknowledgeTask(workflow(), request.params.id, requireActor(request), request.body.note),
        new Date(),
      ),
  );

  app.post(
    '/api/responses/:id/unit-reports',
    {
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
      return reply
        .code(201)
        .send(await fileUnitReport(workflow(), request.params.id, unitId, requireActor(request), report));
    },
  );

  app.get(
    '/api/reports',
    {
      schema: {
        tags,
        summary: 'Reports the plan requires (3.3.2, 4.8, 5.2), with due times; overdue ones flagged',
        querystring: S.ObligationQuery,
        response: { 200: S.ObligationList, 401: S.Failure, 403: S.Failure },
      },
    },
    async (request) => {
      requireRole(request, commandRoles, 'the required reports');
      const now = new Date();
      const reports = await obligationsOf(ctx.store.db, {
        responseId: request.query.response,
        open: request.query.open === 'true',
      });
      return { reports: reports.map((r) => obligationView(r, now)) };
    },
  );

  app.post(
    '/api/reports/:id/file',
    {
      schema: {
        tags,
        summary: 'Record that a required report was made',
        params: S.IdParams,
        body: S.FileBody,
        response: { 200: S.Obligation, 400: S.Failure, 401: S.Failure, 403: S.Failure, 404: S.Failure, 409: S.Failure },
      },
    },
    async (request) =>
      obligationView(
        await fileObligation(workflow(), request.params.id, requireActor(request), request.body.content),
        new Date(),
      ),
  );

  app.post(
    '/api/responses/:id/aftermath',
    {
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
      reply.code(201).send(await recordAftermath(workflow(), request.params.id, requireActor(request), request.body)),
  );

  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit trail of one subject',
        querystring: S.AuditQuery,
        response: { 200: S.AuditTrail, 401: S.Failure, 403: S.Failure },
      },
    },
    async (request) => {
      requireRole(request, commandRoles, 'the audit trail');
      return { entries: await auditTrail(ctx.store.db, request.query.subjectType, request.query.subjectId) };
    },
  );

  app.get(
    '/api/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Check the whole hash chain; names the first altered entry',
        response: { 200: S.AuditVerdict, 401: S.Failure, 403: S.Failure },
      },
    },
    async (request) => {
      requireRole(request, ['admin', 'commander', 'deputyCommander'], 'verifying the audit log');
      return verifyAuditLog(ctx.store.db);
    },
  );
};

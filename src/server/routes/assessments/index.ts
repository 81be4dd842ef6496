import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { appendAudit } from '../../../store/audit.repository.ts';
import {
  findAssessment,
  listAssessments,
  saveAssessment,
  type AssessmentRecord,
} from '../../../store/assessments.repository.ts';
import { proposeFromGrading } from '../../../services/response-orders.service.ts';
import { assessSituation } from '../../../weather/grading/assess.ts';
import { requireActor } from '../../auth.ts';
import type { AppContext } from '../../context.ts';
import { HttpError } from '../../errors.ts';
import * as S from './schema.ts';

function stored(record: AssessmentRecord) {
  return {
    ...record.result,
    id: record.id,
    createdAt: record.createdAt,
    createdBy: record.createdBy,
    planContentHash: record.plan.contentHash,
  };
}

export const assessmentRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['assessments'];

  app.post(
    '/api/assessments',
    {
      schema: {
        tags,
        summary:
          'Grade a weather situation by plan 8.2 and 4.3 (as `nuancheng assess`) and store it with the plan that graded it',
        body: S.AssessmentBody,
        response: { 201: S.GradedAssessment, 400: S.Failure, 401: S.Failure },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const meteo = ctx.plans.meteo();
      const result = assessSituation(request.body, meteo.plan);
      const now = new Date();
      const record = await ctx.store.db.transaction().execute(async (trx) => {
        const saved = await saveAssessment(trx, {
          input: request.body,
          result,
          plan: { id: meteo.id, version: meteo.version, contentHash: meteo.contentHash },
          createdBy: actor.username,
          now,
        });
        await appendAudit(trx, {
          at: now.toISOString(),
          actor: actor.username,
          action: 'weather.assessment.created',
          subjectType: 'assessment',
          subjectId: saved.id,
          payload: { at: result.at, plan: `${meteo.id} ${meteo.version}`, overall: result.overall },
        });
        return saved;
      });
      const outcome = await proposeFromGrading(
        { db: ctx.store.db, meteo, now: () => now },
        {
          assessmentId: record.id,
          overall: result.overall,
          clauses: result.overall.hazards.map((hazard) => result.hazards[hazard].clause),
        },
      );
      const proposal = outcome && {
        id: outcome.proposal.id,
        orderKind: outcome.proposal.orderKind,
        toLevel: outcome.proposal.toLevel,
        signerRole: outcome.proposal.signerRole,
        created: outcome.created,
      };
      return reply.code(201).send({ ...stored(record), proposal });
    },
  );

  app.get(
    '/api/assessments',
    {
      schema: {
        tags,
        summary: 'The latest stored assessments, newest first',
        querystring: S.AssessmentListQuery,
        response: { 200: S.AssessmentList, 400: S.Failure, 401: S.Failure },
      },
    },
    async (request) => {
      requireActor(request);
      return { assessments: await listAssessments(ctx.store.db, request.query.limit) };
    },
  );

  app.get(
    '/api/assessments/:id',
    {
      schema: {
        tags,
        summary: 'One stored assessment: the result, the situation it graded and the plan that graded it',
        params: S.AssessmentParams,
        response: { 200: S.AssessmentDetail, 400: S.Failure, 401: S.Failure, 404: S.Failure },
      },
    },
    async (request) => {
      requireActor(request);
      const record = await findAssessment(ctx.store.db, request.params.id);
      if (!record) throw new HttpError(404, 'assessment_not_found', `no assessment "${request.params.id}"`, 'id');
      return { ...stored(record), input: record.input };
    },
  );
};

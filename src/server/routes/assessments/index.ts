import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  assessmentById,
  gradeSituation,
  latestAssessmentFor,
  listAssessmentsFor,
  type AssessmentRecord,
} from '../../../services/assessments.service.ts';
import type { AppContext } from '../../context.ts';
import * as S from './schema.ts';

/** A situation sized to a national grid of forecast cells (the grading's own benchmark) fits; nothing else is this big. */
export const ASSESSMENT_BODY_LIMIT = 64 * 1024 * 1024;

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
      bodyLimit: ASSESSMENT_BODY_LIMIT,
      config: { operation: 'assessments.create' },
      schema: {
        tags,
        summary:
          'Grade a weather situation by plan 8.2 and 4.3 (as `nuancheng assess`) and store it with the plan that graded it',
        body: S.AssessmentBody,
        response: { 201: S.GradedAssessmentWithDrafts, 400: S.Failure, 401: S.Failure, 403: S.Failure, 413: S.Failure },
      },
    },
    async (request, reply) => {
      const { assessment, proposal, drafts } = await gradeSituation(ctx, request.principal, request.body);
      return reply.code(201).send({
        ...stored(assessment),
        proposal: proposal && {
          id: proposal.proposal.id,
          orderKind: proposal.proposal.orderKind,
          toLevel: proposal.proposal.toLevel,
          signerRole: proposal.proposal.signerRole,
          created: proposal.created,
        },
        drafts: drafts.map(({ id, action, hazard, level, areaCodes }) => ({ id, action, hazard, level, areaCodes })),
      });
    },
  );

  app.get(
    '/api/assessments',
    {
      config: { operation: 'assessments.read' },
      schema: {
        tags,
        summary:
          'The stored assessments, newest first, a page at a time; with latest=true the newest grading itself (404 when none)',
        querystring: S.AssessmentListQuery,
        response: { 200: S.AssessmentListOrLatest, 400: S.Failure, 401: S.Failure, 404: S.Failure },
      },
    },
    async (request) => {
      const { latest, ...page } = request.query;
      if (latest === 'true') {
        const record = await latestAssessmentFor(ctx, request.principal);
        return { ...stored(record), input: record.input, source: record.source };
      }
      const { items, next } = await listAssessmentsFor(ctx, request.principal, page);
      return { assessments: items, next };
    },
  );

  app.get(
    '/api/assessments/:id',
    {
      config: { operation: 'assessments.read' },
      schema: {
        tags,
        summary: 'One stored assessment: the result, the situation it graded and the plan that graded it',
        params: S.AssessmentParams,
        response: { 200: S.AssessmentDetail, 400: S.Failure, 401: S.Failure, 404: S.Failure },
      },
    },
    async (request) => {
      const record = await assessmentById(ctx, request.principal, request.params.id);
      return { ...stored(record), input: record.input, source: record.source };
    },
  );
};

import { z } from 'zod';
import { Level } from '../../../plans/common.schema.ts';
import { HazardKey } from '../../../plans/meteo/hazards.schema.ts';
import { AssessmentResult } from '../../../weather/grading/result.schema.ts';
import { Situation } from '../../../weather/situation/situation.schema.ts';
import { NextCursor, PageQuery } from '../../../services/pagination.ts';
import { ApiError } from '../../errors.ts';

export const AssessmentBody = Situation.describe('a weather situation (contracts/assess.md)');

const Citation = {
  id: z.uuid(),
  createdAt: z.string().describe('when it was graded and stored, ISO 8601 UTC'),
  createdBy: z.string().nullable(),
  planContentHash: z.string().describe('sha256 of the plan text that graded it (see /api/plans)'),
};

/** The grading result as `nuancheng assess` prints it, with what the store adds to recall it. */
export const StoredAssessment = AssessmentResult.extend(Citation);

export const GradedAssessment = StoredAssessment.extend({
  proposal: z
    .object({
      id: z.string(),
      orderKind: z.enum(['activate', 'upgrade', 'downgrade', 'terminate']),
      toLevel: z.enum(['I', 'II', 'III', 'IV']).nullable(),
      signerRole: z.string(),
      created: z.boolean().describe('false: the same change was already pending'),
    })
    .nullable()
    .describe(
      '4.2(1): the proposal made because the overall level differs from the response in force; null when it agrees',
    ),
});

export const GradedAssessmentWithDrafts = GradedAssessment.extend({
  drafts: z
    .array(
      z.object({
        id: z.string(),
        action: z.enum(['issue', 'update', 'cancel']),
        hazard: HazardKey,
        level: Level.nullable(),
        areaCodes: z.array(z.string()),
      }),
    )
    .describe('3.3.2: the warnings the grading implies, drafted for the duty officer (GET /api/warning-drafts/{id})'),
});

const Source = z
  .enum(['request', 'observations', 'backfill'])
  .describe('request: a person asked; observations: the continuous grading; backfill: a past period re-run');

export const AssessmentDetail = StoredAssessment.extend({
  input: z.unknown().describe('the situation it graded, as validated (defaults filled in)'),
  source: Source,
});

export const AssessmentSummary = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  at: z.string(),
  plan: z.object({ id: z.string(), version: z.string(), contentHash: z.string() }),
  overall: z.object({ level: Level.nullable(), hazards: z.array(HazardKey) }),
  source: Source,
});

export const AssessmentList = z.object({ assessments: z.array(AssessmentSummary), next: NextCursor });

export const AssessmentParams = z.object({ id: z.uuid('an assessment id is a UUID') });

export const AssessmentListQuery = PageQuery.extend({
  latest: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: answer the newest grading itself (continuous or requested, not a backfill), not a page'),
});

export const AssessmentListOrLatest = z.union([AssessmentList, AssessmentDetail]);

export const Failure = ApiError;

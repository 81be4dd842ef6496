import { z } from 'zod';
import { IndicatorReportInput } from '../../../services/ledger-indicators.service.ts';
import { NextCursor, PageQuery } from '../../../services/pagination.ts';
import { ApiError } from '../../errors.ts';

export const Failure = ApiError;

const Status = z.enum(['onTrack', 'atRisk', 'missed', 'noData']);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期');
const Year = z.coerce.number().int().min(2000).max(2100);

export const Trajectory = z.object({
  status: Status.describe('on track / at risk / missed / no data'),
  rule: z.string().describe('the rule that decided (I1–I5 reported values, A1–A4 air evaluation; docs/ledger.md)'),
  reason: z.string(),
  latest: z.number().nullable(),
  expected: z.number().nullable().describe('rule I4: where the straight path to the target stands'),
});

export const Indicator = z.object({
  planId: z.string(),
  targetId: z.string(),
  clause: z.string(),
  text: z.string(),
  year: z.number().int().describe('the year the target is due'),
  source: z.enum(['reported', 'airEvaluation']).describe('reported by its unit, or the air evaluation itself'),
  metric: z.string().nullable(),
  unitOfMeasure: z.string().nullable().describe('件, µg/m³, %…'),
  unit: z.string().nullable().describe('the unit that answers for the target; null until assigned'),
  goal: z
    .object({ comparison: z.enum(['gte', 'lte', 'eq']), value: z.number(), due: z.string() })
    .nullable()
    .describe('null for a qualitative target'),
  region: z.string().nullable(),
  latest: z.object({ value: z.number(), period: z.string().nullable(), periodEnd: z.string().nullable() }).nullable(),
  trajectory: Trajectory.nullable(),
  asOf: z.string(),
});

export const IndicatorQuery = z.object({
  plan: z.string().min(1).max(40).optional(),
  year: Year.optional(),
  unit: z.string().min(1).max(60).optional().describe('full name or short form'),
  asOf: IsoDate.optional().describe('the day to read trajectories on (default: today, Asia/Shanghai)'),
});
export const IndicatorList = z.object({ indicators: z.array(Indicator) });
export const IndicatorParams = z.object({ plan: z.string().min(1).max(40), target: z.string().min(1).max(80) });
export const AsOfQuery = z.object({ asOf: IsoDate.optional() });

export const IndicatorValue = z.object({
  id: z.string(),
  planId: z.string(),
  targetId: z.string(),
  unit: z.string(),
  period: z.string(),
  periodEnd: z.string(),
  value: z.number(),
  source: z.string(),
  evidence: z.string(),
  note: z.string().nullable(),
  reportedAt: z.string(),
  reportedBy: z.string(),
  planVersion: z.string(),
});
export const ValueHistory = z.object({ values: z.array(IndicatorValue), next: NextCursor });
export const ValueHistoryQuery = PageQuery;
export const ReportBody = IndicatorReportInput;
export const AssignBody = z.object({ unit: z.string().min(1).max(60).describe('full name or short form') }).strict();
export const Assigned = z.object({
  planId: z.string(),
  targetId: z.string(),
  unit: z.string(),
  previous: z.string().nullable(),
});

const ScoreLine = z.object({
  rule: z.string().describe('the line of the scoring rule (plans/city/ledger-scoring.json)'),
  fact: z.string(),
  zh: z.string(),
  count: z.number(),
  weight: z.number(),
  points: z.number(),
  capped: z.boolean(),
});
const Facts = z.record(z.string(), z.number());
export const Scorecard = z.object({
  unit: z.string(),
  year: z.number(),
  ruleId: z.string(),
  ruleVersion: z.string(),
  base: z.number(),
  lines: z.array(ScoreLine),
  score: z.number(),
  bounded: z.boolean(),
  facts: Facts,
  rank: z.number().nullable(),
});
const RuleRef = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  source: z.string(),
  contentHash: z.string(),
});
export const ScorecardQuery = z.object({ year: Year });
export const ScorecardList = z.object({
  year: z.number(),
  asOf: z.string(),
  rule: RuleRef,
  scorecards: z.array(Scorecard),
});
export const UnitParams = z.object({ unit: z.string().min(1).max(60) });
export const UnitScorecard = z.object({
  year: z.number(),
  asOf: z.string(),
  rule: RuleRef,
  ranked: z.number().describe('how many units the year ranks'),
  scorecard: Scorecard,
});

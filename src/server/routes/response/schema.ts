import { z } from 'zod';
import { Level } from '../../../plans/common.schema.ts';
import { HazardKey } from '../../../plans/meteo/hazards.schema.ts';
import { OrderKind } from '../../../plans/meteo/response.schema.ts';
import { NextCursor, PageQuery } from '../../../services/pagination.ts';
import { ApiError } from '../../errors.ts';

export const Failure = ApiError;
export const IdParams = z.object({ id: z.string().min(1).max(100) });
export const PageOnly = PageQuery;

export const ProposalBody = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('assessment').describe("综合评估 (4.2(3), 4.3): a person's overall assessment"),
    targetLevel: Level.nullable().describe('the level to respond at; null proposes ending the response'),
    hazards: z.array(HazardKey).default([]),
    justification: z.string().describe('required: the written assessment'),
  }),
  z.object({
    source: z.literal('regionResponse').describe("4.2(2): the autonomous region's response covers the city"),
    targetLevel: Level.nullable(),
    hazards: z.array(HazardKey).default([]),
    sourceReference: z.string().describe("the region's order, e.g. its document number"),
    justification: z.string().optional(),
  }),
]);

export const Proposal = z.object({
  id: z.string(),
  responseId: z.string().nullable(),
  orderKind: OrderKind,
  fromLevel: Level.nullable(),
  toLevel: Level.nullable(),
  hazards: z.array(HazardKey),
  source: z.enum(['grading', 'assessment', 'regionResponse']),
  assessmentId: z.string().nullable(),
  justification: z.string().nullable(),
  sourceReference: z.string().nullable(),
  conditionClause: z.string(),
  signerRole: z.string().describe('the role that must sign (4.3, 4.8)'),
  proposedBy: z.string(),
  proposedAt: z.string(),
  status: z.enum(['pending', 'signed', 'rejected', 'superseded']),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  planVersion: z.string(),
});
export const ProposalCreated = z.object({
  proposal: Proposal,
  created: z.boolean().describe('false: the same change was already pending; this is that proposal'),
});
export const ProposalList = z.object({ proposals: z.array(Proposal), next: NextCursor });
export const ProposalQuery = PageQuery.extend({
  status: z.enum(['pending', 'signed', 'rejected', 'superseded']).optional(),
});
export const RejectBody = z.object({ reason: z.string() });

export const Order = z.object({
  id: z.string(),
  responseId: z.string(),
  proposalId: z.string(),
  kind: OrderKind,
  fromLevel: Level.nullable(),
  toLevel: Level.nullable(),
  title: z.string(),
  signerRole: z.string(),
  signedBy: z.string(),
  signedAt: z.string(),
  clause: z.string(),
  planVersion: z.string(),
});

export const Response = z.object({
  id: z.string(),
  planId: z.string(),
  planVersion: z.string(),
  level: Level.nullable(),
  highestLevel: Level,
  hazards: z.array(HazardKey),
  status: z.enum(['active', 'ended']),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
});
export const SignResult = z.object({ order: Order, response: Response });

export const Task = z.object({
  id: z.string(),
  responseId: z.string(),
  orderId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  level: Level,
  duties: z.array(z.object({ clause: z.string(), text: z.string() })),
  dueAt: z.string(),
  status: z.enum(['open', 'acknowledged', 'superseded', 'closed']),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  escalatedAt: z.string().nullable(),
  overdue: z.boolean(),
});
export const TaskList = z.object({ tasks: z.array(Task), next: NextCursor });
export const TaskQuery = PageQuery.extend({
  unit: z.string().optional(),
  status: z.enum(['open', 'acknowledged', 'superseded', 'closed']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export const AcknowledgeBody = z.object({ note: z.string().max(500).optional() }).default({});

export const Obligation = z.object({
  id: z.string(),
  responseId: z.string(),
  orderId: z.string(),
  kind: z.string(),
  to: z.array(z.string()),
  dueAt: z.string().nullable(),
  clause: z.string(),
  text: z.string(),
  filedAt: z.string().nullable(),
  filedBy: z.string().nullable(),
  content: z.string().nullable(),
  overdue: z.boolean(),
});
export const ObligationList = z.object({ reports: z.array(Obligation), next: NextCursor });
export const ObligationQuery = PageQuery.extend({
  open: z.enum(['true', 'false']).optional(),
  response: z.string().optional(),
});
export const FileBody = z.object({ content: z.string() });

export const UnitReportBody = z.object({
  unitId: z.string().min(1),
  kind: z.enum(['damage', 'situation']),
  text: z.string(),
  figures: z.record(z.string(), z.number().nonnegative()).optional(),
});
export const UnitReportCreated = z.object({ id: z.string(), filedAt: z.string() });

export const AftermathBody = z.object({
  organisedBy: z.string(),
  losses: z.string(),
  causes: z.string(),
  lessons: z.string(),
  improvements: z.string(),
  reportedTo: z.array(z.string()).default([]),
});

export const AftermathRecorded = z.object({ recordedAt: z.string() });

export const ResponseRecordBase = z.object({
  response: Response.nullable(),
  orders: z.array(Order),
  tasks: z.array(Task),
  reports: z.array(Obligation),
});
export const ResponseDetail = ResponseRecordBase.extend({
  pending: z.array(Proposal).describe('proposals awaiting a signature (the command sees them; a liaison does not)'),
});
export const UnitReport = z.object({
  id: z.string(),
  unitId: z.string(),
  kind: z.string(),
  text: z.string(),
  figures: z.record(z.string(), z.number()),
  filedBy: z.string(),
  filedAt: z.string(),
});
export const Aftermath = z.object({
  record: z.record(z.string(), z.unknown()),
  clause: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export const ResponseRecordDetail = ResponseRecordBase.extend({
  unitReports: z.array(UnitReport),
  aftermath: Aftermath.nullable(),
});

export const ResponseList = z.object({ responses: z.array(Response), next: NextCursor });

export const AuditEntry = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  payload: z.unknown(),
  hash: z.string(),
});
export const AuditTrail = z.object({ entries: z.array(AuditEntry), next: NextCursor });
export const AuditQuery = PageQuery.extend({ subjectType: z.string().min(1), subjectId: z.string().min(1) });
export const AuditVerdict = z.object({
  ok: z.boolean(),
  anchored: z.boolean().describe('the anchors were checked too (an audit key is configured)'),
  entries: z.number(),
  headHash: z.string().optional(),
  firstBad: z.object({ seq: z.number(), reason: z.string() }).optional(),
});

export const MemberUnit = z.object({
  id: z.string(),
  name: z.string(),
  duties: z.string(),
  concernsAlways: z.boolean(),
  hazards: z.array(HazardKey),
});
export const MemberUnitList = z.object({ units: z.array(MemberUnit) });

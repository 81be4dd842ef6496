import { z } from 'zod';
import { ledgerLights, ledgerNodes } from '../../../ledger/nodes.ts';
import { NextCursor, PageQuery } from '../../../services/pagination.ts';
import { ApiError } from '../../errors.ts';

export const Failure = ApiError;

const Node = z.enum(ledgerNodes);
const Light = z.enum(ledgerLights);

export const LedgerTask = z.object({
  id: z.string(),
  planId: z.string(),
  year: z.number(),
  number: z.string().describe('序号'),
  actionClause: z.string(),
  measureClause: z.string().describe('the plan measure the task details, e.g. 四(一)3'),
  text: z.string().describe('具体措施'),
  lead: z.array(z.string()).describe('牵头单位 (full names); empty until 立项 where the plan names none'),
  partners: z.array(z.string()).describe('配合单位'),
  deadline: z.string().nullable().describe('ISO date; null for ongoing tasks'),
  ongoing: z.boolean(),
  deadlineText: z.string().describe('完成时限 as written'),
  expectedResult: z.string().nullable(),
  indicatorRef: z.string().nullable(),
  node: Node,
  light: Light,
  setUpAt: z.string().nullable(),
  setUpBy: z.string().nullable(),
  assignedAt: z.string().nullable(),
  assignedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  handlingAt: z.string().nullable(),
  feedbackAt: z.string().nullable(),
  feedbackBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  source: z.enum(['import', 'seed', 'drill']),
  sourceRef: z.string(),
  planVersion: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const LedgerQuery = PageQuery.extend({
  plan: z.string().max(40).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  action: z.string().max(40).optional().describe('an action clause, e.g. 四(一)'),
  measure: z.string().max(40).optional().describe('a measure clause, e.g. 四(一)3'),
  unit: z.string().max(60).optional().describe('a unit (full name or short form): the tasks it leads or partners in'),
  role: z.enum(['lead', 'partner']).optional().describe('with unit: only as lead, or only as partner'),
  node: Node.optional(),
  light: Light.optional(),
});

export const LedgerList = z.object({ tasks: z.array(LedgerTask), next: NextCursor });

export const TaskParams = z.object({ id: z.string().min(1).max(100) });
export const EvidenceParams = z.object({ id: z.string().min(1).max(100) });

const Evidence = z.object({
  id: z.string(),
  reportId: z.string(),
  taskId: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  sha256: z.string(),
  at: z.string(),
});

export const LedgerTaskDetail = z.object({
  task: LedgerTask,
  measure: z.object({ clause: z.string(), title: z.string(), departments: z.array(z.string()) }).nullable(),
  timeline: z.array(
    z.object({
      id: z.string(),
      taskId: z.string(),
      seq: z.number(),
      kind: z.string(),
      nodeBefore: Node.nullable(),
      nodeAfter: Node,
      at: z.string(),
      actor: z.string(),
      note: z.string().nullable(),
      detail: z.record(z.string(), z.unknown()),
    }),
  ),
  reports: z.array(
    z.object({
      id: z.string(),
      taskId: z.string(),
      kind: z.enum(['progress', 'feedback']),
      unit: z.string(),
      text: z.string(),
      at: z.string(),
      actor: z.string(),
      evidence: z.array(Evidence),
    }),
  ),
  returns: z.array(
    z.object({ id: z.string(), taskId: z.string(), reason: z.string(), at: z.string(), actor: z.string() }),
  ),
});

export const SetUpBody = z.object({
  lead: z.array(z.string().min(1).max(60)).min(1).max(10).describe('牵头单位 (full names or short forms)'),
  partners: z.array(z.string().min(1).max(60)).max(60).default([]),
});

export const EmptyBody = z.object({}).strict().optional();

export const ReportBody = z.object({
  text: z.string().min(1).max(5000).describe('办理情况'),
  files: z
    .array(
      z.object({
        fileName: z.string().min(1).max(255),
        mediaType: z.string().max(100).default('application/octet-stream'),
        contentBase64: z.string().max(14_000_000).describe('the file, base64 (at most 10 MiB decoded)'),
      }),
    )
    .max(10)
    .default([]),
});

export const ReviewBody = z.object({
  decision: z.enum(['accept', 'return']),
  reason: z.string().max(2000).optional().describe('required for a return'),
});

export const SeedBody = z.object({ plan: z.string().min(1).max(40), year: z.number().int().min(2000).max(2100) });
export const Seeded = z.object({ seeded: z.number(), created: z.number(), updated: z.number() });

export const ImportQuery = z.object({
  plan: z.string().min(1).max(40),
  year: z.coerce.number().int().min(2000).max(2100),
  file: z.string().min(1).max(200).default('上传.xlsx').describe('the file name, for the audit entry and the messages'),
});
export const Imported = z.object({
  imported: z.number().describe('every task of the file'),
  created: z.number(),
  updated: z.number().describe('tasks already there whose text, units or deadline changed (node and history kept)'),
});
export const ImportFailure = z.object({
  error: z.object({
    code: z.literal('invalid_ledger_file'),
    message: z.string(),
    path: z.string().nullable(),
    problems: z
      .array(z.object({ sheet: z.string().nullable(), cell: z.string().nullable(), reason: z.string() }))
      .describe('every bad cell (sheet and cell, e.g. 2025年!D9) or the file itself (no cell); nothing was stored'),
  }),
});

export const ExportQuery = z.object({
  plan: z.string().min(1).max(40),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  action: z.string().max(40).optional(),
  unit: z.string().max(60).optional(),
});

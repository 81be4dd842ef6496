import { z } from 'zod';
import { Level } from '../../../plans/common.schema.ts';
import { HazardKey } from '../../../plans/meteo/hazards.schema.ts';
import { NextCursor, PageQuery } from '../../../services/pagination.ts';
import { ApiError } from '../../errors.ts';
import { MessageView } from '../warnings/schema.ts';

const DraftState = z.enum(['draft', 'confirmed', 'cancelled', 'superseded']);

export const Draft = z.object({
  id: z.string(),
  assessmentId: z.string().describe('the grading that implied it'),
  action: z.enum(['issue', 'update', 'cancel']),
  hazard: HazardKey,
  level: Level.nullable(),
  areaCodes: z.array(z.string()).describe('GB/T 2260 codes of the divisions'),
  expires: z.string().nullable().describe("end of validity (the plan's default for the hazard, or as changed)"),
  warningId: z
    .string()
    .nullable()
    .describe('the warning in force an update or cancel is about; once confirmed, the warning it published'),
  reasons: z.array(z.string()).describe('what an update changes: level, area, validity'),
  clause: z.string(),
  state: DraftState,
  createdAt: z.string(),
  createdBy: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  messageId: z.string().nullable().describe('the message published when confirmed'),
  planVersion: z.string(),
});

const ChannelText = z.union([
  z.object({ kind: z.literal('sms'), segments: z.array(z.string()).describe('at most 70 characters each') }),
  z.object({ kind: z.literal('email'), subject: z.string(), text: z.string(), attachments: z.array(z.unknown()) }),
  z.object({ kind: z.literal('wecom'), markdown: z.string() }),
  z.object({ kind: z.literal('webhook'), body: z.record(z.string(), z.unknown()) }),
]);

export const DraftDetail = Draft.extend({
  preview: z
    .object({
      capXml: z.string().describe('the CAP 1.2 message confirming now would publish'),
      headlineZh: z.string(),
      descriptionZh: z.string(),
      channels: z.array(ChannelText),
      firstReport: z.object({ to: z.array(z.string()), clause: z.string() }),
      fullNetworkSms: z.object({ send: z.boolean(), clause: z.string(), reason: z.string().optional() }),
    })
    .nullable()
    .describe('null once decided, or when it could not be confirmed as it stands (see problem)'),
  problem: z.string().nullable(),
});

export const DraftList = z.object({ drafts: z.array(Draft), next: NextCursor });
export const DraftQuery = PageQuery.extend({ state: DraftState.optional().describe('default: every state') });
export const DraftParams = z.object({ id: z.string().min(1).max(100) });
export const PreviewQuery = z.object({
  majorImpact: z.enum(['true', 'false']).optional().describe('preview with full-network SMS as of major impact'),
});
export const ConfirmBody = z
  .object({ majorImpact: z.boolean().optional().describe('3.3.4: judged of major impact (会商研判)') })
  .default({});
export const ChangeBody = z
  .object({
    level: Level.optional(),
    areaCodes: z.array(z.string()).optional(),
    expires: z.string().optional().describe('ISO 8601 end of validity'),
  })
  .strict();
export const CancelBody = z.object({ reason: z.string().max(500) });
export const Confirmed = z.object({ draft: Draft, message: MessageView });
export const Failure = ApiError;

import { z } from 'zod';
import { NextCursor, PageQuery } from '../../../services/pagination.ts';
import { ApiError } from '../../errors.ts';

export const Failure = ApiError;

export const ObservationBatch = z.object({
  observations: z
    .array(z.unknown(), { error: 'expected a list of observations' })
    .describe('each one observation as contracts/observations.md fixes it; each is checked on its own'),
});

export const IngestAnswer = z.object({
  accepted: z.number().int().describe('observations taken (a resend of a stored station and time counts, once)'),
  rejected: z.array(z.object({ index: z.number().int(), reason: z.string().describe('zh-CN: what is wrong') })),
});

export const RejectedList = z.object({
  rejected: z.array(
    z.object({
      id: z.string(),
      source: z.enum(['http', 'mqtt', 'nats', 'file']),
      payload: z.string().describe('the raw payload as received (cut at 8 KiB)'),
      reason: z.string(),
      receivedAt: z.string().describe('ISO 8601 UTC'),
    }),
  ),
  next: NextCursor,
});

export const RejectedQuery = PageQuery;

export const SituationQuery = z.object({
  at: z
    .string()
    .min(1)
    .max(40)
    .optional()
    .describe('a whole hour, ISO 8601 (without an offset: Beijing time); default: the latest complete hour'),
});

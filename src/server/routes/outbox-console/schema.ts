import { z } from 'zod';
import { ApiError } from '../../errors.ts';

export const Failure = ApiError;
export const WarningParams = z.object({ id: z.string().min(1).describe('the warning id') });

const Counts = z.object({ sent: z.number().int(), pending: z.number().int(), dead: z.number().int() });

export const WarningProgress = z.object({
  warningId: z.string(),
  totals: Counts.describe('every message of the warning: sent, waiting (pending), given up (dead)'),
  endpoints: z.array(
    Counts.extend({
      endpointId: z.string(),
      kind: z.string().nullable().describe('webhook, email, sms, wecom; null for an endpoint no longer configured'),
      lastSentAt: z.string().nullable(),
      nextAttemptAt: z.string().nullable(),
    }),
  ),
});

export const ChannelSettings = z.object({
  endpoints: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      channels: z.array(z.string()).describe('the plan channels (3.3.4) it carries'),
      reportsTo: z.array(z.string()).describe('the first-report bodies (3.3.2) it reaches'),
      addresses: z.array(z.string()).describe('recipients shown to the administrator (no secrets)'),
      pending: z.number().int(),
      dead: z.number().int(),
      lastErrors: z.array(z.object({ error: z.string(), messages: z.number().int() })),
    }),
  ),
  smsSubscribers: z.number().int(),
});

export const SubscriberImport = z.object({
  imported: z.number().int().describe('subscribers added or moved; 0 when any line was refused'),
  lines: z.number().int(),
  problemCount: z.number().int(),
  problems: z
    .array(z.object({ line: z.number().int(), problem: z.string() }))
    .describe('the refused lines (the first 100); with any, nothing was written'),
});

import { createHash } from 'node:crypto';
import { answerExcerpt, httpOutcome, postJson } from './http-post.ts';
import type { ChannelSender, OutgoingMessage, OutgoingPayload, SendResult } from './sender.ts';
import { webhookSignature } from './webhook.ts';

export interface SmsGatewayEndpoint {
  id: string;
  url: string;
  /** Sent as "Authorization: Bearer …" when set. */
  token: string | undefined;
  /** Signs the body as the webhook does, when set. */
  secret: string | undefined;
  batchSize: number;
  concurrency: number;
  timeoutMs: number;
  rate: { perSecond: number; burst: number };
}

interface GatewayReply {
  batchId?: unknown;
  rejected?: { idempotencyKey?: unknown; to?: unknown; reason?: unknown }[];
}

/**
 * An SMS gateway over HTTP: one JSON POST per batch of numbers, `{ segments, text, messages: [{ to,
 * idempotencyKey }] }`. Each number has its own key, so a gateway that honours them sends none twice however a
 * retry regroups the batch. The Idempotency-Key header names the batch (a hash of its keys), for gateways that
 * only look there: a batch resent unchanged after a crash carries the same one.
 */
export function smsGatewaySender(endpoint: SmsGatewayEndpoint, now: () => Date = () => new Date()): ChannelSender {
  return {
    endpointId: endpoint.id,
    kind: 'sms',
    batchSize: endpoint.batchSize,
    concurrency: endpoint.concurrency,
    rate: endpoint.rate,
    async send(payload: OutgoingPayload, messages: readonly OutgoingMessage[]): Promise<SendResult> {
      if (payload.content.kind !== 'sms') return { ok: false, permanent: true, error: 'not an SMS message' };
      const keys = messages.map((message) => message.idempotencyKey);
      const body = JSON.stringify({
        segments: payload.content.segments,
        text: payload.content.segments.map((segment) => segment.replace(/\(\d+\/\d+\)$/, '')).join(''),
        messages: messages.map((message) => ({ to: message.recipient, idempotencyKey: message.idempotencyKey })),
      });
      const headers: Record<string, string> = {
        'idempotency-key': createHash('sha256')
          .update([...keys].sort().join('\n'))
          .digest('hex'),
      };
      if (endpoint.token) headers.authorization = `Bearer ${endpoint.token}`;
      if (endpoint.secret) {
        const timestamp = String(Math.floor(now().getTime() / 1000));
        headers['x-nuancheng-timestamp'] = timestamp;
        headers['x-nuancheng-signature'] = webhookSignature(endpoint.secret, timestamp, body);
      }
      const answer = await postJson(endpoint.url, body, headers, endpoint.timeoutMs);
      const outcome = httpOutcome(answer, answerExcerpt);
      if (!outcome.ok || 'failure' in answer) return outcome;
      const reply = parseReply(answer.text);
      const byKey = new Map(messages.map((message) => [message.idempotencyKey, message.recipient]));
      const rejected = (reply.rejected ?? []).flatMap((entry) => {
        const recipient =
          typeof entry.idempotencyKey === 'string'
            ? byKey.get(entry.idempotencyKey)
            : typeof entry.to === 'string'
              ? entry.to
              : undefined;
        return recipient ? [{ recipient, reason: String(entry.reason ?? 'rejected by the gateway') }] : [];
      });
      return { ok: true, receipt: { status: answer.status, batchId: reply.batchId ?? null }, rejected };
    },
  };
}

function parseReply(text: string): GatewayReply {
  try {
    const json = JSON.parse(text) as unknown;
    return json !== null && typeof json === 'object' ? (json as GatewayReply) : {};
  } catch {
    return {};
  }
}

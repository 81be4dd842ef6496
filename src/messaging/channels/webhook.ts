import { createHmac } from 'node:crypto';
import { answerExcerpt, httpOutcome, postJson } from './http-post.ts';
import { oneAtATime, type ChannelSender } from './sender.ts';

export interface WebhookEndpoint {
  id: string;
  url: string;
  secret: string;
  timeoutMs: number;
  rate: { perSecond: number; burst: number };
}

/**
 * The signature a receiver checks: HMAC-SHA256 with the shared secret over "<timestamp>.<body>", so a captured
 * request cannot be replayed later with a new timestamp.
 */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** A generic webhook: the warning as JSON, signed, with its idempotency key in a header and in the body. */
export function webhookSender(endpoint: WebhookEndpoint, now: () => Date = () => new Date()): ChannelSender {
  return oneAtATime('webhook', endpoint, async (content, message) => {
    const body = JSON.stringify({ idempotencyKey: message.idempotencyKey, ...content.body });
    const timestamp = String(Math.floor(now().getTime() / 1000));
    const answer = await postJson(
      endpoint.url,
      body,
      {
        'idempotency-key': message.idempotencyKey,
        'x-nuancheng-timestamp': timestamp,
        'x-nuancheng-signature': webhookSignature(endpoint.secret, timestamp, body),
      },
      endpoint.timeoutMs,
    );
    return httpOutcome(answer, answerExcerpt);
  });
}

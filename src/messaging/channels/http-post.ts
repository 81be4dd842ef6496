import { isRetryableStatus } from '../../alerts/dissemination/backoff.ts';
import type { SendResult } from './sender.ts';

export interface HttpAnswer {
  status: number;
  text: string;
}

/**
 * POSTs a JSON body; a timeout, a refused connection or a reset is a retryable failure (returned, not thrown),
 * so a receiver that is down costs its own channel a retry and nothing else.
 */
export async function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<HttpAnswer | { failure: string }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, text: await response.text() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { failure: cause?.code ?? cause?.message ?? (error as Error).message };
  }
}

/** The common reading of an HTTP answer: 2xx sent, else retry or give up by status (see isRetryableStatus). */
export function httpOutcome(
  answer: HttpAnswer | { failure: string },
  receipt: (answer: HttpAnswer) => Record<string, unknown>,
): SendResult {
  if ('failure' in answer) return { ok: false, permanent: false, error: answer.failure };
  if (answer.status >= 200 && answer.status < 300) return { ok: true, receipt: receipt(answer) };
  return {
    ok: false,
    permanent: !isRetryableStatus(answer.status),
    error: `HTTP ${answer.status}: ${answer.text.slice(0, 200)}`,
  };
}

/** A receiver's answer, kept short in the receipt. */
export function answerExcerpt(answer: HttpAnswer): Record<string, unknown> {
  return { status: answer.status, body: answer.text.slice(0, 500) };
}

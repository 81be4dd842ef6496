/** How often and how long a failing message is retried. */
export interface RetryPolicy {
  /** Delay after the first failed attempt. */
  baseMs: number;
  /** The delay never grows past this. */
  maxMs: number;
  /** After this many attempts a message is given up ("dead") and reported. */
  maxAttempts: number;
}

export const defaultRetryPolicy: RetryPolicy = { baseMs: 2_000, maxMs: 10 * 60_000, maxAttempts: 8 };

/**
 * Exponential backoff with "equal jitter": after attempt n the delay is between half and all of
 * min(max, base·2^(n−1)). The jitter (a number in [0, 1), drawn by the caller) keeps a thousand messages that
 * failed together from all coming back in the same instant.
 */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, jitter: number): number {
  if (!Number.isInteger(attempt) || attempt < 1) throw new Error(`attempt must be 1 or more, got ${attempt}`);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
  const unit = Math.min(Math.max(jitter, 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * unit);
}

/** What becomes of a message whose attempt failed. */
export type FailureVerdict = { retry: true; delayMs: number } | { retry: false };

export function afterFailure(attempt: number, permanent: boolean, policy: RetryPolicy, jitter: number): FailureVerdict {
  if (permanent || attempt >= policy.maxAttempts) return { retry: false };
  return { retry: true, delayMs: backoffDelayMs(attempt, policy, jitter) };
}

/**
 * Whether an HTTP answer is worth retrying: the receiver is busy, overloaded, throttling or briefly away (408,
 * 425, 429, 5xx). Any other 4xx says the request itself is wrong (a bad signature, an unknown bot key): sending
 * it again would fail again, so it is given up at once and reported.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

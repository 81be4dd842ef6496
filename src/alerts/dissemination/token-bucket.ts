/**
 * A per-channel rate limit as a token bucket: `ratePerSecond` tokens flow in, at most `burst` are kept. A send
 * of n messages takes n tokens. Time is always an argument (milliseconds), so the bucket is a plain value.
 */
export interface TokenBucket {
  ratePerSecond: number;
  burst: number;
  tokens: number;
  atMs: number;
}

export function newBucket(ratePerSecond: number, burst: number, nowMs: number): TokenBucket {
  if (!(ratePerSecond > 0) || !(burst >= 1))
    throw new Error('a rate limit needs a positive rate and a burst of at least 1');
  return { ratePerSecond, burst, tokens: burst, atMs: nowMs };
}

function refill(bucket: TokenBucket, nowMs: number): TokenBucket {
  const elapsed = Math.max(0, nowMs - bucket.atMs);
  const tokens = Math.min(bucket.burst, bucket.tokens + (elapsed * bucket.ratePerSecond) / 1000);
  return { ...bucket, tokens, atMs: Math.max(nowMs, bucket.atMs) };
}

/** Takes up to `wanted` whole tokens; `granted` may be 0. */
export function takeTokens(
  bucket: TokenBucket,
  nowMs: number,
  wanted: number,
): { granted: number; bucket: TokenBucket } {
  const filled = refill(bucket, nowMs);
  const granted = Math.max(0, Math.min(wanted, Math.floor(filled.tokens)));
  return { granted, bucket: { ...filled, tokens: filled.tokens - granted } };
}

/** Gives back tokens taken for messages that were not sent after all (fewer were due than asked for). */
export function returnTokens(bucket: TokenBucket, count: number): TokenBucket {
  return { ...bucket, tokens: Math.min(bucket.burst, bucket.tokens + count) };
}

/** How long until one whole token is there. */
export function msUntilToken(bucket: TokenBucket, nowMs: number): number {
  const filled = refill(bucket, nowMs);
  if (filled.tokens >= 1) return 0;
  return Math.ceil(((1 - filled.tokens) * 1000) / filled.ratePerSecond);
}

import { describe, expect, it } from 'vitest';
import { areaCovers, areaFilter } from './area.ts';
import { afterFailure, backoffDelayMs, isRetryableStatus, type RetryPolicy } from './backoff.ts';
import { idempotencyKey, payloadId } from './idempotency.ts';
import { msUntilToken, newBucket, returnTokens, takeTokens } from './token-bucket.ts';

const policy: RetryPolicy = { baseMs: 1000, maxMs: 60_000, maxAttempts: 5 };

describe('exponential backoff', () => {
  it('doubles from the base and stops at the maximum; the jitter moves it within the upper half', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, policy, 1))).toEqual([1000, 2000, 4000, 8000]);
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, policy, 0))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffDelayMs(20, policy, 1)).toBe(60_000);
  });

  it('gives up after the last attempt, or at once on a permanent failure', () => {
    expect(afterFailure(4, false, policy, 0.5)).toEqual({ retry: true, delayMs: 6000 });
    expect(afterFailure(5, false, policy, 0.5)).toEqual({ retry: false });
    expect(afterFailure(1, true, policy, 0.5)).toEqual({ retry: false });
  });

  it('retries 408, 425, 429 and 5xx; not another 4xx', () => {
    expect([408, 425, 429, 500, 503].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 422].some(isRetryableStatus)).toBe(false);
  });
});

describe('token bucket', () => {
  it('grants the burst at once, then the rate', () => {
    let bucket = newBucket(10, 5, 0);
    const first = takeTokens(bucket, 0, 8);
    expect(first.granted).toBe(5);
    bucket = first.bucket;
    expect(takeTokens(bucket, 0, 1).granted).toBe(0);
    expect(msUntilToken(bucket, 0)).toBe(100);
    expect(takeTokens(bucket, 350, 8).granted).toBe(3);
    expect(takeTokens(bucket, 10_000, 8).granted).toBe(5);
  });

  it('takes back unused tokens, up to the burst', () => {
    const { bucket } = takeTokens(newBucket(1, 4, 0), 0, 4);
    expect(takeTokens(returnTokens(bucket, 3), 0, 4).granted).toBe(3);
    expect(returnTokens(bucket, 10).tokens).toBe(4);
  });
});

describe('areas and keys', () => {
  it('a city code covers its counties; a county code only itself', () => {
    const filter = areaFilter(['150600', '152501']);
    expect(filter).toEqual({ codes: ['152501'], prefixes: ['1506'] });
    expect(areaCovers(filter, '150627')).toBe(true);
    expect(areaCovers(filter, '152501')).toBe(true);
    expect(areaCovers(filter, '152502')).toBe(false);
  });

  it('idempotency keys are the identifier, the endpoint and the recipient; payload ids are stable', () => {
    expect(idempotencyKey('CN-1', 'sms-gateway', '13900000000')).toBe('CN-1/sms-gateway/13900000000');
    expect(idempotencyKey('CN-1', 'website', '')).toBe('CN-1/website');
    expect(payloadId('CN-1', 'website')).toBe(payloadId('CN-1', 'website'));
    expect(payloadId('CN-1', 'website')).not.toBe(payloadId('CN-2', 'website'));
    expect(payloadId('CN-1', 'website')).toMatch(/^[0-9a-f]{16}$/);
  });
});

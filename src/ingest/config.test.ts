import { describe, expect, it } from 'vitest';
import { readIngestConfig } from './config.ts';

describe('readIngestConfig', () => {
  it('retries a refused message every 5 s and sets it aside after 5 tries unless told otherwise', () => {
    expect(readIngestConfig({})).toMatchObject({ storeRetryMs: 5000, storeMaxAttempts: 5, natsAckWaitMs: 30_000 });
    expect(readIngestConfig({ NUANCHENG_INGEST_RETRY_MS: '250', NUANCHENG_INGEST_MAX_ATTEMPTS: '1' })).toMatchObject({
      storeRetryMs: 250,
      storeMaxAttempts: 1,
    });
  });

  it('refuses a setting that is not a number in range, naming it', () => {
    expect(() => readIngestConfig({ NUANCHENG_INGEST_MAX_ATTEMPTS: '0' })).toThrow(
      'NUANCHENG_INGEST_MAX_ATTEMPTS: expected a whole number ≥ 1, got "0"',
    );
    expect(() => readIngestConfig({ NUANCHENG_INGEST_RETRY_MS: 'soon' })).toThrow(
      'NUANCHENG_INGEST_RETRY_MS: expected milliseconds ≥ 100, got "soon"',
    );
  });
});

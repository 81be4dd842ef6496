import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../observations/time.ts';
import { regradeHours } from './regrade-hours.ts';

const hour = Date.parse('2025-07-20T08:00:00+08:00');
const window = (hourMs: number) => hourMs - 48 * HOUR_MS;
const timing = { quietMs: 10_000, maxWaitMs: 120_000 };

describe('regradeHours: when the continuous grading grades, and which hours', () => {
  it('a new complete hour without a grading is graded even when nothing arrived', () => {
    expect(regradeHours(hour + 60_000, undefined, false, window, timing)).toEqual({ kind: 'grade', hours: [hour] });
  });

  it('nothing arrived and the hour is graded: nothing to do', () => {
    expect(regradeHours(hour + 60_000, undefined, true, window, timing)).toEqual({ kind: 'grade', hours: [] });
  });

  it('a burst still arriving waits until it has been quiet; then the latest hour is graded once', () => {
    const arrivals = { newestAtMs: hour, firstReceivedMs: hour + 1_000, lastReceivedMs: hour + 5_000 };
    expect(regradeHours(hour + 9_000, arrivals, true, window, timing)).toEqual({
      kind: 'settling',
      untilMs: hour + 15_000,
    });
    expect(regradeHours(hour + 15_000, arrivals, true, window, timing)).toEqual({ kind: 'grade', hours: [hour] });
  });

  it('a stream that never pauses is graded once its first unread observation waited the longest', () => {
    const arrivals = { newestAtMs: hour, firstReceivedMs: hour, lastReceivedMs: hour + 119_000 };
    expect(regradeHours(hour + 119_500, arrivals, true, window, timing).kind).toBe('settling');
    expect(regradeHours(hour + 120_000, arrivals, true, window, timing)).toEqual({ kind: 'grade', hours: [hour] });
  });

  it('arrivals all read before (only the margin for late commits) do not hold the grading back', () => {
    const arrivals = { newestAtMs: hour, firstReceivedMs: null, lastReceivedMs: hour + 59_000 };
    expect(regradeHours(hour + 60_000, arrivals, true, window, timing)).toEqual({ kind: 'grade', hours: [hour] });
  });

  it('a sub-hourly observation counts toward the hour ending after it, but never one not yet complete', () => {
    const old = hour - 72 * HOUR_MS;
    const arrivals = { newestAtMs: old - 20 * 60_000, firstReceivedMs: hour, lastReceivedMs: hour };
    expect(regradeHours(hour + 60_000, arrivals, true, window, timing)).toEqual({ kind: 'grade', hours: [old, hour] });
    const current = { newestAtMs: hour + 10 * 60_000, firstReceivedMs: hour, lastReceivedMs: hour };
    expect(regradeHours(hour + 20 * 60_000, current, true, window, timing)).toEqual({ kind: 'grade', hours: [hour] });
  });

  it('observations inside the latest hour window re-grade only the latest hour', () => {
    const arrivals = { newestAtMs: hour - 5 * HOUR_MS, firstReceivedMs: hour, lastReceivedMs: hour };
    expect(regradeHours(hour + 60_000, arrivals, true, window, timing)).toEqual({ kind: 'grade', hours: [hour] });
  });
});

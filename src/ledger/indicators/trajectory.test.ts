import { describe, expect, it } from 'vitest';
import { classifyAirTracking, classifyReadings, type IndicatorGoal } from './trajectory.ts';

const higher: IndicatorGoal = { comparison: 'gte', value: 100, due: '2025-12-31' };
const lower: IndicatorGoal = { comparison: 'lte', value: 20, due: '2025-12-31' };
const at = (periodEnd: string, value: number) => ({ periodEnd, value });

describe('the trajectory of a reported indicator', () => {
  it('I1: without a value reported by the day asked, there is no data', () => {
    expect(classifyReadings(higher, [], '2025-05-01')).toMatchObject({ status: 'noData', rule: 'I1' });
    // A value for a period that has not ended yet is not known on the day asked.
    expect(classifyReadings(higher, [at('2025-06-30', 120)], '2025-05-01')).toMatchObject({ status: 'noData' });
  });

  it('I2: once the due date has passed, the last value for a period ending by it decides', () => {
    const readings = [at('2025-06-30', 80), at('2025-12-31', 100), at('2026-03-31', 70)];
    expect(classifyReadings(higher, readings, '2026-05-01')).toMatchObject({
      status: 'onTrack',
      rule: 'I2',
      latest: 100,
    });
    expect(classifyReadings(higher, readings.slice(0, 1), '2026-05-01')).toMatchObject({
      status: 'missed',
      rule: 'I2',
    });
    expect(classifyReadings(lower, [at('2025-12-31', 21)], '2026-01-02')).toMatchObject({ status: 'missed' });
  });

  it('I3: a latest value that meets the target is on track, whatever came before', () => {
    expect(classifyReadings(higher, [at('2025-03-31', 10), at('2025-06-30', 101)], '2025-07-01')).toMatchObject({
      status: 'onTrack',
      rule: 'I3',
    });
    expect(classifyReadings(lower, [at('2025-03-31', 19)], '2025-07-01')).toMatchObject({ status: 'onTrack' });
  });

  it('I4: ahead of the straight path from the first value to the target is on track, behind it at risk', () => {
    // From 60 on 2025-01-01 to 100 on 2025-12-31: by 2025-07-02 (half the span) the path is at 80.
    const ahead = classifyReadings(higher, [at('2025-01-01', 60), at('2025-07-02', 85)], '2025-08-01');
    expect(ahead).toMatchObject({ status: 'onTrack', rule: 'I4', expected: 80 });
    const behind = classifyReadings(higher, [at('2025-01-01', 60), at('2025-07-02', 75)], '2025-08-01');
    expect(behind).toMatchObject({ status: 'atRisk', rule: 'I4', expected: 80 });
  });

  it('I4: lower is better reads the path downwards', () => {
    // From 40 to 20 over the year: by mid-year the path is at 30.
    expect(classifyReadings(lower, [at('2025-01-01', 40), at('2025-07-02', 29)], '2025-08-01')).toMatchObject({
      status: 'onTrack',
    });
    expect(classifyReadings(lower, [at('2025-01-01', 40), at('2025-07-02', 33)], '2025-08-01')).toMatchObject({
      status: 'atRisk',
    });
    // Moving the wrong way is behind the path.
    expect(classifyReadings(lower, [at('2025-01-01', 40), at('2025-02-01', 45)], '2025-08-01')).toMatchObject({
      status: 'atRisk',
    });
  });

  it('I5: a single value short of the target is at risk', () => {
    expect(classifyReadings(higher, [at('2025-03-31', 99)], '2025-04-01')).toMatchObject({
      status: 'atRisk',
      rule: 'I5',
      latest: 99,
    });
  });

  it('eq targets (100%) are met only at the figure', () => {
    const exact: IndicatorGoal = { comparison: 'eq', value: 100, due: '2027-12-31' };
    expect(classifyReadings(exact, [at('2027-06-30', 100)], '2027-07-01')).toMatchObject({ status: 'onTrack' });
    expect(classifyReadings(exact, [at('2027-12-31', 99.5)], '2028-01-01')).toMatchObject({ status: 'missed' });
  });
});

describe('the trajectory of an air target, from the evaluation', () => {
  it('A1: no figure is no data', () => {
    expect(classifyAirTracking({ value: null, met: null, achievable: null, remainingDays: 100 })).toMatchObject({
      status: 'noData',
      rule: 'A1',
    });
  });
  it('A2: at the year end the figure decides', () => {
    expect(classifyAirTracking({ value: 21, met: true, achievable: true, remainingDays: 0 }).status).toBe('onTrack');
    expect(classifyAirTracking({ value: 23, met: false, achievable: false, remainingDays: 0 })).toMatchObject({
      status: 'missed',
      rule: 'A2',
    });
  });
  it('A3: a year that can no longer meet the target is missed before it ends', () => {
    expect(classifyAirTracking({ value: 30, met: false, achievable: false, remainingDays: 10 })).toMatchObject({
      status: 'missed',
      rule: 'A3',
    });
  });
  it('A4: met so far is on track; short but achievable is at risk', () => {
    expect(classifyAirTracking({ value: 20, met: true, achievable: true, remainingDays: 90 }).status).toBe('onTrack');
    expect(classifyAirTracking({ value: 24, met: false, achievable: true, remainingDays: 90 })).toMatchObject({
      status: 'atRisk',
      rule: 'A4',
    });
  });
});

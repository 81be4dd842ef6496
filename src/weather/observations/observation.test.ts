import { describe, expect, it } from 'vitest';
import { parseObservationMessage, validateObservation, type ValidationContext } from './observation.ts';
import { formatBeijing, parseObservationTime } from './time.ts';

const context: ValidationContext = { stations: new Set(['53543', '53457']), now: new Date('2025-07-20T01:00:00Z') };
const sample = {
  station: '53543',
  at: '2025-07-20T08:00:00+08:00',
  precipMm1h: 12.4,
  snowMm1h: 0,
  tempC: 21.3,
  groundTempC: 19.0,
  windMeanMs: 6.1,
  windGustMs: 11.0,
  visibilityM: 8000,
  phenomenon: null,
};
const reasonOf = (input: unknown, ctx = context) => {
  const result = validateObservation(input, ctx);
  return result.ok ? null : result.reason;
};

describe('one observation (contracts/observations.md)', () => {
  it('accepts the contract sample; a time without an offset is Beijing time', () => {
    const result = validateObservation(sample, context);
    expect(result).toEqual({
      ok: true,
      observation: { ...sample, at: undefined, atMs: Date.parse('2025-07-20T00:00:00Z') },
    });
    const local = validateObservation({ ...sample, at: '2025-07-20T08:00:00' }, context);
    expect(local.ok && local.observation.atMs).toBe(Date.parse('2025-07-20T00:00:00Z'));
  });
  it('reads an absent or null measured field as not measured', () => {
    const result = validateObservation({ station: '53543', at: '2025-07-20T08:00:00+08:00', tempC: null }, context);
    expect(result.ok && result.observation).toMatchObject({ tempC: null, precipMm1h: null, phenomenon: null });
  });
  it('takes the station from the channel (MQTT topic, NATS subject) and refuses a payload that names another', () => {
    const { station: _omitted, ...withoutStation } = sample;
    const fromTopic = validateObservation(withoutStation, { ...context, stationFromChannel: '53457' });
    expect(fromTopic.ok && fromTopic.observation.station).toBe('53457');
    expect(reasonOf(sample, { ...context, stationFromChannel: '53457' })).toMatch(/不一致/);
    expect(reasonOf(withoutStation)).toMatch(/缺少区站号/);
  });
  it('refuses an unknown station, naming the known ones', () => {
    expect(reasonOf({ ...sample, station: '99999' })).toMatch(/未知气象站 "99999".*53543/);
  });
  it('refuses a time in the future, beyond a few minutes of clock drift', () => {
    expect(reasonOf({ ...sample, at: '2025-07-20T09:04:00+08:00' })).toBeNull();
    expect(reasonOf({ ...sample, at: '2025-07-20T09:06:00+08:00' })).toMatch(/晚于当前时间/);
  });
  it('refuses a time that is not ISO 8601 or names no real day', () => {
    expect(reasonOf({ ...sample, at: '20.07.2025 08:00' })).toMatch(/^at: 不是有效的 ISO 8601/);
    expect(reasonOf({ ...sample, at: '2025-02-30T08:00:00' })).toMatch(/^at:/);
    expect(reasonOf({ ...sample, at: undefined })).toMatch(/^at: 缺少/);
  });
  it('refuses NaN, text with units and values outside the physical range (a unit mix-up)', () => {
    expect(reasonOf({ ...sample, tempC: Number.NaN })).toMatch(/^tempC: .*不是有限数值/);
    expect(reasonOf({ ...sample, precipMm1h: '12 mm' })).toMatch(/^precipMm1h: .*应为以 mm 计的数值/);
    expect(reasonOf({ ...sample, tempC: 95 })).toMatch(/^tempC: .*超出物理可能范围 -80–60/);
    expect(reasonOf({ ...sample, precipMm1h: -1 })).toMatch(/^precipMm1h:/);
    expect(reasonOf({ ...sample, visibilityM: 150_000 })).toMatch(/^visibilityM:/);
  });
  it('refuses declared units other than the contract’s, and fields it does not know (tempF)', () => {
    expect(reasonOf({ ...sample, units: { tempC: '℃', windMeanMs: 'm/s' } })).toBeNull();
    expect(reasonOf({ ...sample, units: { tempC: '°F' } })).toMatch(/^units.tempC: 单位错误,应为 ℃/);
    expect(reasonOf({ ...sample, units: { windMeanMs: 'km/h' } })).toMatch(/单位错误,应为 m\/s/);
    expect(reasonOf({ ...sample, tempF: 70 })).toMatch(/未知字段 "tempF"/);
  });
  it('refuses a gust below the mean wind and an unknown phenomenon', () => {
    expect(reasonOf({ ...sample, windGustMs: 5 })).toMatch(/^windGustMs:/);
    expect(reasonOf({ ...sample, phenomenon: 'haze' })).toMatch(/^phenomenon:/);
  });
  it('a message: malformed JSON and an oversized message are refused with their reason', () => {
    expect(parseObservationMessage('{"station": ', context)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^不是有效的 JSON/),
    });
    const big = JSON.stringify({ ...sample, pad: 'x'.repeat(5000) });
    expect(parseObservationMessage(big, context)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^消息过大/),
    });
    expect(parseObservationMessage('[1]', context)).toMatchObject({ ok: false, reason: '观测记录应为 JSON 对象' });
    expect(parseObservationMessage(JSON.stringify(sample), context).ok).toBe(true);
  });
});

describe('observation times', () => {
  it('reads Z, offsets and Beijing wall time to the same instant and writes Beijing time back', () => {
    const instant = Date.parse('2025-07-20T00:00:00Z');
    for (const text of [
      '2025-07-20T00:00:00Z',
      '2025-07-20T08:00:00+08:00',
      '2025-07-20T08:00:00',
      '2025-07-20T08:00+0800',
    ])
      expect(parseObservationTime(text)).toBe(instant);
    expect(formatBeijing(instant)).toBe('2025-07-20T08:00:00+08:00');
  });
});

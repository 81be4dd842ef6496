import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../../../test/support/engines.ts';
import { openTestApp, personHeaders } from '../../../../test/support/app.ts';
import type { App } from '../../app.ts';
import type { AppContext } from '../../context.ts';
import { countObservations } from '../../../store/observations.repository.ts';
import { formatBeijing, HOUR_MS } from '../../../weather/observations/time.ts';

describe.each(engines)('observations over HTTP (contracts/observations.md) on %s', (engine) => {
  let app: App;
  let ctx: AppContext;
  let close: () => Promise<void>;
  let machine: { authorization: string };
  let liaison: { authorization: string };
  const hour = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
  const stationIds = () => ctx.geography.stations.map((s) => s.id);
  const observation = (station: string, hoursBefore: number, values: object = {}) => ({
    station,
    at: formatBeijing(hour - hoursBefore * HOUR_MS),
    precipMm1h: 2.5,
    snowMm1h: 0,
    tempC: 21.3,
    windMeanMs: 6.1,
    windGustMs: 11,
    visibilityM: 8000,
    phenomenon: null,
    ...values,
  });
  const post = (payload: unknown, headers = machine) =>
    app.inject({ method: 'POST', url: '/api/observations', headers, payload: payload as object });
  const rejectedList = async (query = '') =>
    (await app.inject({ method: 'GET', url: `/api/observations/rejected${query}`, headers: liaison })).json();

  beforeAll(async () => {
    ({ app, ctx, close } = await openTestApp(engine));
    machine = await personHeaders(app, { username: `feed-${engine}`, role: 'ingest' });
    liaison = await personHeaders(app, {
      username: `liaison-${engine}`,
      role: 'unitLiaison',
      unitId: 'meteorological-bureau',
    });
  });
  afterAll(() => close());

  it('202 {accepted, rejected}: 24 hours of one station stored; a resend counts once and changes nothing', async () => {
    const [station] = stationIds();
    const day = Array.from({ length: 24 }, (_, i) => observation(station!, i));
    const first = await post({ observations: day });
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ accepted: 24, rejected: [] });
    const again = await post({ observations: [...day.slice(0, 2), { ...day[0], precipMm1h: 99 }] });
    expect(again.json()).toEqual({ accepted: 3, rejected: [] });
    expect(await countObservations(ctx.store.db)).toBe(24);
  });

  it('the situation at the hour carries the 24-hour sum (null below 24 hours) and grades as an assessment input', async () => {
    const [station, other] = stationIds();
    await post({ observations: [observation(other!, 0)] });
    const response = await app.inject({ method: 'GET', url: '/api/situation/current', headers: liaison });
    expect(response.statusCode).toBe(200);
    const situation = response.json();
    expect(situation.at).toBe(formatBeijing(hour));
    expect(situation.stations).toContainEqual({ id: station, precipMm: 60, snowMm: 0 });
    expect(situation.stations).toContainEqual({ id: other, precipMm: null, snowMm: null });
    const division = ctx.geography.stations[0]!.divisionCode;
    expect(situation.units.find((u: { id: string }) => u.id === division).observed).toMatchObject({ windMeanMs: 6.1 });
    const duty = await personHeaders(app, { username: `duty-${engine}`, role: 'dutyOfficer' });
    const graded = await app.inject({ method: 'POST', url: '/api/assessments', headers: duty, payload: situation });
    expect(graded.statusCode).toBe(201);
    const earlier = await app.inject({
      method: 'GET',
      url: `/api/situation/current?at=${encodeURIComponent(formatBeijing(hour - HOUR_MS))}`,
      headers: liaison,
    });
    expect(earlier.json().stations).toContainEqual({ id: station, precipMm: null, snowMm: null });
    const evidence = await app.inject({ method: 'GET', url: '/api/situation/current/evidence', headers: liaison });
    expect(evidence.json().flags).toContainEqual(expect.objectContaining({ code: 'stale' }));
  });

  it('a bad item is rejected with its index and reason, set aside, and never blocks the others', async () => {
    const [station] = stationIds();
    const response = await post({
      observations: [
        observation(station!, 30),
        observation('99999', 30),
        { ...observation(station!, 31), at: formatBeijing(hour + 48 * HOUR_MS) },
        { ...observation(station!, 32), tempC: 'NaN' },
        { ...observation(station!, 33), units: { tempC: '°F' } },
      ],
    });
    expect(response.statusCode).toBe(202);
    const body = response.json();
    expect(body.accepted).toBe(1);
    expect(body.rejected.map((r: { index: number }) => r.index)).toEqual([1, 2, 3, 4]);
    expect(body.rejected[0].reason).toMatch(/未知气象站/);
    const { rejected } = await rejectedList('?limit=4');
    expect(rejected.map((r: { source: string }) => r.source)).toEqual(['http', 'http', 'http', 'http']);
    expect(rejected.map((r: { reason: string }) => r.reason).join('\n')).toMatch(
      /单位错误[\s\S]*未知气象站|未知气象站[\s\S]*单位错误/,
    );
    expect(JSON.parse(rejected.find((r: { reason: string }) => /未知气象站/.test(r.reason)).payload).station).toBe(
      '99999',
    );
  });

  it('malformed JSON, a body that is no batch and an oversized body: 4xx, and a dead letter each', async () => {
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/observations',
      headers: { ...machine, 'content-type': 'application/json' },
      payload: '{"observations": [ {"station": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect((await rejectedList('?limit=1')).rejected[0]).toMatchObject({
      source: 'http',
      payload: '{"observations": [ {"station": ',
      reason: expect.stringMatching(/不是有效的 JSON/),
    });
    expect((await post([1, 2])).statusCode).toBe(400);
    expect((await rejectedList('?limit=1')).rejected[0]).toMatchObject({
      payload: '[1,2]',
      reason: expect.stringMatching(/observations/),
    });
    const huge = await app.inject({
      method: 'POST',
      url: '/api/observations',
      headers: { ...machine, 'content-type': 'application/json', 'content-length': String(17 * 1024 * 1024) },
      payload: 'x',
    });
    expect(huge.statusCode).toBe(413);
    expect((await rejectedList('?limit=1')).rejected[0].reason).toMatch(/请求体过大/);
  });

  it('the door: a liaison may not ingest (403), nobody signed in is 401, before any body is read', async () => {
    expect((await post({ observations: [] }, liaison)).statusCode).toBe(403);
    expect(
      (await app.inject({ method: 'POST', url: '/api/observations', payload: { observations: [] } })).statusCode,
    ).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/observations/rejected' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/situation/current' })).statusCode).toBe(401);
  });

  it('the rejected list pages newest first; an `at` that is not a whole hour or in the future is a 400', async () => {
    const page = await rejectedList('?limit=2');
    const next = await rejectedList(`?limit=2&cursor=${page.next}`);
    expect(next.rejected[0].receivedAt <= page.rejected[1].receivedAt).toBe(true);
    expect(next.rejected.map((r: { id: string }) => r.id)).not.toContain(page.rejected[1].id);
    for (const at of ['2025-07-20T08:30:00+08:00', formatBeijing(hour + 2 * HOUR_MS), 'yesterday']) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/situation/current?at=${encodeURIComponent(at)}`,
        headers: liaison,
      });
      expect(response.statusCode, at).toBe(400);
      expect(response.json().error.path).toBe('at');
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, personHeaders } from '../../../../test/support/app.ts';
import { engines } from '../../../../test/support/engines.ts';
import { ONE_LATE_ONE_ON_TIME, writeTaskFacts } from '../../../../test/support/ledger-facts.ts';
import type { App } from '../../app.ts';
import type { AppContext } from '../../context.ts';

const trademarks = '/api/ledger/indicators/quality-2024/2025-registered-trademarks';

describe.each(engines)('/api/ledger indicators and scorecards on %s', (engine) => {
  let app: App;
  let ctx: AppContext;
  let close: () => Promise<void>;
  let market: { authorization: string };
  let commerce: { authorization: string };
  let duty: { authorization: string };
  beforeAll(async () => {
    ({ app, ctx, close } = await openTestApp(engine));
    market = await personHeaders(app, { username: 'scj', role: 'unitLiaison', unitId: 'market-regulation-bureau' });
    commerce = await personHeaders(app, { username: 'swj', role: 'unitLiaison', unitId: 'commerce-bureau' });
    duty = await personHeaders(app, { username: 'duty', role: 'dutyOfficer' });
  });
  afterAll(async () => close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, headers: object = {}, payload?: object) =>
    app.inject({ method, url, headers: headers as Record<string, string>, ...(payload ? { payload } : {}) });

  it('indicators need a sign-in; the list filters by plan and year', async () => {
    expect((await call('GET', '/api/ledger/indicators')).statusCode).toBe(401);
    const response = await call('GET', '/api/ledger/indicators?plan=air-2024&year=2025', duty);
    expect(response.statusCode).toBe(200);
    expect(response.json().indicators).toHaveLength(13);
    expect(response.json().indicators[0]).toMatchObject({ source: 'airEvaluation', trajectory: { status: 'noData' } });
    expect((await call('GET', '/api/ledger/indicators?asOf=2025-13-01', duty)).statusCode).toBe(400);
  });

  it('the coordinator assigns, the unit reports with evidence, the trajectory and history follow', async () => {
    const wrong = await call('PUT', `${trademarks}/unit`, commerce, { unit: '市市场监管局' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('not_coordinator');
    const assigned = await call('PUT', `${trademarks}/unit`, market, { unit: '市市场监管局' });
    expect(assigned.json()).toMatchObject({ unit: '市市场监督管理局', previous: null });
    const value = { period: '2025年一季度', periodEnd: '2025-03-31', value: 57000, source: '统计', evidence: 'a.pdf' };
    expect((await call('POST', `${trademarks}/values`, commerce, value)).json().error.code).toBe('wrong_unit');
    const bad = await call('POST', `${trademarks}/values`, market, { ...value, value: 'many' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.path).toBe('value');
    const reported = await call('POST', `${trademarks}/values`, market, value);
    expect(reported.statusCode).toBe(201);
    expect(reported.json()).toMatchObject({ unit: '市市场监督管理局', value: 57000, evidence: 'a.pdf' });
    const one = await call('GET', `${trademarks}?asOf=2025-04-01`, duty);
    expect(one.json().trajectory).toMatchObject({ status: 'onTrack', rule: 'I3' });
    const history = await call('GET', `${trademarks}/values?limit=10`, duty);
    expect(history.json()).toMatchObject({ values: [{ value: 57000 }], next: null });
    const air = await call('POST', '/api/ledger/indicators/air-2024/city-pm25-annual/values', market, value);
    expect(air.statusCode).toBe(409);
    expect((await call('GET', '/api/ledger/indicators/quality-2024/nope', duty)).statusCode).toBe(404);
  });

  it('scorecards: the ranking and one unit, explained line by line', async () => {
    await writeTaskFacts(ctx.store.db, ONE_LATE_ONE_ON_TIME);
    expect((await call('GET', '/api/ledger/scorecards?year=2025')).statusCode).toBe(401);
    const year = await call('GET', '/api/ledger/scorecards?year=2025', commerce);
    expect(year.statusCode).toBe(200);
    expect(year.json().scorecards.map((card: { unit: string; rank: number }) => [card.unit, card.rank])).toEqual([
      ['市市场监督管理局', 1],
      ['市商务局', 2],
    ]);
    const unit = await call('GET', `/api/ledger/scorecards/${encodeURIComponent('市商务局')}?year=2025`, duty);
    expect(unit.json()).toMatchObject({ ranked: 2, scorecard: { unit: '市商务局', rank: 2 } });
    expect(unit.json().scorecard.lines.find((line: { fact: string }) => line.fact === 'tasksOverdue')).toMatchObject({
      rule: expect.any(String),
      count: 1,
    });
    expect((await call('GET', '/api/ledger/scorecards?year=20x5', duty)).statusCode).toBe(400);
    expect((await call('GET', `/api/ledger/scorecards/${encodeURIComponent('某局')}?year=2025`, duty)).statusCode).toBe(
      404,
    );
  });
});

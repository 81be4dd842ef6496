import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../../../test/support/engines.ts';
import { openTestApp, personHeaders } from '../../../../test/support/app.ts';
import { forecastUnits, grade } from '../../../../test/factories/situation.ts';
import { auditTrail } from '../../../store/audit.repository.ts';
import type { AppContext } from '../../context.ts';
import type { App } from '../../app.ts';

describe.each(engines)('/api/assessments on %s', (engine) => {
  let app: App;
  let ctx: AppContext;
  let close: () => Promise<void>;
  let headers: { authorization: string };
  const situation = {
    at: '2025-07-20T08:00:00+08:00',
    units: forecastUnits([60, { precipMm: 120, windMeanMs: 33 }], [40, { precipMm: 10, windMeanMs: 33 }]),
    stations: [{ id: '53543', precipMm: 55 }],
  };

  beforeAll(async () => {
    ({ app, ctx, close } = await openTestApp(engine));
    headers = await personHeaders(app, { username: 'duty', role: 'dutyOfficer' });
  });
  afterAll(async () => close());

  it('GET ?latest=true before any grading is a 404 naming it', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/assessments?latest=true', headers });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({ code: 'assessment_not_found', path: 'latest' });
  });

  it('POST grades as `nuancheng assess` does, stores it with its plan version, and GET recalls it by id', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/assessments', headers, payload: situation });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    const meteo = ctx.plans.meteo();
    expect(body).toEqual({
      ...grade(situation),
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      createdAt: expect.any(String),
      createdBy: 'duty',
      planContentHash: meteo.contentHash,
      proposal: { id: expect.any(String), orderKind: 'activate', toLevel: 'I', signerRole: 'commander', created: true },
      drafts: [
        expect.objectContaining({ action: 'issue', hazard: 'rainstorm', level: 'I' }),
        expect.objectContaining({ action: 'issue', hazard: 'gale', level: 'I' }),
      ],
    });
    expect(body.plan).toEqual({ id: 'meteo-2024', version: meteo.version });
    expect(body.overall).toEqual({ level: 'I', color: 'red', clause: '4.3', hazards: ['rainstorm', 'gale'] });

    const recalled = await app.inject({ method: 'GET', url: `/api/assessments/${body.id}`, headers });
    expect(recalled.statusCode).toBe(200);
    const { proposal: _proposal, drafts: _drafts, ...storedBody } = body;
    expect(recalled.json()).toEqual({
      ...storedBody,
      input: { ...situation, units: situation.units.map((u) => ({ ...u, agriAreaKm2: 0 })) },
      source: 'request',
    });

    const trail = await auditTrail(ctx.store.db, 'assessment', body.id);
    expect(trail).toMatchObject([{ actor: 'dutyOfficer:duty', action: 'weather.assessment.created' }]);
  });

  it('GET /api/assessments lists the latest first', async () => {
    const second = (
      await app.inject({
        method: 'POST',
        url: '/api/assessments',
        headers,
        payload: { ...situation, at: '2025-07-21T08:00:00+08:00' },
      })
    ).json();
    const list = await app.inject({ method: 'GET', url: '/api/assessments?limit=1', headers });
    expect(list.statusCode).toBe(200);
    expect(list.json().assessments).toEqual([
      {
        id: second.id,
        createdAt: second.createdAt,
        createdBy: 'duty',
        at: '2025-07-21T08:00:00+08:00',
        plan: { id: 'meteo-2024', version: second.plan.version, contentHash: second.planContentHash },
        overall: { level: 'I', hazards: ['rainstorm', 'gale'] },
        source: 'request',
      },
    ]);
    const latest = await app.inject({ method: 'GET', url: '/api/assessments?latest=true', headers });
    expect(latest.statusCode).toBe(200);
    expect(latest.json()).toMatchObject({
      id: second.id,
      at: '2025-07-21T08:00:00+08:00',
      source: 'request',
      overall: second.overall,
      hazards: second.hazards,
      input: expect.objectContaining({ at: '2025-07-21T08:00:00+08:00' }),
    });
    const paged = await app.inject({ method: 'GET', url: '/api/assessments?latest=false&limit=1', headers });
    expect(paged.json().assessments).toHaveLength(1);
    const bad = await app.inject({ method: 'GET', url: '/api/assessments?latest=yes', headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.path).toBe('latest');
  });

  it('bad input is a 400 naming the JSON path, as the CLI does, and stores nothing', async () => {
    const before = (await app.inject({ method: 'GET', url: '/api/assessments?limit=100', headers })).json().assessments
      .length;
    const bad = {
      ...situation,
      units: [...situation.units, { id: 'x', areaKm2: 3 }, { id: 'y', areaKm2: 2, forecast: { precipMm: 'lots' } }],
    };
    const response = await app.inject({ method: 'POST', url: '/api/assessments', headers, payload: bad });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: {
        code: 'invalid_request',
        message: 'body.units[3].forecast.precipMm: expected a number',
        path: 'units[3].forecast.precipMm',
      },
    });
    const after = (await app.inject({ method: 'GET', url: '/api/assessments?limit=100', headers })).json().assessments
      .length;
    expect(after).toBe(before);
  });

  it.each([
    [
      'a repeated unit id',
      { ...situation, units: [...situation.units, { id: 'u0', areaKm2: 1 }] },
      'units[2].id',
      'repeated id "u0" (also units[0])',
    ],
    [
      'agricultural area above the area',
      { ...situation, units: [{ id: 'a', areaKm2: 1, agriAreaKm2: 2 }] },
      'units[0].agriAreaKm2',
      'must not exceed areaKm2 (2 > 1)',
    ],
    ['a date that does not parse', { ...situation, at: '2025-13-01' }, 'at', 'not a valid ISO 8601 date and time'],
    [
      'an area too large to sum exactly (15.5: was a 500)',
      { ...situation, units: [{ id: 'a', areaKm2: 1e10 }] },
      'units[0].areaKm2',
      'must be at most 10000000 (km², the size of a country)',
    ],
  ])('%s is a 400 at its path', async (_, payload, path, message) => {
    const response = await app.inject({ method: 'POST', url: '/api/assessments', headers, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({ code: 'invalid_request', message: `body.${path}: ${message}`, path });
  });

  it('an unknown id is a 404; a malformed one a 400; without signing in, a 401', async () => {
    const missing = await app.inject({
      method: 'GET',
      url: '/api/assessments/00000000-0000-4000-8000-000000000000',
      headers,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 'assessment_not_found', path: 'id' });
    expect((await app.inject({ method: 'GET', url: '/api/assessments/nope', headers })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/api/assessments', payload: situation })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/assessments' })).statusCode).toBe(401);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/assessments', '/api/assessments/{id}']));
  });
});

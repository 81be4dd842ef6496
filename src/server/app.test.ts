import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/support/engines.ts';
import { openTestApp } from '../../test/support/app.ts';
import type { App } from './app.ts';

describe.each(engines)('the API on %s', (engine) => {
  let app: App;
  let close: () => Promise<void>;
  beforeAll(async () => ({ app, close } = await openTestApp(engine)));
  afterAll(async () => close());

  it('/healthz answers ok with the store engine and the plans', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', store: engine });
    expect(response.json().plans.map((p: { id: string }) => p.id)).toEqual(['air-2024', 'meteo-2024', 'quality-2024']);
  });

  it('/api/plans lists every plan with version and hash; /api/plans/{id} serves the plan as data', async () => {
    const list = (await app.inject({ method: 'GET', url: '/api/plans' })).json();
    expect(list.plans).toHaveLength(3);
    const meteo = await app.inject({ method: 'GET', url: '/api/plans/meteo-2024' });
    expect(meteo.statusCode).toBe(200);
    expect(meteo.json().plan.meta.documentNumber).toBe('鄂府办发〔2024〕108号');
    expect(meteo.json().contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an unknown plan is a 404 in the error shape, naming the known ones', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/plans/meteo-1999' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'plan_not_found', message: expect.stringMatching(/meteo-1999.*meteo-2024/), path: 'id' },
    });
  });

  it('an unknown route is a JSON 404, not an HTML page', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/nothing-here?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({ code: 'not_found', message: '没有这个接口:GET /api/nothing-here' });
  });

  it('serves the OpenAPI document and the docs page', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/healthz', '/api/plans', '/api/plans/{id}']));
    const docs = await app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/html/);
  });
});

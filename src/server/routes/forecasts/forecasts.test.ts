import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, personHeaders } from '../../../../test/support/app.ts';
import { engines } from '../../../../test/support/engines.ts';
import { sampleForecastBytes } from '../../../../test/support/forecast-files.ts';
import { latestForecastGrid } from '../../../store/forecasts.repository.ts';
import { pageRejects } from '../../../store/observations.repository.ts';
import type { App } from '../../app.ts';
import type { AppContext } from '../../context.ts';
import { FORECASTS_BODY_LIMIT } from './index.ts';

describe.each(engines)('POST /api/forecasts on %s', (engine) => {
  let app: App;
  let ctx: AppContext;
  let close: () => Promise<void>;
  let machine: { authorization: string };
  const netcdf = (payload: Buffer, query = '') =>
    app.inject({
      method: 'POST',
      url: `/api/forecasts${query}`,
      headers: { ...machine, 'content-type': 'application/x-netcdf' },
      payload,
    });
  const json = (payload: string | object, headers = machine) =>
    app.inject({
      method: 'POST',
      url: '/api/forecasts',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
  const rejects = async () => (await pageRejects(ctx.store.db, { limit: 50 })).items;

  beforeAll(async () => {
    ({ app, ctx, close } = await openTestApp(engine));
    machine = await personHeaders(app, { username: `forecast-feed-${engine}`, role: 'ingest' });
  });
  afterAll(() => close());

  it('202: a NetCDF file is stored under the source asked for; the same issue again stores nothing', async () => {
    const first = await netcdf(sampleForecastBytes(), '?source=cma');
    expect(first.statusCode).toBe(202);
    expect(first.json()).toMatchObject({ stored: true, source: 'cma', issuedAt: '2025-07-20T00:00:00.000Z' });
    const again = await netcdf(sampleForecastBytes(), '?source=cma');
    expect(again.json()).toMatchObject({ stored: false });
    expect((await latestForecastGrid(ctx.store.db, '2026-01-01T00:00:00Z'))!.fields.precipMm![0]).toEqual([
      0, 10, 20, 30,
    ]);
  });

  it('202: a JSON grid', async () => {
    const response = await json({
      source: 'ec-city',
      issuedAt: '2025-07-20T20:00:00+08:00',
      validTimes: ['2025-07-21T20:00:00+08:00'],
      grid: { lon0: 109, lat0: 39, dLon: 0.5, dLat: 0.5, cols: 2, rows: 1 },
      fields: { windGustMs: [[17.2, 20.8]] },
    });
    expect(response.statusCode).toBe(202);
    expect((await latestForecastGrid(ctx.store.db, '2026-01-01T00:00:00Z'))!.source).toBe('ec-city');
  });

  it('400 with the path, and a dead letter, for a bad file, bad JSON or malformed JSON', async () => {
    const before = (await rejects()).length;
    const wrongUnits = await netcdf(sampleForecastBytes({ precipUnits: 'in' }), '?source=cma');
    expect(wrongUnits.statusCode).toBe(400);
    expect(wrongUnits.json().error).toMatchObject({ code: 'invalid_forecast', path: 'precipMm.units' });
    const truncated = await netcdf(sampleForecastBytes().subarray(0, 50), '?source=cma');
    expect(truncated.json().error.message).toMatch(/^格点预报无法接收:file: not a readable NetCDF/);
    expect((await json('{"source": "x", ')).json().error.message).toMatch(/^请求体不是有效的 JSON/);
    expect((await json({ source: 'x' })).json().error.path).toBe('issuedAt');
    const added = (await rejects()).slice(0, (await rejects()).length - before);
    expect(added.map((r) => r.source)).toEqual(['http', 'http', 'http', 'http']);
    expect(added.map((r) => r.raw).at(-1)).toMatch(/^NetCDF \d+ 字节 base64:/);
  });

  it('413 past the body limit, set aside; 403 for a role that does not send forecasts', async () => {
    const tooLarge = await netcdf(Buffer.alloc(FORECASTS_BODY_LIMIT + 1));
    expect(tooLarge.statusCode).toBe(413);
    expect((await rejects())[0]!.reason).toMatch(/^请求体过大/);
    const liaison = await personHeaders(app, {
      username: `l-${engine}`,
      role: 'unitLiaison',
      unitId: 'meteorological-bureau',
    });
    expect((await json({}, liaison)).statusCode).toBe(403);
  });
});

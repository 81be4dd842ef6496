import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { sampleForecastBytes, sampleForecastJson } from '../../test/support/forecast-files.ts';
import { serviceContext } from '../../test/support/services.ts';
import { anonymous, systemPrincipal } from '../access/principal.ts';
import { latestForecastGrid } from '../store/forecasts.repository.ts';
import { pageRejects } from '../store/observations.repository.ts';
import type { Store } from '../store/database.ts';
import type { ServiceContext } from './context.ts';
import type { ServiceEvent } from './events.ts';
import { ingestForecast } from './forecasts.service.ts';

const jsonGrid = (issuedAt: string) => sampleForecastJson(issuedAt);

describe.each(engines)('forecast grids in (issue #13) on %s', (engine) => {
  let store: Store;
  let ctx: ServiceContext;
  const events: ServiceEvent[] = [];
  const system = systemPrincipal('ingest.file');

  beforeAll(async () => {
    store = await openTestStore(engine);
    ctx = serviceContext(store);
    ctx.events.subscribe((event) => events.push(event));
  });
  afterAll(() => store.close());

  it('stores a NetCDF forecast once: a resend of the same source and issue time changes nothing', async () => {
    const first = await ingestForecast(ctx, system, 'file', { netcdf: sampleForecastBytes() }, 'cma');
    expect(first).toEqual({
      accepted: true,
      stored: true,
      source: 'cma',
      issuedAt: '2025-07-20T00:00:00.000Z',
      validTimes: ['2025-07-21T00:00:00.000Z', '2025-07-22T00:00:00.000Z', '2025-07-23T00:00:00.000Z'],
    });
    const again = await ingestForecast(ctx, system, 'nats', { netcdf: sampleForecastBytes() }, 'cma');
    expect(again).toMatchObject({ accepted: true, stored: false });
    expect(events.filter((e) => e.type === 'forecasts.stored')).toEqual([
      {
        type: 'forecasts.stored',
        source: 'cma',
        issuedAt: '2025-07-20T00:00:00.000Z',
        validFrom: '2025-07-21T00:00:00.000Z',
        validTo: '2025-07-23T00:00:00.000Z',
        steps: 3,
      },
    ]);
    const latest = await latestForecastGrid(store.db, '2025-07-20T00:00:00.000Z');
    expect(latest).toMatchObject({ source: 'cma', transport: 'file', grid: { rows: 3, cols: 4, dLat: -0.25 } });
    expect(latest!.fields.precipMm![1]).toEqual([40, 50, null, 70]);
    expect(latest!.days.tmaxNext3dC).toHaveLength(3);
  });

  it('stores a JSON grid; the latest is the one issued last', async () => {
    const later = await ingestForecast(ctx, system, 'http', { json: jsonGrid('2025-07-20T14:00:00+08:00') });
    expect(later).toMatchObject({ accepted: true, stored: true, source: 'ec-city' });
    expect((await latestForecastGrid(store.db, '2025-07-21T00:00:00Z'))!.source).toBe('ec-city');
    expect((await latestForecastGrid(store.db, '2025-07-20T05:00:00.000Z'))!.source).toBe('cma');
    expect(await latestForecastGrid(store.db, '2025-07-19T00:00:00Z')).toBeNull();
  });

  it('sets a bad file aside with its transport and reason, storing nothing else', async () => {
    const bad = await ingestForecast(ctx, system, 'file', { netcdf: sampleForecastBytes({ precipUnits: 'inch' }) });
    expect(bad).toEqual({
      accepted: false,
      reason: expect.stringMatching(/^格点预报无法接收:precipMm\.units: "inch" is not a unit of mm/),
      path: 'precipMm.units',
    });
    const badJson = await ingestForecast(ctx, system, 'http', {
      json: { ...jsonGrid('2025-07-21T08:00:00+08:00'), grid: 3 },
    });
    expect(badJson).toMatchObject({ accepted: false, reason: expect.stringContaining('grid: expected') });
    const { items } = await pageRejects(store.db, { limit: 5 });
    expect(items.map((r) => r.source).sort()).toEqual(['file', 'http']);
    expect(items.find((r) => r.source === 'file')!.raw).toMatch(/^NetCDF \d+ 字节 base64:Q0RGAQ/);
    expect((await latestForecastGrid(store.db, '2025-07-22T00:00:00Z'))!.issuedAt).toBe('2025-07-20T06:00:00.000Z');
  });

  it('refuses a principal the policy does not name, before anything is stored', async () => {
    await expect(
      ingestForecast(ctx, anonymous, 'http', { json: jsonGrid('2025-07-22T08:00:00+08:00') }),
    ).rejects.toMatchObject({
      name: 'AccessDenied',
    });
    expect((await latestForecastGrid(store.db, '2025-07-23T00:00:00Z'))!.issuedAt).toBe('2025-07-20T06:00:00.000Z');
  });
});

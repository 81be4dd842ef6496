import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../../../../test/support/app.ts';
import { isCounterClockwise } from '../../../geo/orientation.ts';
import type { App } from '../../app.ts';
import type { AppContext } from '../../context.ts';

// The routes serve the geography held in memory, not the store, so one engine is enough here.
describe('the geo API', () => {
  let app: App;
  let ctx: AppContext;
  let close: () => Promise<void>;
  beforeAll(async () => ({ app, ctx, close } = await openTestApp('sqlite')));
  afterAll(async () => close());

  it('/api/geo/divisions is a GeoJSON FeatureCollection of the nine divisions, WGS84, outer rings counter-clockwise', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/geo/divisions' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.type).toBe('FeatureCollection');
    expect(body.datum).toBe('WGS84');
    expect(body.features).toHaveLength(9);
    const dongsheng = body.features.find((f: { id: string }) => f.id === '150602');
    expect(dongsheng.properties).toEqual({ code: '150602', name: '东胜区', areaKm2: expect.closeTo(2164, 0) });
    expect(dongsheng.geometry.coordinates).toEqual(ctx.geography.divisions.find((d) => d.code === '150602')!.geometry);
    for (const feature of body.features) expect(isCounterClockwise(feature.geometry.coordinates[0][0])).toBe(true);
  });

  it('?crs=gcj02 serves the source coordinates, rewound counter-clockwise', async () => {
    const body = (await app.inject({ method: 'GET', url: '/api/geo/divisions?crs=gcj02' })).json();
    expect(body.datum).toBe('GCJ-02');
    const ring = body.features[0].geometry.coordinates[0][0];
    expect(isCounterClockwise(ring)).toBe(true);
    expect(ring).toEqual([...ctx.geography.divisions[0]!.geometryGcj02[0]![0]!].reverse());
  });

  it('an unknown crs is a 400 naming the parameter', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/geo/divisions?crs=bd09' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'invalid_request',
      path: 'crs',
      message: expect.stringMatching(/^querystring\.crs: /),
    });
  });

  it('/api/geo/stations lists the eleven weather stations', async () => {
    const body = (await app.inject({ method: 'GET', url: '/api/geo/stations' })).json();
    expect(body.stations).toHaveLength(11);
    expect(body.stations).toContainEqual({
      id: '53543',
      name: '东胜',
      stationType: '基本站',
      lat: 39.8333,
      lon: 109.9833,
      altM: 1461.9,
      divisionCode: '150602',
    });
  });

  it('/api/geo/locate names the division holding a WGS84 point (the Dongsheng station)', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/geo/locate?lat=39.8333&lon=109.9833' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      lat: 39.8333,
      lon: 109.9833,
      division: { code: '150602', name: '东胜区', areaKm2: expect.any(Number) },
    });
  });

  it('a point outside Ordos is a 404 in the error shape', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/geo/locate?lat=39.91&lon=116.39' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'outside_city', message: '(39.91, 116.39) 不在鄂尔多斯市境内', path: null },
    });
  });

  it.each([
    ['lat=91&lon=109', 'lat', /latitude must be between -90 and 90/],
    ['lat=39&lon=-181', 'lon', /longitude must be between -180 and 180/],
    ['lat=&lon=109', 'lat', /latitude must be a decimal number/],
    ['lat=north&lon=109', 'lat', /latitude must be a decimal number/],
    ['lon=109', 'lat', /^querystring\.lat: latitude is required/],
  ])('locate?%s is a 400 naming %s', async (query, path, message) => {
    const response = await app.inject({ method: 'GET', url: `/api/geo/locate?${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'invalid_request',
      path,
      message: expect.stringMatching(message),
    });
  });

  it('the geo routes are in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/geo/divisions', '/api/geo/stations', '/api/geo/locate']),
    );
    expect(doc.paths['/api/geo/locate'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['lat', 'lon']);
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.ts';
import { buildApp, type App } from './app.ts';
import { openContext } from '../startup/context.ts';
import { defaultServerOptions, type AppContext } from './context.ts';

describe('the web console served at / with an index.html fallback for client routes', () => {
  const dist = tempDir();
  let app: App;
  let ctx: AppContext;
  beforeAll(async () => {
    mkdirSync(join(dist.path, 'assets'));
    writeFileSync(join(dist.path, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(dist.path, 'assets', 'app-abc123.js'), 'console.log(1)');
    ctx = await openContext({ databaseUrl: ':memory:' });
    app = await buildApp(ctx, { ...defaultServerOptions, webDist: dist.path });
  });
  afterAll(async () => {
    await app.close();
    await ctx.store.close();
    dist.remove();
  });

  const get = (url: string, accept = 'text/html') => app.inject({ method: 'GET', url, headers: { accept } });

  it('/ and a client route such as /duty answer the page, never cached', async () => {
    for (const url of ['/', '/duty', '/policy?plan=meteo-2024&clause=8.2.2']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('<title>console</title>');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('hashed assets are served and cached for a year; a missing asset is a JSON 404, not the page', async () => {
    const asset = await get('/assets/app-abc123.js', '*/*');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const missing = await get('/assets/app-old.js', '*/*');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });

  it('API paths stay JSON: an unknown /api route is the error shape, the API itself answers as before', async () => {
    const unknown = await get('/api/nothing-here');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await get('/api/plans', 'application/json')).json().plans).toHaveLength(3);
  });
});

describe('the console page for a browser whose session ended', () => {
  it('is served (the API answers 401 and clears the cookie; the page itself acts for no one)', async () => {
    const dist = tempDir();
    writeFileSync(join(dist.path, 'index.html'), '<!doctype html><title>console</title>');
    const ctx = await openContext({ databaseUrl: ':memory:' });
    const app = await buildApp(ctx, { ...defaultServerOptions, webDist: dist.path });
    try {
      const headers = { cookie: 'nuancheng_session=ended', accept: 'text/html' };
      expect((await app.inject({ method: 'GET', url: '/sign', headers })).statusCode).toBe(200);
      const api = await app.inject({ method: 'GET', url: '/api/warnings', headers });
      expect(api.statusCode).toBe(401);
      expect(api.headers['set-cookie']).toEqual([
        expect.stringMatching(/^nuancheng_session=; .*Max-Age=0/),
        expect.stringMatching(/^nuancheng_csrf=; .*Max-Age=0/),
      ]);
    } finally {
      await app.close();
      await ctx.store.close();
      dist.remove();
    }
  });
});

import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCap } from '../../src/alerts/cap/parse.ts';
import type { App } from '../../src/server/app.ts';
import { capSchemaErrors } from '../support/cap-schema.ts';
import { openTestApp, TEST_ADMIN_PASSWORD } from '../support/app.ts';
import { engines } from '../support/engines.ts';
import { readEvents } from '../support/event-stream.ts';

type Call = { method?: 'GET' | 'POST'; url: string; body?: unknown; as?: string; headers?: Record<string, string> };

describe.each(engines)("the public warning feeds and the duty officer's warnings on %s", (engine) => {
  let app: App;
  let close: () => Promise<void>;
  let base: string;
  const tokens = new Map<string, string>();
  const caps: Array<{ name: string; xml: string }> = [];

  async function call({ method = 'GET', url, body, as, headers = {} }: Call) {
    const all: Record<string, string> = { ...headers };
    if (as) all.authorization = `Bearer ${tokens.get(as)}`;
    const response = await app.inject({
      method,
      url,
      headers: all,
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const json = response.headers['content-type']?.toString().startsWith('application/json') ? response.json() : null;
    return { status: response.statusCode, json, body: response.body, headers: response.headers };
  }

  beforeAll(async () => {
    ({ app, close } = await openTestApp(engine));
    for (const [username, role] of [
      ['admin', null],
      ['duty', 'dutyOfficer'],
    ] as const) {
      if (role)
        expect(
          (
            await call({
              method: 'POST',
              url: '/api/users',
              as: 'admin',
              body: { username, displayName: username, role, password: 'correct horse battery' },
            })
          ).status,
        ).toBe(201);
      const login = await call({
        method: 'POST',
        url: '/api/auth/login',
        body: { username, password: role ? 'correct horse battery' : TEST_ADMIN_PASSWORD },
      });
      tokens.set(username, login.json.token);
    }
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => close());

  const issue = (body: object) => call({ method: 'POST', url: '/api/warnings', as: 'duty', body });

  it('only a duty officer issues; the issued warning is listed, filtered, found by point, served as CAP', async () => {
    expect(
      (
        await call({
          method: 'POST',
          url: '/api/warnings',
          body: { action: 'issue', hazard: 'rainstorm', level: 'IV' },
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await call({
          method: 'POST',
          url: '/api/warnings',
          as: 'admin',
          body: { action: 'issue', hazard: 'rainstorm', level: 'IV' },
        })
      ).status,
    ).toBe(403);
    const bad = await issue({ action: 'issue', hazard: 'rainstorm', level: 'IV', areaCodes: ['999999'] });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatchObject({ code: 'unknown_division', path: 'areaCodes[0]' });

    const issued = await issue({ action: 'issue', hazard: 'rainstorm', level: 'IV', areaCodes: ['150602'] });
    expect(issued.status).toBe(201);
    expect(issued.json).toMatchObject({
      msgType: 'Alert',
      status: 'Actual',
      level: 'IV',
      areaCodes: ['150602'],
      clause: '8.2.2(1)',
    });

    const list = async (query: string) =>
      (await call({ url: `/api/warnings${query}` })).json.warnings.map((w: { hazard: string }) => w.hazard);
    expect(await list('')).toEqual(['rainstorm']);
    expect(await list('?hazard=gale')).toEqual([]);
    expect(await list('?level=IV&active=true')).toEqual(['rainstorm']);
    expect(await list('?active=false')).toEqual([]);
    expect(await list('?area=150602')).toEqual(['rainstorm']);
    expect(await list('?area=150625')).toEqual([]);
    expect(await list('?area=150600')).toEqual(['rainstorm']);
    expect(await list('?status=Exercise')).toEqual([]);
    expect((await call({ url: '/api/warnings?active=maybe' })).status).toBe(400);

    const inside = await call({ url: '/api/warnings?lat=39.82&lon=109.98' });
    expect(inside.json.point).toEqual({ lat: 39.82, lon: 109.98, division: { code: '150602', name: '东胜区' } });
    expect(inside.json.warnings).toHaveLength(1);
    expect((await call({ url: '/api/warnings?lat=40.3&lon=108.5' })).json.warnings).toEqual([]);
    const outside = await call({ url: '/api/warnings?lat=39.9&lon=116.4' });
    expect(outside.json).toEqual({ point: { lat: 39.9, lon: 116.4, division: null }, warnings: [], next: null });
    expect((await call({ url: '/api/warnings?lat=39.9' })).status).toBe(400);

    const cap = await call({ url: issued.json.cap });
    expect(cap.status).toBe(200);
    expect(cap.headers['content-type']).toMatch(/^application\/cap\+xml/);
    expect(parseCap(cap.body).alert.identifier).toBe(issued.json.identifier);
    caps.push({ name: 'issued.xml', xml: cap.body });
    const byWarning = await call({ url: `/api/warnings/${issued.json.warningId}.cap` });
    expect(byWarning.body).toBe(cap.body);
    const detail = await call({ url: `/api/warnings/${issued.json.identifier}` });
    expect(detail.json).toMatchObject({
      id: issued.json.warningId,
      hazardZh: '暴雨',
      levelZh: 'Ⅳ级',
      color: 'blue',
      active: true,
      areas: [{ code: '150602', name: '东胜区' }],
    });
    expect((await call({ url: '/api/warnings/nothing-here.cap' })).status).toBe(404);
  });

  it('the Atom feed answers If-None-Match with 304 until the warnings change', async () => {
    const first = await call({ url: '/api/warnings/feed.atom' });
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(first.body).toContain('<title>鄂尔多斯市气象局发布暴雨蓝色预警[Ⅳ级/一般]</title>');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await call({ url: '/api/warnings/feed.atom', headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(
      (await call({ url: '/api/warnings/feed.atom', headers: { 'if-none-match': '"other", W/' + etag } })).status,
    ).toBe(304);

    const warningId = (await call({ url: '/api/warnings' })).json.warnings[0].id;
    const updated = await issue({ action: 'update', warningId, level: 'III' });
    expect(updated.status).toBe(201);
    const changed = await call({ url: '/api/warnings/feed.atom', headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body).toContain('更新暴雨黄色预警[Ⅲ级/较重]');
    expect(changed.body).toContain(`${updated.json.identifier}.cap`);
    caps.push({ name: 'updated.xml', xml: (await call({ url: updated.json.cap })).body });
  });

  it('the event stream sends each committed warning as it commits, and what was missed on resume', async () => {
    const gale = readEvents(
      base,
      '/api/warnings/stream',
      {},
      (events) => events.length >= 1,
      () => {
        void issue({ action: 'issue', hazard: 'gale', level: 'II', majorImpact: true });
      },
    );
    const [live] = await gale;
    const message = JSON.parse(live!.data);
    expect(message).toMatchObject({ hazard: 'gale', level: 'II', msgType: 'Alert', status: 'Actual' });
    expect(Number(live!.id)).toBe(message.seq);
    caps.push({ name: 'gale.xml', xml: (await call({ url: message.cap })).body });

    const resumed = await readEvents(
      base,
      '/api/warnings/stream',
      { 'last-event-id': '0' },
      (events) => events.length >= 3,
      () => undefined,
    );
    expect(resumed.map((e) => JSON.parse(e.data).msgType)).toEqual(['Alert', 'Update', 'Alert']);
    expect(resumed.map((e) => Number(e.id))).toEqual([...resumed.map((e) => Number(e.id))].sort((a, b) => a - b));
  });

  it('a cancellation ends the warning: it leaves the active list and the feed, its CAP references the update', async () => {
    const rain = (await call({ url: '/api/warnings?hazard=rainstorm' })).json.warnings[0];
    const cancelled = await issue({ action: 'cancel', warningId: rain.id });
    expect(cancelled.status).toBe(201);
    const cap = (await call({ url: cancelled.json.cap })).body;
    caps.push({ name: 'cancelled.xml', xml: cap });
    expect(parseCap(cap).alert.references[0]!.identifier).toBe(rain.latest.identifier);
    expect(
      (await call({ url: '/api/warnings?active=true' })).json.warnings.map((w: { hazard: string }) => w.hazard),
    ).toEqual(['gale']);
    expect(
      (await call({ url: '/api/warnings?active=false' })).json.warnings.map((w: { hazard: string }) => w.hazard),
    ).toEqual(['rainstorm']);
    expect((await call({ url: '/api/warnings/feed.atom' })).body).not.toContain('暴雨');
    expect((await issue({ action: 'cancel', warningId: rain.id })).json.error.code).toBe('warning_cancelled');
  });

  it('every CAP file served above validates against the OASIS schema', async () => {
    expect(caps).toHaveLength(4);
    expect(await capSchemaErrors(caps)).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app.ts';
import type { AppContext } from '../../src/server/context.ts';
import { auditTrail } from '../../src/store/audit.repository.ts';
import { adminHeaders, openTestApp, personHeaders, TEST_PASSWORD } from '../support/app.ts';

type OpenApi = {
  paths: Record<string, Record<string, { security?: unknown[] }>>;
  components: { securitySchemes: Record<string, unknown> };
};
type Method = 'POST' | 'PUT' | 'DELETE' | 'PATCH';

describe('10.3, 15.1: the door refuses before it reads', () => {
  let app: App;
  let close: () => Promise<void>;
  beforeAll(async () => ({ app, close } = await openTestApp('sqlite')));
  afterAll(async () => close());

  it('every mutating operation in /openapi.json answers 401 to an anonymous caller, whatever the body', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as OpenApi;
    const tried: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods).filter((m) => m !== 'get')) {
        if (path === '/api/auth/login') continue; // signing in is for the anonymous
        const url = path.replace(/\{[^}]+\}/g, 'some-id');
        const junk: Array<{ payload?: string; headers?: Record<string, string> }> = [
          {},
          { payload: '{}', headers: { 'content-type': 'application/json' } },
          { payload: '{"broken": ', headers: { 'content-type': 'application/json' } },
          { payload: '<xml/>', headers: { 'content-type': 'application/xml' } },
          { payload: 'x'.repeat(2 * 1024 * 1024), headers: { 'content-type': 'application/json' } },
        ];
        for (const attempt of junk) {
          const response = await app.inject({ method: method.toUpperCase() as Method, url, ...attempt });
          tried.push(`${method} ${path}`);
          expect(response.statusCode, `${method} ${path}: ${response.body.slice(0, 200)}`).toBe(401);
          expect(response.json().error.code).toBe('unauthenticated');
        }
      }
    }
    expect(new Set(tried).size).toBeGreaterThanOrEqual(20);
  });

  it('a signed-in caller without the right gets 403 before the body is validated; with it, junk is a 400', async () => {
    const liaison = await personHeaders(app, {
      username: 'door-liaison',
      role: 'unitLiaison',
      unitId: 'meteorological-bureau',
    });
    const refused = await app.inject({ method: 'POST', url: '/api/users', headers: liaison, payload: {} });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/创建用户.*系统管理员/),
    });
    const admin = await adminHeaders(app);
    expect((await app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: {} })).statusCode).toBe(400);
  });

  it('a body over its route limit is a 413 for a signed-in caller (sign-in takes a few KB)', async () => {
    const admin = await adminHeaders(app);
    const large = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { ...admin, 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'x', padding: 'x'.repeat(100 * 1024) }),
    });
    expect(large.statusCode).toBe(413);
    expect(large.json().error.code).toBe('payload_too_large');
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'x'.repeat(8 * 1024) },
    });
    expect(login.statusCode).toBe(413);
  });

  it('security headers, and /docs can authorize with a bearer token', async () => {
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    expect(health.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(health.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(health.headers['strict-transport-security']).toBeUndefined();
    const home = await app.inject({ method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toMatch(/暖城/);
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as OpenApi;
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/api/proposals']!.post!.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
    expect(doc.paths['/api/warnings']!.get!.security).toBeUndefined();
  });
});

describe('14.2, 15.3: sign-in, sessions, tokens and people', () => {
  let app: App;
  let ctx: AppContext;
  let close: () => Promise<void>;
  beforeAll(async () => ({ app, ctx, close } = await openTestApp('sqlite', { publicUrl: 'https://yj.ordos.example' })));
  afterAll(async () => close());

  const login = (username: string, password: string, ip = '10.0.0.1') =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip });

  it('the console session: HttpOnly SameSite=Strict Secure cookie and a CSRF cookie; state changes need X-CSRF-Token', async () => {
    await personHeaders(app, { username: 'csrf-duty', role: 'dutyOfficer' });
    const session = await login('csrf-duty', TEST_PASSWORD);
    const cookies = session.headers['set-cookie'] as string[];
    expect(cookies[0]).toMatch(
      /^nuancheng_session=nc_[^;]+; HttpOnly; SameSite=Strict; Path=\/; Max-Age=43200; Secure$/,
    );
    expect(cookies[1]).toMatch(/^nuancheng_csrf=[^;]+; SameSite=Strict; Path=\/; Max-Age=43200; Secure$/);
    const [sessionCookie, csrfCookie] = cookies.map((cookie) => cookie.split(';')[0]!) as [string, string];
    const cookie = `${sessionCookie}; ${csrfCookie}`;
    const csrf = csrfCookie.split('=')[1]!;
    const issue = { action: 'issue', hazard: 'gale', level: 'IV' };
    const without = await app.inject({ method: 'POST', url: '/api/warnings', headers: { cookie }, payload: issue });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('csrf');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/warnings',
      headers: { cookie, 'x-csrf-token': 'guessed' },
      payload: issue,
    });
    expect(wrong.statusCode).toBe(403);
    const right = await app.inject({
      method: 'POST',
      url: '/api/warnings',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: issue,
    });
    expect(right.statusCode).toBe(201);
    // A read needs no token, and a bearer request is exempt.
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/auth/tokens',
          headers: { authorization: `Bearer ${session.json().token}` },
          payload: { label: 'cli' },
        })
      ).statusCode,
    ).toBe(201);
    // The feed's ids and links follow the configured public URL, never the Host header.
    const feed = await app.inject({ method: 'GET', url: '/api/warnings/feed.atom', headers: { host: 'evil.example' } });
    expect(feed.body).toContain('https://yj.ordos.example/api/warnings/');
    expect(feed.body).not.toContain('evil.example');
    expect(feed.headers['strict-transport-security']).toMatch(/max-age/);
    const again = await app.inject({
      method: 'GET',
      url: '/api/warnings/feed.atom',
      headers: { 'if-none-match': String(feed.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('5 wrong passwords lock the username for a while (429), the right one then too; unknown names lock alike; audited', async () => {
    await personHeaders(app, { username: 'locked-duty', role: 'dutyOfficer' });
    for (let n = 0; n < 5; n++)
      expect((await login('locked-duty', 'wrong-password-1', '10.0.0.2')).statusCode).toBe(401);
    const locked = await login('locked-duty', TEST_PASSWORD, '10.0.0.3');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toMatchObject({ code: 'sign_in_locked', message: expect.stringMatching(/分钟后再试/) });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    for (let n = 0; n < 5; n++) await login('nobody-at-all', 'whatever-guess', '10.0.0.4');
    expect((await login('nobody-at-all', 'whatever-guess', '10.0.0.5')).statusCode).toBe(429);
    const trail = await auditTrail(ctx.store.db, 'user', 'locked-duty');
    expect(trail.filter((entry) => entry.action === 'auth.login.failed')).toHaveLength(5);
    expect(trail.at(-1)).toMatchObject({ action: 'auth.login.locked', actor: 'anonymous@10.0.0.3' });
    expect(trail.find((entry) => entry.action === 'auth.login')).toMatchObject({ actor: 'dutyOfficer:locked-duty' });
  });

  it('20 failures from one address lock the address, whatever the usernames', async () => {
    for (let n = 0; n < 20; n++) await login(`spray-${n}`, 'spray-password', '10.0.9.9');
    expect((await login('admin', 'anything-at-all', '10.0.9.9')).statusCode).toBe(429);
    expect((await login('spray-0', 'spray-password', '10.0.9.10')).statusCode).toBe(401);
  });

  it('tokens expire, are listed by their owner and revoked; a person cannot revoke another’s; all audited', async () => {
    const duty = await personHeaders(app, { username: 'token-duty', role: 'dutyOfficer' });
    const other = await personHeaders(app, { username: 'token-other', role: 'commander' });
    const issued = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: duty,
      payload: { label: 'desk', expiresInDays: 1 },
    });
    const { id, token, expiresAt } = issued.json();
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(23 * 3600_000);
    const mine = (await app.inject({ method: 'GET', url: '/api/auth/tokens', headers: duty })).json();
    expect(mine.tokens.map((t: { id: string }) => t.id)).toContain(id);
    expect(mine.tokens.every((t: { username: string }) => t.username === 'token-duty')).toBe(true);
    const notTheirs = await app.inject({ method: 'DELETE', url: `/api/auth/tokens/${id}`, headers: other });
    expect(notTheirs.statusCode).toBe(403);
    expect(notTheirs.json().error.code).toBe('not_owner');
    expect((await app.inject({ method: 'DELETE', url: `/api/auth/tokens/${id}`, headers: duty })).statusCode).toBe(200);
    const used = await app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(used.statusCode).toBe(401);
    expect(used.json().error.code).toBe('invalid_credentials');
    expect((await auditTrail(ctx.store.db, 'credential', id)).map((entry) => entry.action)).toEqual([
      'auth.token.issued',
      'auth.token.revoked',
    ]);
    const others = await app.inject({ method: 'GET', url: '/api/auth/tokens?username=admin', headers: duty });
    expect(others.statusCode).toBe(403);
  });

  it('the administrator resets a password (sessions end) and deactivates a person (no more sign-in)', async () => {
    const admin = await adminHeaders(app);
    const person = await personHeaders(app, { username: 'reset-me', role: 'deputyCommander' });
    const users = (await app.inject({ method: 'GET', url: '/api/users', headers: admin })).json().users;
    const id = users.find((user: { username: string }) => user.username === 'reset-me').id as string;
    const weak = await app.inject({
      method: 'POST',
      url: `/api/users/${id}/password`,
      headers: admin,
      payload: { password: '1234567890' },
    });
    expect(weak.json().error).toMatchObject({ code: 'weak_password', path: 'password' });
    const reset = await app.inject({
      method: 'POST',
      url: `/api/users/${id}/password`,
      headers: admin,
      payload: { password: '新的口令-Ordos-7' },
    });
    expect(reset.json().revoked).toBeGreaterThan(0);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: person })).statusCode).toBe(401);
    expect((await login('reset-me', TEST_PASSWORD, '10.1.0.1')).statusCode).toBe(401);
    const fresh = await login('reset-me', '新的口令-Ordos-7', '10.1.0.1');
    expect(fresh.statusCode).toBe(200);

    const deactivated = await app.inject({ method: 'POST', url: `/api/users/${id}/deactivate`, headers: admin });
    expect(deactivated.statusCode).toBe(200);
    expect((await login('reset-me', '新的口令-Ordos-7', '10.1.0.2')).statusCode).toBe(401);
    const self = (await app.inject({ method: 'GET', url: '/api/me', headers: admin })).json();
    const selfRefused = await app.inject({ method: 'POST', url: `/api/users/${self.id}/deactivate`, headers: admin });
    expect(selfRefused.json().error.code).toBe('self_deactivation');
    expect((await auditTrail(ctx.store.db, 'user', id)).map((entry) => entry.action)).toEqual([
      'user.created',
      'user.password.reset',
      'user.deactivated',
    ]);
  });

  it('GET /api/me: the role in Chinese and every operation with whether it is theirs and why not', async () => {
    const liaison = await personHeaders(app, {
      username: 'me-liaison',
      role: 'unitLiaison',
      unitId: 'emergency-management-bureau',
    });
    const me = (await app.inject({ method: 'GET', url: '/api/me', headers: liaison })).json();
    expect(me).toMatchObject({
      username: 'me-liaison',
      roleZh: '成员单位联络员',
      unitId: 'emergency-management-bureau',
    });
    const byName = new Map(me.operations.map((op: { operation: string }) => [op.operation, op]));
    expect(byName.get('tasks.acknowledge')).toMatchObject({ allowed: true, reason: null });
    expect(byName.get('proposals.sign')).toMatchObject({
      allowed: false,
      reason: expect.stringMatching(/总指挥、副总指挥/),
    });
  });

  it('every refusal is in the audit log, by whom and why', async () => {
    const liaison = await personHeaders(app, {
      username: 'refused-liaison',
      role: 'unitLiaison',
      unitId: 'meteorological-bureau',
    });
    await app.inject({ method: 'POST', url: '/api/warnings', headers: liaison, payload: { action: 'issue' } });
    const trail = await auditTrail(ctx.store.db, 'operation', 'warnings.act');
    expect(trail.at(-1)).toMatchObject({
      action: 'access.denied',
      actor: 'unitLiaison:refused-liaison',
      payload: { status: 403, code: 'forbidden', clause: '3.3.2' },
    });
  });
});

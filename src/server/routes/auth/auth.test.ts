import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, TEST_ADMIN_PASSWORD } from '../../../../test/support/app.ts';
import type { App } from '../../app.ts';

describe('signing in and out', () => {
  let app: App;
  let close: () => Promise<void>;
  beforeAll(async () => ({ app, close } = await openTestApp('sqlite')));
  afterAll(async () => close());

  const login = (password: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password } });

  it('a wrong password and an unknown user get the same 401', async () => {
    const wrong = await login('not-the-password');
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody', password: 'x' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('a session cookie works like a token; logging out ends it', async () => {
    const session = await login(TEST_ADMIN_PASSWORD);
    const [sessionCookie, csrfCookie] = (session.headers['set-cookie'] as string[]).map((c) => c.split(';')[0]!) as [
      string,
      string,
    ];
    expect(sessionCookie).toMatch(/^nuancheng_session=nc_/);
    expect(csrfCookie).toMatch(/^nuancheng_csrf=/);
    const cookie = `${sessionCookie}; ${csrfCookie}`;
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ username: 'admin', role: 'admin', roleZh: '系统管理员', unitId: null });
    const csrf = csrfCookie.split('=')[1]!;
    const logout = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(logout.statusCode).toBe(204);
    const after = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('invalid_credentials');
  });

  it('an API token is shown once and then signs requests', async () => {
    const token = (await login(TEST_ADMIN_PASSWORD)).json().token as string;
    const issued = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: { authorization: `Bearer ${token}` },
      payload: { label: 'duty desk' },
    });
    expect(issued.statusCode).toBe(201);
    const users = await app.inject({
      method: 'GET',
      url: '/api/users',
      headers: { authorization: `Bearer ${issued.json().token}` },
    });
    expect(users.json().users.map((u: { username: string }) => u.username)).toEqual(['admin']);
    expect(issued.json().expiresAt).toMatch(/^\d{4}-/);
    expect((await app.inject({ method: 'GET', url: '/api/me' })).json().error.code).toBe('unauthenticated');
  });

  it('a new user with a short password is refused naming the field', async () => {
    const token = (await login(TEST_ADMIN_PASSWORD)).json().token as string;
    const response = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { authorization: `Bearer ${token}` },
      payload: { username: 'duty', displayName: '值班员', role: 'dutyOfficer', password: 'short' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'invalid_request', path: 'password' });
    const repetitive = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { authorization: `Bearer ${token}` },
      payload: { username: 'duty', displayName: '值班员', role: 'dutyOfficer', password: 'aaaaaaaaaa' },
    });
    expect(repetitive.statusCode).toBe(400);
    expect(repetitive.json().error).toMatchObject({ code: 'weak_password', path: 'password' });
  });
});

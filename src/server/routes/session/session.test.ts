import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../../../../test/support/app.ts';
import { asPeople } from '../../../../test/support/people.ts';
import type { App } from '../../app.ts';

describe('GET /api/session and /api/me: who is asking and what the access rules let them do', () => {
  let app: App;
  let close: () => Promise<void>;
  let people: ReturnType<typeof asPeople>;
  beforeAll(async () => {
    ({ app, close } = await openTestApp('sqlite'));
    people = asPeople(app);
    await people.create([
      { username: 'duty', role: 'dutyOfficer' },
      { username: 'deputy', role: 'deputyCommander' },
    ]);
  });
  afterAll(async () => close());

  it('the public gets 200 with me: null (no failing probe on the public page)', async () => {
    expect(await people.call(null, 'GET', '/api/session')).toEqual({ status: 200, json: { me: null } });
  });

  it('a duty officer may propose and issue warnings; signing is refused with the reason in Chinese', async () => {
    const { json } = await people.call('duty', 'GET', '/api/session');
    expect(json.me).toMatchObject({ username: 'duty', role: 'dutyOfficer', roleZh: '值班员' });
    const op = (key: string) => json.me.operations.find((entry: { operation: string }) => entry.operation === key);
    expect(op('proposals.create')).toMatchObject({ allowed: true, reason: null });
    expect(op('warnings.act')).toMatchObject({ allowed: true });
    expect(op('proposals.sign')).toMatchObject({
      allowed: false,
      reason: expect.stringMatching(/总指挥、副总指挥.*值班员/),
    });
    const me = await people.call('duty', 'GET', '/api/me');
    expect(me.json.operations).toEqual(json.me.operations);
  });

  it('a deputy commander may sign but not issue warnings', async () => {
    const { json } = await people.call('deputy', 'GET', '/api/me');
    const allowed = json.operations
      .filter((entry: { allowed: boolean }) => entry.allowed)
      .map((e: { operation: string }) => e.operation);
    expect(allowed).toEqual(expect.arrayContaining(['proposals.sign', 'proposals.reject', 'audit.verify']));
    expect(allowed).not.toContain('warnings.act');
  });
});

describe('a browser whose session ended', () => {
  it('gets a 401 that also clears the session cookie, so its next request is the public’s', async () => {
    const { app, close } = await openTestApp('sqlite');
    try {
      const ended = await app.inject({
        method: 'GET',
        url: '/api/session',
        headers: { cookie: 'nuancheng_session=gone' },
      });
      expect(ended.statusCode).toBe(401);
      expect(ended.json().error.code).toBe('invalid_credentials');
      expect(ended.headers['set-cookie']).toEqual([
        expect.stringMatching(/^nuancheng_session=;.*Max-Age=0/),
        expect.stringMatching(/^nuancheng_csrf=;.*Max-Age=0/),
      ]);
      const bearer = await app.inject({
        method: 'GET',
        url: '/api/session',
        headers: { authorization: 'Bearer gone' },
      });
      expect(bearer.statusCode).toBe(401);
      expect(bearer.headers['set-cookie']).toBeUndefined();
      expect((await app.inject({ method: 'GET', url: '/api/session' })).json()).toEqual({ me: null });
    } finally {
      await close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app.ts';
import { openTestApp, TEST_ADMIN_PASSWORD } from '../support/app.ts';

type OpenApi = { paths: Record<string, Record<string, unknown>> };

// Streams stay open by design; they are tested where they are defined.
const streaming = /stream|events/;

describe('bad input to any endpoint is a 4xx in the error shape, never a 500', () => {
  let app: App;
  let close: () => Promise<void>;
  let token: string;
  beforeAll(async () => {
    ({ app, close } = await openTestApp('sqlite'));
    token = (
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'admin', password: TEST_ADMIN_PASSWORD },
      })
    ).json().token;
  });
  afterAll(async () => close());

  it('every documented route, with broken JSON, wrong types and junk parameters', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as OpenApi;
    const tried: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      if (streaming.test(path)) continue;
      const url = path.replace(/\{[^}]+\}/g, 'no-such-id%20%00');
      for (const method of Object.keys(methods).map(
        (m) => m.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH',
      )) {
        const attempts = [
          { url: `${url}?lat=abc&lon=999&year=x&from=yesterday&limit=-1&level=V`, payload: undefined },
          { url, payload: '{"broken": ', contentType: 'application/json' },
          {
            url,
            payload: JSON.stringify({ level: 12, units: 'none', at: 'not a date', targetLevel: 'V', source: 'nobody' }),
            contentType: 'application/json',
          },
          { url, payload: '<xml/>', contentType: 'application/xml' },
        ];
        for (const attempt of attempts) {
          if (method === 'GET' && attempt.payload !== undefined) continue;
          for (const auth of [undefined, `Bearer ${token}`]) {
            const headers: Record<string, string> = {};
            if (auth) headers.authorization = auth;
            if (attempt.contentType) headers['content-type'] = attempt.contentType;
            const response = await app.inject({
              method,
              url: attempt.url,
              headers,
              ...(attempt.payload === undefined ? {} : { payload: attempt.payload }),
            });
            tried.push(`${method} ${attempt.url}`);
            expect(
              response.statusCode,
              `${method} ${attempt.url} ${attempt.payload ?? ''}: ${response.body.slice(0, 300)}`,
            ).toBeLessThan(500);
            if (response.statusCode >= 400) {
              expect(response.json(), `${method} ${attempt.url}`).toMatchObject({
                error: { code: expect.any(String), message: expect.any(String) },
              });
            }
          }
        }
      }
    }
    expect(tried.length).toBeGreaterThan(40);
  });
});

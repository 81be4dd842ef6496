import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app.ts';
import type { AppContext } from '../../src/server/context.ts';
import { situationSample } from '../fuzz/samples.ts';
import { openTestApp, TEST_ADMIN_PASSWORD } from '../support/app.ts';
import { engines } from '../support/engines.ts';
import { fuzzEntry, fuzzTimeout, mutatedJson } from '../support/fuzz.ts';
import { sampleForecastJson } from '../support/forecast-files.ts';
import { actionsAfter, auditHead, refusalActions, refusalRecords, storeSnapshot } from '../support/store-snapshot.ts';

interface Operation {
  method: 'GET' | 'POST';
  path: string;
  pathParams: string[];
  queryParams: string[];
}

// The event streams never end (its own tests read it); signing out would end the session every case uses.
const skipped = new Set(['GET /api/warnings/stream', 'GET /api/duty/stream', 'POST /api/auth/logout']);

/**
 * Bodies the API accepts somewhere, to edit: a warning, a user, a situation, a dust day, a report, observations, a
 * forecast grid.
 */
const bodySamples = [
  { action: 'issue', hazard: 'gale', level: 'IV', areaCodes: ['150602'] },
  { action: 'cancel', warningId: '00000000-0000-4000-8000-000000000000' },
  {
    username: 'liaison',
    displayName: '联络员',
    role: 'unitLiaison',
    unitId: 'weather',
    password: 'correct horse battery',
  },
  situationSample,
  { date: '2025-03-01', region: '*' },
  { text: '已到岗', onPost: true },
  {
    observations: [{ station: '53543', at: '2025-07-20T08:00:00+08:00', precipMm1h: 1.2, tempC: 20, phenomenon: null }],
  },
  sampleForecastJson(),
];

const paramValue = fc.oneof(
  fc.constantFrom('', '0', '-1', '1e308', 'NaN', 'true', 'Actual', 'Exercise', 'IV', 'gale', '150602', '2025-07-20'),
  fc.constantFrom('00000000-0000-4000-8000-000000000000', '../../etc/passwd', '%00', "'; drop table users; --"),
  fc.string({ maxLength: 20 }),
  fc.integer().map(String),
);

class Refused extends Error {}

describe.each(engines)(
  'the whole HTTP API under fuzzing (%s): every route answers 2xx, or 4xx with nothing written',
  (engine) => {
    let app: App;
    let ctx: AppContext;
    let close: () => Promise<void>;
    const tokens: Record<string, string> = {};
    let operations: Operation[] = [];
    beforeAll(async () => {
      ({ app, ctx, close } = await openTestApp(engine));
      const login = async (username: string, password: string) =>
        (await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } })).json()
          .token as string;
      tokens.admin = await login('admin', TEST_ADMIN_PASSWORD);
      await app.inject({
        method: 'POST',
        url: '/api/users',
        headers: { authorization: `Bearer ${tokens.admin}` },
        payload: { username: 'duty', displayName: '值班员', role: 'dutyOfficer', password: 'correct horse battery' },
      });
      tokens.duty = await login('duty', 'correct horse battery');
      const spec = (await app.inject({ url: '/openapi.json' })).json() as {
        paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string }> }>>;
      };
      operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
        Object.entries(methods)
          .map(([method, op]) => ({
            method: method.toUpperCase() as 'GET' | 'POST',
            path,
            pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
            queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
          }))
          .filter((op) => !skipped.has(`${op.method} ${op.path}`)),
      );
    });
    afterAll(async () => close?.());

    it(
      'random requests to every route, as the admin, a duty officer or nobody: never a 5xx',
      async () => {
        expect(operations.length).toBeGreaterThan(30);
        let before = '';
        let head = 0;
        const runs = engine === 'sqlite' ? 200 : 80;
        const request = fc.record({
          operation: fc.nat(),
          as: fc.constantFrom('admin', 'duty', 'nobody'),
          pathValues: fc.array(paramValue, { minLength: 3, maxLength: 3 }),
          query: fc.array(fc.tuple(fc.nat(), paramValue), { maxLength: 4 }),
          extra: fc.option(fc.tuple(fc.string({ maxLength: 8 }), paramValue)),
          body: fc.oneof(mutatedJson(bodySamples), fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined)),
        });
        await fuzzEntry({
          name: `HTTP API, every route (${engine})`,
          runs,
          input: request,
          attempt: async ({ operation, as, pathValues, query, extra, body }) => {
            const op = operations[operation % operations.length]!;
            let path = op.path;
            op.pathParams.forEach((name, i) => {
              path = path.replace(`{${name}}`, encodeURIComponent(pathValues[i]!));
            });
            const search = new URLSearchParams();
            for (const [index, value] of query)
              if (op.queryParams.length > 0) search.append(op.queryParams[index % op.queryParams.length]!, value);
            if (extra) search.append(extra[0], extra[1]);
            before = await storeSnapshot(ctx.store, undefined, { except: refusalRecords });
            head = await auditHead(ctx.store);
            const response = await app.inject({
              method: op.method,
              url: `${path}${search.size > 0 ? `?${search}` : ''}`,
              headers: as === 'nobody' ? {} : { authorization: `Bearer ${tokens[as]}` },
              ...(op.method === 'POST' && body !== undefined ? { payload: body as object } : {}),
            });
            expect(response.statusCode, `${op.method} ${path}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
            if (response.statusCode >= 400) {
              const { error } = response.json();
              expect(error.code).toEqual(expect.any(String));
              throw new Refused(`${response.statusCode} ${error.code}`);
            }
          },
          isRefusal: (error) => error instanceof Refused,
          afterEach: async (outcome) => {
            if (outcome !== 'refused') return;
            // A refusal writes nothing but its own record in the audit log (14.2: every refusal audited).
            expect(await storeSnapshot(ctx.store, undefined, { except: refusalRecords })).toBe(before);
            for (const action of await actionsAfter(ctx.store, head)) expect(refusalActions).toContain(action);
          },
        });
      },
      fuzzTimeout(200, 180_000),
    );
  },
);

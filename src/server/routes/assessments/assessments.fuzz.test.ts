import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { situationSample } from '../../../../test/fuzz/samples.ts';
import { openTestApp, personHeaders } from '../../../../test/support/app.ts';
import { engines } from '../../../../test/support/engines.ts';
import { fuzzEntry, fuzzTimeout, jsonInputText } from '../../../../test/support/fuzz.ts';
import { storeSnapshot } from '../../../../test/support/store-snapshot.ts';
import type { App } from '../../app.ts';
import type { AppContext } from '../../context.ts';

class Refused extends Error {}

describe.each(engines)('POST /api/assessments under fuzzing (%s)', (engine) => {
  let app: App;
  let ctx: AppContext;
  let close: () => Promise<void>;
  let token: string;
  beforeAll(async () => {
    ({ app, ctx, close } = await openTestApp(engine));
    // 15.4: grading is the duty officer's.
    token = (await personHeaders(app, { username: 'duty', role: 'dutyOfficer' })).authorization.slice('Bearer '.length);
  });
  afterAll(async () => close?.());

  it(
    'a 201 with the stored grading, or a 4xx naming the field with nothing stored; never a 5xx',
    async () => {
      let before = '';
      const stats = await fuzzEntry({
        name: `situation JSON (POST /api/assessments, ${engine})`,
        runs: engine === 'sqlite' ? 80 : 40,
        valid: [JSON.stringify(situationSample)],
        input: jsonInputText([situationSample]),
        attempt: async (text) => {
          before = await storeSnapshot(ctx.store);
          const response = await app.inject({
            method: 'POST',
            url: '/api/assessments',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            payload: text,
          });
          if (response.statusCode >= 400 && response.statusCode < 500) {
            const { error } = response.json();
            expect(error.code).toEqual(expect.any(String));
            expect(error.message.length).toBeGreaterThan(0);
            throw new Refused(`${response.statusCode} ${error.code}`);
          }
          expect(response.statusCode).toBe(201);
          const created = response.json();
          const stored = await app.inject({
            url: `/api/assessments/${created.id}`,
            headers: { authorization: `Bearer ${token}` },
          });
          expect(stored.statusCode).toBe(200);
        },
        isRefusal: (error) => error instanceof Refused,
        afterEach: async (outcome) => {
          if (outcome === 'refused') expect(await storeSnapshot(ctx.store)).toBe(before);
        },
      });
      expect(stats.refused).toBeGreaterThan(0);
      expect(stats.accepted).toBeGreaterThan(0);
    },
    fuzzTimeout(40, 120_000),
  );
});

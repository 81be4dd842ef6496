import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCap } from '../../src/alerts/cap/parse.ts';
import type { App } from '../../src/server/app.ts';
import type { AppContext } from '../../src/server/context.ts';
import { replaceEndpointRoutes } from '../../src/store/outbox-endpoints.repository.ts';
import { openTestApp, TEST_ADMIN_PASSWORD } from '../support/app.ts';
import { capSchemaErrors } from '../support/cap-schema.ts';
import { testSigningKey, xmlsecVerify, type TestSigningKey } from '../support/cap-signing.ts';
import { engines } from '../support/engines.ts';

describe.each(engines)('signed CAP through the server (%s)', (engine) => {
  let key: TestSigningKey;
  let app: App;
  let ctx: AppContext;
  let close: () => Promise<void>;
  let duty: string;

  beforeAll(async () => {
    key = testSigningKey();
    ({ app, ctx, close } = await openTestApp(engine, { capSigner: key.signer }));
    const login = async (username: string, password: string) =>
      (await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } })).json().token;
    const admin = await login('admin', TEST_ADMIN_PASSWORD);
    const created = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { authorization: `Bearer ${admin}` },
      payload: { username: 'duty', displayName: '值班员', role: 'dutyOfficer', password: 'correct horse battery' },
    });
    expect(created.statusCode).toBe(201);
    duty = await login('duty', 'correct horse battery');
    await replaceEndpointRoutes(
      ctx.store.db,
      [
        { id: 'website', kind: 'webhook', channels: ['website'], reportsTo: [], addresses: [] },
        {
          id: 'office',
          kind: 'email',
          channels: [],
          reportsTo: ['市防灾减灾救灾委员会'],
          addresses: ['o@ordos.example'],
        },
      ],
      new Date(),
    );
  });
  afterAll(async () => {
    await close?.();
    key?.remove();
  });

  it('the stored, served and queued copies of a message are one signed text that xmlsec1 verifies', async () => {
    const issued = await app.inject({
      method: 'POST',
      url: '/api/warnings',
      headers: { authorization: `Bearer ${duty}` },
      payload: { action: 'issue', hazard: 'gale', level: 'IV' },
    });
    expect(issued.statusCode).toBe(201);
    const { identifier } = issued.json() as { identifier: string };

    const stored = await ctx.store.db
      .selectFrom('warning_messages')
      .select(['id', 'cap_xml'])
      .where('identifier', '=', identifier)
      .executeTakeFirstOrThrow();
    const served = await app.inject({ url: `/api/warnings/${encodeURIComponent(identifier)}.cap` });
    expect(served.statusCode).toBe(200);
    expect(served.body).toBe(stored.cap_xml);

    const payloads = await ctx.store.db
      .selectFrom('outbox_payloads')
      .select(['endpoint_id', 'content'])
      .where('identifier', '=', identifier)
      .execute();
    const byEndpoint = new Map(payloads.map((p) => [p.endpoint_id, JSON.parse(p.content)]));
    expect(byEndpoint.get('website').body.cap).toBe(stored.cap_xml);
    expect(byEndpoint.get('office').attachments[0].content).toBe(stored.cap_xml);

    expect(xmlsecVerify(stored.cap_xml, key.certificateFile).ok).toBe(true);
    expect(await capSchemaErrors([{ name: `${engine}-signed.xml`, xml: stored.cap_xml }])).toEqual([]);
    expect(parseCap(stored.cap_xml)).toMatchObject({ signed: true, alert: { identifier } });
  });

  it('the certificate is published at /api/warnings/signing-certificate.pem', async () => {
    const response = await app.inject({ url: '/api/warnings/signing-certificate.pem' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/x-pem-file/);
    expect(response.body).toBe(key.certificatePem);
  });
});

describe('unsigned CAP when no key is configured', () => {
  it('the certificate URL answers 404 naming why', async () => {
    const { app, close } = await openTestApp('sqlite');
    try {
      const response = await app.inject({ url: '/api/warnings/signing-certificate.pem' });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('cap_not_signed');
    } finally {
      await close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../../../../test/support/app.ts';
import { engines } from '../../../../test/support/engines.ts';
import { asPeople } from '../../../../test/support/people.ts';
import { replaceEndpointRoutes } from '../../../store/outbox-endpoints.repository.ts';
import type { App } from '../../app.ts';
import type { AppContext } from '../../context.ts';

describe.each(engines)('the outbox as the console shows it, on %s', (engine) => {
  let app: App;
  let ctx: AppContext;
  let close: () => Promise<void>;
  let people: ReturnType<typeof asPeople>;
  beforeAll(async () => {
    ({ app, ctx, close } = await openTestApp(engine));
    await replaceEndpointRoutes(
      ctx.store.db,
      [
        { id: 'city-website', kind: 'webhook', channels: ['website'], reportsTo: [], addresses: [] },
        {
          id: 'gov-office',
          kind: 'email',
          channels: [],
          reportsTo: ['市防灾减灾救灾委员会'],
          addresses: ['office@ordos.example'],
        },
      ],
      new Date(),
    );
    people = asPeople(app);
    await people.create([{ username: 'duty', role: 'dutyOfficer' }]);
  });
  afterAll(async () => close());

  it("3.3.2, 3.3.4: a Ⅳ gale warning waits for the website and the commission's first report, per endpoint", async () => {
    const issued = await people.call('duty', 'POST', '/api/warnings', { action: 'issue', hazard: 'gale', level: 'IV' });
    expect(issued.status).toBe(201);
    const { status, json } = await people.call('duty', 'GET', `/api/outbox/warnings/${issued.json.warningId}`);
    expect(status).toBe(200);
    expect(json.totals).toEqual({ sent: 0, pending: 2, dead: 0 });
    expect(json.endpoints.map((e: { endpointId: string; kind: string }) => `${e.endpointId}:${e.kind}`).sort()).toEqual(
      ['city-website:webhook', 'gov-office:email'],
    );
  });

  it('the channels view is the administrator’s: endpoints without secrets, their queue; a duty officer is refused', async () => {
    const { status, json } = await people.call('admin', 'GET', '/api/outbox/channels');
    expect(status).toBe(200);
    expect(json.endpoints.find((e: { id: string }) => e.id === 'gov-office')).toMatchObject({
      kind: 'email',
      reportsTo: ['市防灾减灾救灾委员会'],
    });
    const refused = await people.call('duty', 'GET', '/api/outbox/channels');
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toMatch(/系统管理员/);
  });

  it('SMS subscribers: a good list is imported; a list with a bad line names it and writes nothing', async () => {
    const good = await people.call(
      'admin',
      'POST',
      '/api/outbox/subscribers',
      'phone,division_code\n13800000001,150602\n13800000002,150600\n',
      'text/csv',
    );
    expect(good.json).toMatchObject({ imported: 2, problemCount: 0 });
    const bad = await people.call(
      'admin',
      'POST',
      '/api/outbox/subscribers',
      'phone,division_code\n13800000003,150602\n12345,150602\n13800000004,110101\n',
      'text/csv',
    );
    expect(bad.json.imported).toBe(0);
    expect(bad.json.problems).toEqual([
      { line: 3, problem: expect.stringMatching(/not a mainland mobile number/) },
      { line: 4, problem: expect.stringMatching(/not a division of the city/) },
    ]);
    const settings = await people.call('admin', 'GET', '/api/outbox/channels');
    expect(settings.json.smsSubscribers).toBe(2);
    expect(
      (await people.call('duty', 'POST', '/api/outbox/subscribers', 'phone,division_code\n', 'text/csv')).status,
    ).toBe(403);
  });
});

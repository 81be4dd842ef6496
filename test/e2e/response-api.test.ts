import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app.ts';
import type { AppContext } from '../../src/server/context.ts';
import { openTestApp, TEST_ADMIN_PASSWORD } from '../support/app.ts';
import { engines } from '../support/engines.ts';

type Call = { method: 'GET' | 'POST'; url: string; body?: unknown; as?: string };

describe.each(engines)('a full response through the API, as the people of the plan, on %s', (engine) => {
  let app: App;
  let ctx: AppContext;
  let close: () => Promise<void>;
  const tokens = new Map<string, string>();

  async function call({ method, url, body, as }: Call) {
    const headers: Record<string, string> = {};
    if (as) headers.authorization = `Bearer ${tokens.get(as)}`;
    const response = await app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : { payload: body as object }),
    });
    return { status: response.statusCode, json: response.body ? response.json() : null };
  }

  async function login(username: string, password: string): Promise<void> {
    const { status, json } = await call({ method: 'POST', url: '/api/auth/login', body: { username, password } });
    expect(status).toBe(200);
    tokens.set(username, json.token);
  }

  beforeAll(async () => {
    ({ app, ctx, close } = await openTestApp(engine));
    await login('admin', TEST_ADMIN_PASSWORD);
    const people = [
      { username: 'duty', role: 'dutyOfficer' },
      { username: 'duty2', role: 'dutyOfficer' },
      { username: 'commander', role: 'commander' },
      { username: 'deputy', role: 'deputyCommander' },
      { username: 'qxj', role: 'unitLiaison', unitId: 'meteorological-bureau' },
      { username: 'yjj', role: 'unitLiaison', unitId: 'emergency-management-bureau' },
    ];
    for (const person of people) {
      const created = await call({
        method: 'POST',
        url: '/api/users',
        as: 'admin',
        body: { displayName: person.username, password: 'correct horse battery', ...person },
      });
      expect(created.status).toBe(201);
      await login(person.username, 'correct horse battery');
    }
  });
  afterAll(async () => close());

  const propose = (as: string, targetLevel: string | null, extra: object = { justification: '会商研判:影响将持续' }) =>
    call({
      method: 'POST',
      url: '/api/proposals',
      as,
      body: { source: 'assessment', targetLevel, hazards: ['rainstorm'], ...extra },
    });

  it('refuses the wrong people and bad requests, and walks Ⅳ → Ⅱ → Ⅲ → end', async () => {
    expect(
      (
        await call({
          method: 'POST',
          url: '/api/proposals',
          body: { source: 'assessment', targetLevel: 'IV', justification: 'x' },
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await call({
          method: 'POST',
          url: '/api/users',
          as: 'duty',
          body: { username: 'x1', displayName: 'x', role: 'admin', password: '0123456789' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call({
          method: 'POST',
          url: '/api/users',
          as: 'admin',
          body: {
            username: 'x2',
            displayName: 'x',
            role: 'unitLiaison',
            unitId: 'no-such-unit',
            password: '0123456789',
          },
        })
      ).json.error.code,
    ).toBe('unknown_unit');

    const unjustified = await propose('duty', 'IV', { justification: ' ' });
    expect(unjustified.status).toBe(400);
    expect(unjustified.json.error).toMatchObject({ code: 'justification_required', path: 'justification' });
    expect((await propose('commander', 'IV')).status).toBe(403);

    const [first, second] = await Promise.all([propose('duty', 'IV'), propose('duty2', 'IV')]);
    expect(first.json.proposal.id).toBe(second.json.proposal.id);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    const activation = first.json.proposal;
    expect(activation).toMatchObject({
      orderKind: 'activate',
      signerRole: 'deputyCommander',
      conditionClause: '4.2(3)',
    });

    const wrongSigner = await call({ method: 'POST', url: `/api/proposals/${activation.id}/sign`, as: 'commander' });
    expect(wrongSigner.status).toBe(403);
    expect(wrongSigner.json.error.code).toBe('wrong_signer');
    const activated = await call({ method: 'POST', url: `/api/proposals/${activation.id}/sign`, as: 'deputy' });
    expect(activated.status).toBe(200);
    expect(activated.json.order).toMatchObject({ kind: 'activate', toLevel: 'IV', signedBy: 'deputyCommander:deputy' });
    expect(
      (await call({ method: 'POST', url: `/api/proposals/${activation.id}/sign`, as: 'deputy' })).json.error.code,
    ).toBe('not_pending');

    const ownTasks = await call({ method: 'GET', url: '/api/tasks', as: 'qxj' });
    expect(ownTasks.json.tasks.map((task: { unitId: string }) => task.unitId)).toEqual(['meteorological-bureau']);
    expect((await call({ method: 'GET', url: '/api/tasks?unit=emergency-management-bureau', as: 'qxj' })).status).toBe(
      403,
    );
    const meteoTask = ownTasks.json.tasks[0];
    expect(
      (await call({ method: 'POST', url: `/api/tasks/${meteoTask.id}/acknowledge`, as: 'yjj', body: {} })).json.error
        .code,
    ).toBe('wrong_unit');
    const acknowledged = await call({
      method: 'POST',
      url: `/api/tasks/${meteoTask.id}/acknowledge`,
      as: 'qxj',
      body: { note: '已上岗到位' },
    });
    expect(acknowledged.json).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'unitLiaison:qxj' });

    const upgrade = (await propose('duty', 'II')).json.proposal;
    const deputyOnII = await call({ method: 'POST', url: `/api/proposals/${upgrade.id}/sign`, as: 'deputy' });
    expect(deputyOnII.status).toBe(403);
    expect(deputyOnII.json.error.message).toMatch(/总指挥.*（预案 4\.3）/);
    expect(
      (await call({ method: 'POST', url: `/api/proposals/${upgrade.id}/sign`, as: 'commander' })).json.order.kind,
    ).toBe('upgrade');
    expect(
      (await call({ method: 'GET', url: '/api/response', as: 'commander' })).json.tasks.filter(
        (t: { status: string }) => t.status === 'open',
      ),
    ).toHaveLength(ctx.plans.meteo().plan.command.memberUnits.length);

    const lower = (await propose('duty', 'III')).json.proposal;
    expect(lower.signerRole).toBe('commander');
    const rejected = await call({
      method: 'POST',
      url: `/api/proposals/${lower.id}/reject`,
      as: 'commander',
      body: { reason: '' },
    });
    expect(rejected.json.error.code).toBe('reason_required');
    expect(
      (await call({ method: 'POST', url: `/api/proposals/${lower.id}/sign`, as: 'commander' })).json.order.kind,
    ).toBe('downgrade');

    const end = (await propose('duty', null)).json.proposal;
    expect(
      (await call({ method: 'POST', url: `/api/proposals/${end.id}/sign`, as: 'deputy' })).json.response,
    ).toMatchObject({ status: 'ended', level: null, highestLevel: 'II' });

    const nothingToEnd = await propose('duty', null);
    expect(nothingToEnd.status).toBe(409);
    expect(nothingToEnd.json.error.code).toBe('no_change');

    const reports = (await call({ method: 'GET', url: '/api/reports?open=true', as: 'duty' })).json.reports;
    const lowering = reports.filter((r: { kind: string }) => r.kind === 'lowering-report');
    expect(lowering).toHaveLength(2);
    expect(lowering[0]).toMatchObject({
      clause: '4.8',
      to: ['市委', '市人民政府相关部门', '自治区气象局'],
      overdue: false,
    });
    expect(
      (await call({ method: 'POST', url: `/api/reports/${lowering[0].id}/file`, as: 'qxj', body: { content: 'x' } }))
        .status,
    ).toBe(403);
    expect(
      (
        await call({
          method: 'POST',
          url: `/api/reports/${lowering[0].id}/file`,
          as: 'duty',
          body: { content: '已书面报告' },
        })
      ).json.filedBy,
    ).toBe('dutyOfficer:duty');

    const responseId =
      end.responseId ?? (await call({ method: 'GET', url: '/api/responses', as: 'duty' })).json.responses[0].id;
    expect(
      (
        await call({
          method: 'POST',
          url: `/api/responses/${responseId}/unit-reports`,
          as: 'yjj',
          body: { unitId: 'meteorological-bureau', kind: 'damage', text: 'x' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call({
          method: 'POST',
          url: `/api/responses/${responseId}/unit-reports`,
          as: 'yjj',
          body: {
            unitId: 'emergency-management-bureau',
            kind: 'damage',
            text: '东胜区农田受淹120公顷',
            figures: { hectaresFlooded: 120 },
          },
        })
      ).status,
    ).toBe(201);
    const aftermath = {
      organisedBy: '东胜区人民政府',
      losses: '农田受淹',
      causes: '持续强降雨',
      lessons: '预警及时',
      improvements: '加密监测',
      reportedTo: ['上一级党委和政府'],
    };
    expect(
      (await call({ method: 'POST', url: `/api/responses/${responseId}/aftermath`, as: 'duty', body: aftermath }))
        .status,
    ).toBe(201);
    const record = (await call({ method: 'GET', url: `/api/responses/${responseId}`, as: 'commander' })).json;
    expect(record.unitReports).toEqual([
      expect.objectContaining({
        unitId: 'emergency-management-bureau',
        kind: 'damage',
        figures: { hectaresFlooded: 120 },
      }),
    ]);
    expect(record.aftermath).toMatchObject({ clause: '5.2', record: { causes: '持续强降雨' } });
    expect(record.orders.map((o: { kind: string }) => o.kind)).toEqual([
      'activate',
      'upgrade',
      'downgrade',
      'terminate',
    ]);

    const verdict = await call({ method: 'GET', url: '/api/audit/verify', as: 'admin' });
    expect(verdict.json).toMatchObject({ ok: true });
    expect(verdict.json.entries).toBeGreaterThan(10);
  });

  it('altering an audit row in the database is named by verify', async () => {
    await sql`update audit_log set actor = 'nobody' where seq = 2`.execute(ctx.store.db);
    const verdict = await call({ method: 'GET', url: '/api/audit/verify', as: 'admin' });
    expect(verdict.json).toMatchObject({ ok: false, firstBad: { seq: 2 } });
  });
});

describe.each(engines)('first start on %s', (engine) => {
  it("seeds the plan's member units and one admin", async () => {
    const { ctx, close } = await openTestApp(engine);
    try {
      const { listMemberUnits } = await import('../../src/store/response.repository.ts');
      const { listUsers } = await import('../../src/store/users.repository.ts');
      const units = await listMemberUnits(ctx.store.db);
      expect(units).toHaveLength(ctx.plans.meteo().plan.command.memberUnits.length);
      expect(units.find((unit) => unit.id === 'meteorological-bureau')?.name).toBe('市气象局');
      expect((await listUsers(ctx.store.db)).items.map((user) => user.role)).toEqual(['admin']);
    } finally {
      await close();
    }
  });
});

describe.each(engines)('4.2(1): gradings become proposals by themselves, on %s', (engine) => {
  it('a grading at a level proposes it; the same again finds the pending one; a clear grading proposes the end', async () => {
    const { forecastUnits } = await import('../factories/situation.ts');
    const { app, ctx, close } = await openTestApp(engine);
    try {
      const { createUser } = await import('../../src/store/users.repository.ts');
      const { hashPassword } = await import('../../src/access/password.ts');
      const passwordHash = await hashPassword('correct horse battery');
      for (const [username, role] of [
        ['duty', 'dutyOfficer'],
        ['deputy', 'deputyCommander'],
      ] as const) {
        await createUser(
          ctx.store.db,
          { username, displayName: username, role, unitId: null, passwordHash },
          new Date(),
        );
      }
      const token = async (username: string) =>
        (
          await app.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { username, password: 'correct horse battery' },
          })
        ).json().token as string;
      const duty = { authorization: `Bearer ${await token('duty')}` };
      const deputy = { authorization: `Bearer ${await token('deputy')}` };
      const rain = {
        at: '2025-07-20T08:00:00+08:00',
        units: forecastUnits([45, { precipMm: 60 }], [55, { precipMm: 5 }]),
      };

      const first = (
        await app.inject({ method: 'POST', url: '/api/assessments', headers: duty, payload: rain })
      ).json();
      expect(first.overall.level).toBe('IV');
      expect(first.proposal).toMatchObject({
        orderKind: 'activate',
        toLevel: 'IV',
        signerRole: 'deputyCommander',
        created: true,
      });
      const again = (
        await app.inject({ method: 'POST', url: '/api/assessments', headers: duty, payload: rain })
      ).json();
      expect(again.proposal).toMatchObject({ id: first.proposal.id, created: false });

      const proposal = (
        await app.inject({ method: 'GET', url: `/api/proposals/${first.proposal.id}`, headers: duty })
      ).json();
      expect(proposal).toMatchObject({
        source: 'grading',
        assessmentId: first.id,
        proposedBy: 'system',
        conditionClause: '4.2(1)',
      });
      expect(
        (await app.inject({ method: 'POST', url: `/api/proposals/${proposal.id}/sign`, headers: deputy })).json().order
          .kind,
      ).toBe('activate');

      expect(
        (await app.inject({ method: 'POST', url: '/api/assessments', headers: duty, payload: rain })).json().proposal,
      ).toBeNull();
      const clear = { ...rain, units: forecastUnits([100, { precipMm: 2 }]) };
      expect(
        (await app.inject({ method: 'POST', url: '/api/assessments', headers: duty, payload: clear })).json().proposal,
      ).toMatchObject({ orderKind: 'terminate', toLevel: null, signerRole: 'deputyCommander' });
    } finally {
      await close();
    }
  });
});

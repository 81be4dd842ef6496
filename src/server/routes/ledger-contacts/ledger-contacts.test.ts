import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHeaders, openTestApp, personHeaders } from '../../../../test/support/app.ts';
import { engines } from '../../../../test/support/engines.ts';
import { ONE_LATE_ONE_ON_TIME, writeTaskFacts } from '../../../../test/support/ledger-facts.ts';
import { remindDueTasks } from '../../../services/ledger-reminders.service.ts';
import type { App } from '../../app.ts';
import type { AppContext } from '../../context.ts';

describe.each(engines)('/api/ledger/contacts and a task’s reminders on %s', (engine) => {
  let app: App;
  let ctx: AppContext;
  let close: () => Promise<void>;
  let admin: { authorization: string };
  let duty: { authorization: string };
  beforeAll(async () => {
    ({ app, ctx, close } = await openTestApp(engine));
    admin = await adminHeaders(app);
    duty = await personHeaders(app, { username: 'duty', role: 'dutyOfficer' });
    await writeTaskFacts(ctx.store.db, ONE_LATE_ONE_ON_TIME);
  });
  afterAll(async () => close());

  const call = (method: 'GET' | 'PUT' | 'DELETE', url: string, headers: object = {}, payload?: object) =>
    app.inject({ method, url, headers: headers as Record<string, string>, ...(payload ? { payload } : {}) });

  it('the administrator sets contacts; bad addresses and unknown units are named; the coordinators read', async () => {
    const url = `/api/ledger/contacts/${encodeURIComponent('市商务局')}/head/${encodeURIComponent('钱局长')}`;
    expect((await call('PUT', url, duty, { phone: '13800138000' })).statusCode).toBe(403);
    const bad = await call('PUT', url, admin, { phone: '+8613800138000' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'invalid_phone', path: 'phone' });
    const unknown = await call('PUT', `/api/ledger/contacts/nowhere/head/x`, admin, { phone: '13800138000' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toContain('nowhere');
    expect((await call('PUT', '/api/ledger/contacts/commerce-bureau/boss/x', admin, {})).statusCode).toBe(400);
    const set = await call('PUT', url, admin, { email: 'qian@example.cn' });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ unitId: 'commerce-bureau', unit: '市商务局', kind: 'head', phone: null });
    const listed = await call('GET', '/api/ledger/contacts?unit=commerce-bureau', duty);
    expect(listed.json().contacts).toMatchObject([{ name: '钱局长', email: 'qian@example.cn' }]);
  });

  it('an overdue task of a unit without a liaison: no_contact recorded, the head escalated, both visible', async () => {
    await remindDueTasks(ctx, new Date('2025-03-01T02:00:00Z'));
    const task = await ctx.store.db
      .selectFrom('ledger_tasks')
      .select('id')
      .where('number', '=', '1')
      .executeTakeFirstOrThrow();
    const response = await call('GET', `/api/ledger/tasks/${task.id}/reminders`, duty);
    expect(response.statusCode).toBe(200);
    const reminders = response.json().reminders as { kind: string; status: string; recipient: string }[];
    expect(reminders.map((r) => `${r.kind} ${r.status} ${r.recipient}`).sort()).toEqual([
      'escalation no_channel qian@example.cn',
      'overdue no_contact ',
    ]);
    expect((await call('GET', '/api/ledger/tasks/nope/reminders', duty)).json().error.code).toBe('unknown_task');
  });
});

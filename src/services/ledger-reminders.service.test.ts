import { afterEach, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { serviceContext } from '../../test/support/services.ts';
import { AccessDenied } from '../access/policy.ts';
import { operatorPrincipal, userPrincipal } from '../access/principal.ts';
import type { Store } from '../store/database.ts';
import { listReminders } from '../store/ledger-contacts.repository.ts';
import { replaceEndpointRoutes } from '../store/outbox-endpoints.repository.ts';
import { verifyAudit } from './audit.service.ts';
import { removeUnitContact, setUnitContact, unitContacts } from './ledger-contacts.service.ts';
import { remindDueTasks } from './ledger-reminders.service.ts';
import { seedLedgerFromPlan } from './ledger-seed.service.ts';
import { ledgerTasks } from './ledger.service.ts';

const operator = operatorPrincipal('root');
const liaison = userPrincipal({
  id: 'eco',
  username: 'eco',
  displayName: 'eco',
  role: 'unitLiaison',
  unitId: 'ecology-environment-bureau',
});

/** plans/city/ledger.json: yellow/due 14 days ahead, escalation 7 days after the deadline, e-mail preferred. */
describe.each(engines)('issue #12 item 3: ledger reminders through the outbox, on %s', (engine) => {
  let store: Store;
  afterEach(async () => store?.close());

  async function setUp() {
    store = await openTestStore(engine);
    let clock = new Date('2025-06-01T02:00:00Z');
    const ctx = serviceContext(store, () => clock);
    await seedLedgerFromPlan(ctx, operator, { planId: 'air-2024', year: 2025 });
    const task = (await ledgerTasks(ctx, operator, { planId: 'air-2024', year: 2025 })).find(
      (entry) => entry.lead.length === 1,
    )!;
    // One task with a deadline of 2025-06-30; every other one ongoing, so only this one is ever due.
    await store.db.updateTable('ledger_tasks').set({ ongoing: 1, deadline: null }).execute();
    await store.db
      .updateTable('ledger_tasks')
      .set({ ongoing: 0, deadline: '2025-06-30', number: '7', text: '开展扬尘污染专项整治'.repeat(6) })
      .where('id', '=', task.id)
      .execute();
    await replaceEndpointRoutes(
      store.db,
      [
        { id: 'mail', kind: 'email', channels: [], reportsTo: [], addresses: [], notices: [] },
        { id: 'sms-gateway', kind: 'sms', channels: [], reportsTo: [], addresses: [], notices: [] },
      ],
      clock,
    );
    return { ctx, task, unit: task.lead[0]!, at: (iso: string) => (clock = new Date(iso)) };
  }

  const outbox = () =>
    store.db
      .selectFrom('outbox_messages')
      .innerJoin('outbox_payloads', 'outbox_payloads.id', 'outbox_messages.payload_id')
      .select(['outbox_messages.recipient', 'outbox_messages.endpoint_id', 'outbox_payloads.content'])
      .orderBy('outbox_messages.recipient')
      .execute();

  it('yellow → one reminder per liaison, once; red → overdue notice; after the delay → the head; closed → none', async () => {
    const { ctx, task, unit, at } = await setUp();
    await setUnitContact(ctx, operator, unit, 'liaison', '张三', {
      email: 'zhangsan@example.cn',
      phone: '13800138000',
    });
    await setUnitContact(ctx, operator, unit, 'liaison', '李四', { phone: '13900139000' });
    await setUnitContact(ctx, operator, unit, 'head', '王局长', { email: 'wang@example.cn' });

    // 2025-06-01: 29 days ahead, green: nothing.
    expect(await remindDueTasks(ctx, at('2025-06-01T02:00:00Z'))).toEqual([]);
    // 2025-06-16 (Shanghai): 14 days ahead, yellow: each liaison once (e-mail preferred, SMS when no e-mail).
    const due = await remindDueTasks(ctx, at('2025-06-16T01:00:00Z'));
    expect(due).toEqual([{ taskId: task.id, kind: 'due', unit, queued: 2, status: 'queued' }]);
    expect(await remindDueTasks(ctx, at('2025-06-16T02:00:00Z'))).toEqual([]);
    expect(await remindDueTasks(ctx, at('2025-06-20T02:00:00Z'))).toEqual([]);
    const messages = await outbox();
    expect(messages.map((m) => [m.recipient, m.endpoint_id])).toEqual([
      ['13900139000', 'sms-gateway'],
      ['zhangsan@example.cn', 'mail'],
    ]);
    const email = JSON.parse(messages[1]!.content) as { subject: string; text: string };
    expect(email.subject).toBe('台账任务临期提醒:序号7');
    expect(email.text).toContain(`【暖城督查督办】${unit}:`);
    expect(email.text).toContain('序号7');
    expect(email.text).toContain(`(措施${task.measureClause})`);
    expect(email.text).toContain('完成时限2025-06-30,还剩14天(黄灯)');
    expect(email.text).toContain('…」'); // the long text shortened
    const sms = JSON.parse(messages[0]!.content) as { kind: string; segments: string[] };
    expect(sms.kind).toBe('sms');
    // Split into numbered segments (x/n) when longer than one SMS.
    expect(sms.segments.join('').replace(/\(\d\/\d\)/g, '')).toBe(email.text);

    // 2025-07-01: overdue, red: the liaisons' notice, once.
    const overdue = await remindDueTasks(ctx, at('2025-07-01T02:00:00Z'));
    expect(overdue).toEqual([{ taskId: task.id, kind: 'overdue', unit, queued: 2, status: 'queued' }]);
    expect(await remindDueTasks(ctx, at('2025-07-03T02:00:00Z'))).toEqual([]);
    // 2025-07-07: 7 days overdue: the head, once.
    const escalated = await remindDueTasks(ctx, at('2025-07-07T02:00:00Z'));
    expect(escalated).toEqual([{ taskId: task.id, kind: 'escalation', unit, queued: 1, status: 'queued' }]);
    expect(await remindDueTasks(ctx, at('2025-07-08T02:00:00Z'))).toEqual([]);
    const head = (await outbox()).filter((m) => m.recipient === 'wang@example.cn');
    expect(JSON.parse(head[0]!.content).text).toContain('已逾期7天(红灯)仍未办结销号');
    expect(await outbox()).toHaveLength(5);

    // A changed deadline (re-import) reminds again; a closed task never.
    await store.db.updateTable('ledger_tasks').set({ deadline: '2025-07-20' }).where('id', '=', task.id).execute();
    expect(await remindDueTasks(ctx, at('2025-07-10T02:00:00Z'))).toMatchObject([{ kind: 'due', queued: 2 }]);
    await store.db.updateTable('ledger_tasks').set({ deadline: '2025-07-11', node: '办结销号' }).execute();
    expect(await remindDueTasks(ctx, at('2025-08-30T02:00:00Z'))).toEqual([]);

    const recorded = await listReminders(store.db, task.id);
    expect(recorded.map((r) => `${r.kind} ${r.deadline} ${r.channel} ${r.recipient} ${r.status}`)).toEqual(
      expect.arrayContaining([
        'due 2025-06-30 email zhangsan@example.cn queued',
        'due 2025-06-30 sms 13900139000 queued',
        'escalation 2025-06-30 email wang@example.cn queued',
        'due 2025-07-20 sms 13900139000 queued',
      ]),
    );
    expect(recorded).toHaveLength(7);
    const audit = await store.db.selectFrom('audit_log').select(['action', 'payload']).execute();
    expect(audit.filter((entry) => entry.action === 'ledger.reminded')).toHaveLength(4);
    expect(JSON.stringify(audit)).not.toContain('13900139000');
    expect((await verifyAudit(ctx, operator)).ok).toBe(true);
  });

  it('a unit without contacts is recorded as no_contact, once; contacts added later are reminded', async () => {
    const { ctx, task, unit, at } = await setUp();
    const first = await remindDueTasks(ctx, at('2025-06-20T02:00:00Z'));
    expect(first).toEqual([{ taskId: task.id, kind: 'due', unit, queued: 0, status: 'no_contact' }]);
    expect(await remindDueTasks(ctx, at('2025-06-21T02:00:00Z'))).toEqual([]);
    expect(await listReminders(store.db, task.id)).toMatchObject([
      { kind: 'due', status: 'no_contact', recipient: '' },
    ]);
    expect(await outbox()).toEqual([]);
    await setUnitContact(ctx, operator, unit, 'liaison', '张三', { phone: '13800138000' });
    expect(await remindDueTasks(ctx, at('2025-06-22T02:00:00Z'))).toMatchObject([{ kind: 'due', queued: 1 }]);
    expect((await outbox()).map((m) => m.recipient)).toEqual(['13800138000']);
    // Two servers at once (overdue now): the reminders' key lets one of them queue each message.
    const [one, two] = await Promise.all([
      remindDueTasks(ctx, at('2025-07-02T02:00:00Z')),
      remindDueTasks(ctx, at('2025-07-02T02:00:00Z')),
    ]);
    expect([...one, ...two]).toMatchObject([{ kind: 'overdue', queued: 1 }]);
    expect((await outbox()).map((m) => m.recipient)).toEqual(['13800138000', '13800138000']);
  });

  it('an address whose channel has no outbox endpoint is recorded as no_channel, not dropped', async () => {
    const { ctx, task, unit, at } = await setUp();
    await replaceEndpointRoutes(
      store.db,
      [{ id: 'mail', kind: 'email', channels: [], reportsTo: [], addresses: [], notices: [] }],
      new Date('2025-06-01T02:00:00Z'),
    );
    await setUnitContact(ctx, operator, unit, 'liaison', '张三', { phone: '13800138000' });
    expect(await remindDueTasks(ctx, at('2025-06-20T02:00:00Z'))).toEqual([
      { taskId: task.id, kind: 'due', unit, queued: 0, status: 'no_channel' },
    ]);
    expect(await listReminders(store.db, task.id)).toMatchObject([
      { status: 'no_channel', channel: 'sms', recipient: '13800138000', messageId: '' },
    ]);
    expect(await outbox()).toEqual([]);
  });

  it('contacts: validated, an unknown unit named, managed by the administrator and the operator only', async () => {
    const { ctx, unit } = await setUp();
    await expect(
      setUnitContact(ctx, operator, '市不存在局', 'liaison', '张三', { phone: '13800138000' }),
    ).rejects.toMatchObject({
      code: 'unknown_unit',
      message: '单位名录中没有「市不存在局」',
    });
    await expect(setUnitContact(ctx, operator, unit, 'liaison', '张三', { phone: '1380013800' })).rejects.toMatchObject(
      {
        code: 'invalid_phone',
      },
    );
    await expect(
      setUnitContact(ctx, operator, unit, 'liaison', '张三', { email: 'not-an-address' }),
    ).rejects.toMatchObject({
      code: 'invalid_email',
    });
    await expect(setUnitContact(ctx, operator, unit, 'liaison', '张三', {})).rejects.toMatchObject({
      code: 'address_required',
    });
    await expect(setUnitContact(ctx, operator, unit, 'boss', '张三', { phone: '13800138000' })).rejects.toMatchObject({
      code: 'invalid_kind',
    });
    await expect(
      setUnitContact(ctx, liaison, unit, 'liaison', '张三', { phone: '13800138000' }),
    ).rejects.toBeInstanceOf(AccessDenied);
    await setUnitContact(ctx, operator, 'ecology-environment-bureau', 'head', '赵局长', { phone: '13700137000' });
    const updated = await setUnitContact(ctx, operator, '市生态环境局', 'head', '赵局长', { email: 'zhao@example.cn' });
    expect(updated).toMatchObject({ unitId: 'ecology-environment-bureau', unit: '市生态环境局', phone: null });
    expect(await unitContacts(ctx, liaison, '市生态环境局')).toMatchObject([
      { name: '赵局长', email: 'zhao@example.cn' },
    ]);
    await removeUnitContact(ctx, operator, 'ecology-environment-bureau', 'head', '赵局长');
    await expect(
      removeUnitContact(ctx, operator, 'ecology-environment-bureau', 'head', '赵局长'),
    ).rejects.toMatchObject({
      code: 'unknown_contact',
    });
    expect(await unitContacts(ctx, operator)).toEqual([]);
    const actions = (await store.db.selectFrom('audit_log').select('action').execute()).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['ledger.contact.added', 'ledger.contact.updated', 'ledger.contact.removed']),
    );
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { serviceContext } from '../../test/support/services.ts';
import { AccessDenied } from '../access/policy.ts';
import { operatorPrincipal, userPrincipal } from '../access/principal.ts';
import type { Role } from '../access/roles.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import { verifyAudit } from './audit.service.ts';
import type { Store } from '../store/database.ts';
import { ledgerFileContent } from '../store/ledger-reports.repository.ts';
import { ledgerTaskDetail, seedLedgerFromPlan } from './ledger-seed.service.ts';
import { takeLedgerStep } from './ledger-steps.service.ts';
import { ledgerTasks } from './ledger.service.ts';

const person = (username: string, role: Role, unitId: string | null = null) =>
  userPrincipal({ id: username, username, displayName: username, role, unitId });
const market = person('market', 'unitLiaison', 'market-regulation-bureau'); // 市市场监督管理局: quality's coordinator
const commerce = person('commerce', 'unitLiaison', 'commerce-bureau');
const finance = person('finance', 'unitLiaison', 'finance-bureau');
const operator = operatorPrincipal('root');

describe.each(engines)('issue #12 node chain through the services, on %s', (engine) => {
  let store: Store;
  afterEach(async () => store?.close());

  it('立项 (lead chosen) → 交办 → 签收 → 办理 with evidence → 反馈 → 复核 退回 → 反馈 → 复核 → 办结销号', async () => {
    store = await openTestStore(engine);
    let clock = new Date('2025-03-01T02:00:00Z');
    const ctx = serviceContext(store, () => clock);
    expect(await seedLedgerFromPlan(ctx, operator, { planId: 'quality-2024', year: 2025 })).toEqual({
      seeded: 28,
      created: 28,
      updated: 0,
    });
    // Seeding again changes nothing (idempotent).
    expect(await seedLedgerFromPlan(ctx, operator, { planId: 'quality-2024', year: 2025 })).toMatchObject({
      created: 0,
      updated: 0,
    });
    const tasks = await ledgerTasks(ctx, operator, { planId: 'quality-2024', year: 2025 });
    const task = tasks.find((entry) => entry.measureClause === '四(一)3')!;
    expect(task).toMatchObject({ node: '立项', lead: [], setUpAt: null });

    // The quality plan names no lead: the coordinator chooses it at 立项, and nobody can hand out before.
    await expect(takeLedgerStep(ctx, market, task.id, 'assign')).rejects.toMatchObject({ code: 'no_lead' });
    await expect(takeLedgerStep(ctx, commerce, task.id, 'setUp', { lead: ['市商务局'] })).rejects.toBeInstanceOf(
      AccessDenied,
    );
    const setUp = await takeLedgerStep(ctx, market, task.id, 'setUp', {
      lead: ['市商务局'],
      partners: ['市市场监管局', '市发改委'],
    });
    expect(setUp).toMatchObject({
      lead: ['市商务局'],
      partners: ['市市场监督管理局', '市发展和改革委员会'],
      setUpBy: 'unitLiaison:market',
    });
    // Seeding again keeps the lead chosen at 立项.
    await seedLedgerFromPlan(ctx, operator, { planId: 'quality-2024', year: 2025 });
    expect((await ledgerTaskDetail(ctx, operator, task.id)).task.lead).toEqual(['市商务局']);

    clock = new Date('2025-03-02T02:00:00Z');
    await takeLedgerStep(ctx, market, task.id, 'assign');
    // 2.2.3: only the lead unit's liaison signs.
    await expect(takeLedgerStep(ctx, finance, task.id, 'sign')).rejects.toMatchObject({ code: 'wrong_unit' });
    await takeLedgerStep(ctx, commerce, task.id, 'sign');
    const photo = { fileName: '../../现场照片.jpg', mediaType: 'image/jpeg', content: Buffer.from('jpeg bytes') };
    await takeLedgerStep(ctx, commerce, task.id, 'progress', { text: '已召开部署会', files: [photo] });
    await expect(takeLedgerStep(ctx, commerce, task.id, 'progress', { text: '  ' })).rejects.toMatchObject({
      code: 'text_required',
    });
    await takeLedgerStep(ctx, commerce, task.id, 'feedback', { text: '已完成' });
    await expect(takeLedgerStep(ctx, market, task.id, 'return', { text: ' ' })).rejects.toMatchObject({
      code: 'reason_required',
    });
    const returned = await takeLedgerStep(ctx, market, task.id, 'return', { text: '佐证材料不全' });
    expect(returned).toMatchObject({ node: '办理', feedbackAt: null });
    await takeLedgerStep(ctx, commerce, task.id, 'feedback', { text: '已补充材料' });
    await takeLedgerStep(ctx, market, task.id, 'accept');
    clock = new Date('2025-04-01T02:00:00Z');
    const closed = await takeLedgerStep(ctx, market, task.id, 'close');
    expect(closed).toMatchObject({
      node: '办结销号',
      closedBy: 'unitLiaison:market',
      closedAt: '2025-04-01T02:00:00.000Z',
    });
    await expect(takeLedgerStep(ctx, market, task.id, 'close')).rejects.toBeInstanceOf(WorkflowError);

    const detail = await ledgerTaskDetail(ctx, operator, task.id);
    expect(detail.timeline.map((event) => [event.kind, event.nodeAfter, event.actor])).toEqual([
      ['seed', '立项', 'operator:root'],
      ['set-up', '立项', 'unitLiaison:market'],
      ['assign', '交办', 'unitLiaison:market'],
      ['sign', '签收', 'unitLiaison:commerce'],
      ['progress', '办理', 'unitLiaison:commerce'],
      ['feedback', '反馈', 'unitLiaison:commerce'],
      ['return', '办理', 'unitLiaison:market'],
      ['feedback', '反馈', 'unitLiaison:commerce'],
      ['accept', '复核', 'unitLiaison:market'],
      ['close', '办结销号', 'unitLiaison:market'],
    ]);
    expect(detail.timeline[6]!.note).toBe('复核退回:佐证材料不全');
    expect(detail.returns.map((entry) => entry.reason)).toEqual(['佐证材料不全']);
    const [progress] = detail.reports;
    expect(progress).toMatchObject({ kind: 'progress', unit: '市商务局', text: '已召开部署会' });
    expect(progress!.evidence[0]).toMatchObject({ fileName: '现场照片.jpg', mediaType: 'image/jpeg', size: 10 });
    expect((await ledgerFileContent(store.db, progress!.evidence[0]!.sha256))?.toString()).toBe('jpeg bytes');

    // Every node's time and actor is in the audit chain, and the chain holds.
    const audit = await store.db
      .selectFrom('audit_log')
      .select(['action', 'actor'])
      .where('action', 'like', 'ledger.%')
      .execute();
    expect(audit.map((entry) => entry.action)).toEqual([
      'ledger.seeded',
      'ledger.seeded',
      'ledger.setUp',
      'ledger.seeded',
      'ledger.assign',
      'ledger.sign',
      'ledger.progress',
      'ledger.feedback',
      'ledger.return',
      'ledger.feedback',
      'ledger.accept',
      'ledger.close',
    ]);
    expect(await verifyAudit(ctx, operator)).toMatchObject({ ok: true });
  });

  it('the meteo duties and the air measures seed with the units their plans name; the coordinators differ', async () => {
    store = await openTestStore(engine);
    const ctx = serviceContext(store, () => new Date('2025-03-01T02:00:00Z'));
    expect((await seedLedgerFromPlan(ctx, operator, { planId: 'meteo-2024', year: 2025 })).created).toBe(4);
    expect((await seedLedgerFromPlan(ctx, operator, { planId: 'air-2024', year: 2025 })).created).toBe(2);
    const air = await ledgerTasks(ctx, operator, { planId: 'air-2024', year: 2025 });
    expect(air[0]).toMatchObject({
      number: '二(一)',
      lead: ['市发展和改革委员会', '市工业和信息化局', '市生态环境局'],
    });
    const drills = (await ledgerTasks(ctx, operator, { planId: 'meteo-2024' })).find(
      (task) => task.measureClause === '7.1',
    )!;
    expect(drills.lead).toEqual(['市人工影响天气与气象灾害防御指挥部']);
    // 市人影指挥部's duty officer hands out the meteo duties; 市市场监督管理局 does not.
    await expect(takeLedgerStep(ctx, market, drills.id, 'assign')).rejects.toMatchObject({ code: 'not_coordinator' });
    expect((await takeLedgerStep(ctx, person('duty', 'dutyOfficer'), drills.id, 'assign')).node).toBe('交办');
    const eco = person('eco', 'ecologyOfficer');
    expect((await takeLedgerStep(ctx, eco, air[0]!.id, 'assign')).assignedBy).toBe('ecologyOfficer:eco');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles.ts';
import { PlanCatalog } from '../catalog/plan-files.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import { verifyAuditLog } from '../store/audit.repository.ts';
import type { Store } from '../store/database.ts';
import { activeResponse, obligationsOf, tasksOf } from '../store/response.repository.ts';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { propose, rejectOrder, signOrder } from './response-orders.service.ts';
import { isOverdue, recordAftermath } from './response-reports.service.ts';
import { acknowledgeTask, escalateOverdueTasks } from './response-units.service.ts';
import type { ServiceContext } from './context.ts';
import { serviceContext } from '../../test/support/services.ts';
import { userPrincipal as as } from '../access/principal.ts';

const meteo = PlanCatalog.load().meteo();
const person = (role: Actor['role'], unitId: string | null = null): Actor => ({
  id: role,
  username: `${role}${unitId ? `-${unitId}` : ''}`,
  displayName: role,
  role,
  unitId,
});
const duty = person('dutyOfficer');
const deputy = person('deputyCommander');
const commander = person('commander');

describe.each(engines)('the response workflow on %s', (engine) => {
  let store: Store;
  let clock: Date;
  let ctx: ServiceContext;
  async function open(): Promise<void> {
    store = await openTestStore(engine);
    clock = new Date('2025-07-20T00:00:00Z');
    ctx = serviceContext(store, () => clock);
  }
  afterEach(async () => store?.close());

  it('two duty officers proposing the same change at once make one proposal', async () => {
    await open();
    const request = {
      targetLevel: 'IV' as const,
      hazards: ['rainstorm' as const],
      basis: { source: 'assessment' as const, justification: '强降雨持续' },
    };
    const [a, b] = await Promise.all([
      propose(ctx, as(duty), request),
      propose(ctx, as({ ...duty, username: 'duty-2' }), request),
    ]);
    expect(a.proposal.id).toBe(b.proposal.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
  });

  it('of two signers at once, one signs and the other is told it was decided', async () => {
    await open();
    const { proposal } = await propose(ctx, as(duty), {
      targetLevel: 'III',
      hazards: ['gale'],
      basis: { source: 'assessment', justification: '大风' },
    });
    const results = await Promise.allSettled([
      signOrder(ctx, as(deputy), proposal.id),
      signOrder(ctx, as({ ...deputy, username: 'deputy-2' }), proposal.id),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(WorkflowError);
    expect((await activeResponse(store.db))?.level).toBe('III');
  });

  it('activate Ⅳ → upgrade Ⅱ → downgrade Ⅲ → terminate, with tasks, acknowledgements, escalation, reports and an intact audit chain', async () => {
    await open();
    const step = async (targetLevel: 'IV' | 'III' | 'II' | null, signer: Actor) => {
      const { proposal } = await propose(ctx, as(duty), {
        targetLevel,
        hazards: ['rainstorm'],
        basis: { source: 'assessment', justification: '会商研判' },
      });
      return signOrder(ctx, as(signer), proposal.id);
    };

    const activated = await step('IV', deputy);
    expect(activated.order).toMatchObject({
      kind: 'activate',
      toLevel: 'IV',
      signerRole: 'deputyCommander',
      clause: '4.3',
      planVersion: meteo.version,
    });
    const tasksIV = await tasksOf(store.db, { responseId: activated.response.id, status: 'open' });
    const meteoTask = tasksIV.find((task) => task.unitName === '市气象局')!;
    const emergencyTask = tasksIV.find((task) => task.unitName === '市应急管理局')!;
    await expect(
      acknowledgeTask(ctx, as(person('unitLiaison', 'emergency-management-bureau')), meteoTask.id),
    ).rejects.toMatchObject({ code: 'wrong_unit' });
    await acknowledgeTask(ctx, as(person('unitLiaison', 'meteorological-bureau')), meteoTask.id);

    clock = new Date('2025-07-20T02:00:00Z');
    const escalated = await escalateOverdueTasks(ctx, clock);
    expect(escalated.map((task) => task.id)).toContain(emergencyTask.id);
    expect(escalated.map((task) => task.id)).not.toContain(meteoTask.id);
    expect(await escalateOverdueTasks(ctx, clock)).toEqual([]);

    await expect(step('II', deputy)).rejects.toMatchObject({ code: 'wrong_signer', clause: '4.3' });
    await rejectOrder(
      ctx,
      as(commander),
      (
        await propose(ctx, as(duty), {
          targetLevel: 'II',
          hazards: ['rainstorm'],
          basis: { source: 'assessment', justification: '-' },
        })
      ).proposal.id,
      '暂不升级',
    );
    const upgraded = await step('II', commander);
    expect(upgraded.order.kind).toBe('upgrade');
    expect(await tasksOf(store.db, { responseId: upgraded.response.id, status: 'open' })).toHaveLength(
      meteo.plan.command.memberUnits.length,
    );

    clock = new Date('2025-07-21T00:00:00Z');
    await expect(step('III', deputy)).rejects.toMatchObject({ code: 'wrong_signer' });
    const lowered = await step('III', commander);
    expect(lowered.order.kind).toBe('downgrade');
    const ended = await step(null, deputy);
    expect(ended.order.kind).toBe('terminate');
    expect(ended.response).toMatchObject({ status: 'ended', level: null, highestLevel: 'II' });
    expect(await activeResponse(store.db)).toBeUndefined();
    expect(await tasksOf(store.db, { responseId: ended.response.id, status: 'open' })).toEqual([]);

    const reports = await obligationsOf(store.db, { responseId: ended.response.id });
    expect(reports.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['first-report', 'lowering-report', 'investigation-report']),
    );
    const lowering = reports.filter((r) => r.kind === 'lowering-report');
    expect(lowering.map((r) => r.dueAt)).toEqual(['2025-07-22T00:00:00.000Z', '2025-07-22T00:00:00.000Z']);
    expect(isOverdue(lowering[0]!, new Date('2025-07-22T00:00:01Z'))).toBe(true);

    await recordAftermath(ctx, as(duty), ended.response.id, {
      organisedBy: '东胜区人民政府',
      losses: '农田受淹',
      causes: '持续强降雨',
      lessons: '预警及时',
      improvements: '加密监测',
      reportedTo: ['自治区党委和政府'],
    });
    await expect(
      recordAftermath(ctx, as(duty), ended.response.id, {
        organisedBy: 'x',
        losses: 'x',
        causes: 'x',
        lessons: 'x',
        improvements: 'x',
        reportedTo: [],
      }),
    ).rejects.toMatchObject({ code: 'already_recorded' });

    expect(await verifyAuditLog(store.db)).toMatchObject({ ok: true });
  });
});

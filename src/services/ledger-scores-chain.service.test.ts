import { afterEach, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { serviceContext } from '../../test/support/services.ts';
import { operatorPrincipal, userPrincipal } from '../access/principal.ts';
import type { Role } from '../access/roles.ts';
import type { Store } from '../store/database.ts';
import { seedLedgerFromPlan } from './ledger-seed.service.ts';
import { takeLedgerStep } from './ledger-steps.service.ts';
import { yearScorecards } from './ledger-scorecards.service.ts';
import { ledgerTasks } from './ledger.service.ts';

const person = (username: string, role: Role, unitId: string) =>
  userPrincipal({ id: username, username, displayName: username, role, unitId });
const market = person('market', 'unitLiaison', 'market-regulation-bureau');
const commerce = person('commerce', 'unitLiaison', 'commerce-bureau');
const operator = operatorPrincipal('root');

describe.each(engines)('scorecards read what the node chain writes, on %s', (engine) => {
  let store: Store;
  afterEach(async () => store?.close());

  it('a task taken through 复核 退回 to 办结销号 counts as returned once and closed, for its lead unit only', async () => {
    store = await openTestStore(engine);
    let clock = new Date('2025-03-01T02:00:00Z');
    const ctx = serviceContext(store, () => clock);
    await seedLedgerFromPlan(ctx, operator, { planId: 'quality-2024', year: 2025 });
    const task = (await ledgerTasks(ctx, operator, { planId: 'quality-2024', year: 2025 })).find(
      (entry) => entry.measureClause === '四(一)3',
    )!;
    await takeLedgerStep(ctx, market, task.id, 'setUp', { lead: ['市商务局'], partners: ['市市场监管局'] });
    await takeLedgerStep(ctx, market, task.id, 'assign');
    await takeLedgerStep(ctx, commerce, task.id, 'sign');
    await takeLedgerStep(ctx, commerce, task.id, 'progress', { text: '已召开部署会' });
    await takeLedgerStep(ctx, commerce, task.id, 'feedback', { text: '已完成' });
    await takeLedgerStep(ctx, market, task.id, 'return', { text: '佐证材料不全' });
    await takeLedgerStep(ctx, commerce, task.id, 'feedback', { text: '已补充材料' });
    await takeLedgerStep(ctx, market, task.id, 'accept');
    clock = new Date('2025-04-01T02:00:00Z');
    await takeLedgerStep(ctx, market, task.id, 'close');

    const year = await yearScorecards(ctx, operator, 2025);
    const commerceCard = year.scorecards.find((card) => card.unit === '市商务局')!;
    const closedInTime = task.deadline === null || task.deadline >= '2025-04-01';
    expect(commerceCard.facts).toMatchObject({
      tasksReturned: 1,
      tasksClosedOnTime: closedInTime ? 1 : 0,
      tasksClosedLate: closedInTime ? 0 : 1,
      tasksOverdue: 0,
    });
    // The partner unit is not scored on the task; seeded tasks without a lead are nobody's yet.
    expect(year.scorecards.find((card) => card.unit === '市市场监督管理局')).toBeUndefined();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { listOrder, numberOrder } from '../ledger/numbers.ts';
import type { Store } from './database.ts';
import {
  allLedgerTasks,
  appendLedgerEvent,
  insertLedgerTask,
  ledgerTaskByNumber,
  ledgerTimeline,
  pageLedgerTasks,
  setLedgerNode,
  updateLedgerTaskContent,
  type LedgerTaskContent,
} from './ledger.repository.ts';

function content(number: string, measure: string, year = 2025): LedgerTaskContent {
  return {
    plan_id: 'quality-2024',
    year,
    number,
    number_order: numberOrder(number),
    list_order: listOrder(year, number),
    action_clause: measure.replace(/\d+$/, ''),
    measure_clause: measure,
    text: `任务${number}`,
    deadline: '2025-06-30',
    ongoing: 0,
    deadline_text: '2025年6月底',
    expected_result: null,
    indicator_ref: null,
    source: 'import',
    source_ref: 'tasks.xlsx',
    plan_version: '2024.2',
    plan_hash: 'h',
  };
}

describe.each(engines)('五(三) 工作台账: tasks, units and timeline in the store, on %s', (engine) => {
  let store: Store;
  afterEach(async () => store?.close());

  it('orders by year then 序号 as a number, filters by unit in SQL, pages by cursor', async () => {
    store = await openTestStore(engine);
    const at = '2025-01-02T00:00:00.000Z';
    for (const [id, number, measure, year] of [
      ['a', '10', '四(一)1', 2025],
      ['b', '2', '四(二)1', 2025],
      ['c', '1', '四(一)2', 2026],
      ['d', '9', '四(一)3', 2025],
    ] as const) {
      await insertLedgerTask(
        store.db,
        { ...content(number, measure, year), id, node: '立项', created_at: at },
        { lead: [number === '2' ? '市商务局' : '市市场监督管理局'], partners: ['市发展和改革委员会'] },
      );
    }
    const all = await allLedgerTasks(store.db, { planId: 'quality-2024' });
    expect(all.map((task) => `${task.year}/${task.number}`)).toEqual(['2025/2', '2025/9', '2025/10', '2026/1']);
    const commerce = await allLedgerTasks(store.db, { unit: '市商务局', unitRole: 'lead' });
    expect(commerce.map((task) => task.number)).toEqual(['2']);
    expect(await allLedgerTasks(store.db, { unit: '市商务局', unitRole: 'partner' })).toEqual([]);
    expect((await allLedgerTasks(store.db, { actionClause: '四(一)', year: 2025 })).map((t) => t.number)).toEqual([
      '9',
      '10',
    ]);

    const first = await pageLedgerTasks(store.db, { planId: 'quality-2024' }, { limit: 3 });
    expect(first.items.map((task) => task.number)).toEqual(['2', '9', '10']);
    const second = await pageLedgerTasks(store.db, { planId: 'quality-2024' }, { limit: 3, cursor: first.next! });
    expect(second.items.map((task) => task.number)).toEqual(['1']);
    expect(second.next).toBeNull();
  });

  it('a re-import changes content and units and keeps the node; a step is guarded by the node it starts from', async () => {
    store = await openTestStore(engine);
    const at = '2025-01-02T00:00:00.000Z';
    await insertLedgerTask(
      store.db,
      { ...content('3', '四(一)3'), id: 't', node: '立项', created_at: at },
      { lead: ['市商务局'], partners: [] },
    );
    expect(await setLedgerNode(store.db, 't', '立项', { node: '交办', assigned_at: at, assigned_by: 'x' }, at)).toBe(
      true,
    );
    expect(await setLedgerNode(store.db, 't', '立项', { node: '交办' }, at)).toBe(false);
    await updateLedgerTaskContent(
      store.db,
      't',
      { ...content('3', '四(一)3'), text: '改后' },
      { lead: ['市市场监督管理局'], partners: ['市商务局', '市财政局'] },
      at,
    );
    const task = await ledgerTaskByNumber(store.db, 'quality-2024', 2025, '3');
    expect(task).toMatchObject({
      text: '改后',
      node: '交办',
      assignedBy: 'x',
      lead: ['市市场监督管理局'],
      partners: ['市商务局', '市财政局'],
    });

    await appendLedgerEvent(store.db, {
      id: 'e1',
      taskId: 't',
      kind: 'import',
      nodeBefore: null,
      nodeAfter: '立项',
      at,
      actor: 'operator:me',
      note: null,
      detail: { file: 'tasks.xlsx' },
    });
    await appendLedgerEvent(store.db, {
      id: 'e2',
      taskId: 't',
      kind: 'assign',
      nodeBefore: '立项',
      nodeAfter: '交办',
      at,
      actor: 'x',
      note: '交办',
      detail: {},
    });
    const timeline = await ledgerTimeline(store.db, 't');
    expect(timeline.map((event) => [event.seq, event.kind])).toEqual([
      [1, 'import'],
      [2, 'assign'],
    ]);
    expect(timeline[0]!.detail).toEqual({ file: 'tasks.xlsx' });
  });
});

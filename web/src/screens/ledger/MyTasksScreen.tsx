import { withAntd } from '../../app/antd';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { failureText } from '../../api/client';
import { overdueFirst, useLedgerParties, type LedgerTask } from './ledger-model';
import { TaskCard } from './TaskCard';
import { TaskDetail } from './TaskDetail';
import { useLedgerPages } from './useLedgerPages';

/** 我的任务: the tasks my unit leads (签收, progress with evidence, 反馈), overdue first; those it partners in. */
function MyTasksScreen() {
  const parties = useLedgerParties();
  const unit = parties.unitName ?? undefined;
  const lead = useLedgerPages({ unit, role: 'lead' }, unit !== undefined);
  const partner = useLedgerPages({ unit, role: 'partner' }, unit !== undefined);
  const [open, setOpen] = useState<LedgerTask | null>(null);
  const mine = [...lead.tasks].filter((task) => task.node !== '办结销号').sort(overdueFirst);
  const done = lead.tasks.filter((task) => task.node === '办结销号');
  const overdue = mine.filter((task) => task.light === 'red').length;
  return (
    <div className="screen">
      <h1>我的任务{unit ? ` · ${unit}` : ''}</h1>
      {!unit && <Alert type="info" title="您的账号没有绑定单位名录中的单位,没有本单位的台账任务。" />}
      {overdue > 0 && <Alert type="error" showIcon title={`本单位有 ${overdue} 项任务已逾期`} />}
      <section className="panel" aria-labelledby="my-tasks-title">
        <h2 id="my-tasks-title">本单位牵头的任务</h2>
        {lead.error && <Alert type="error" title={failureText(lead.error)} />}
        {mine.length === 0 ? (
          <p className="muted">{lead.isLoading ? '正在加载…' : '没有待办的任务。'}</p>
        ) : (
          <ul className="warning-list" data-testid="my-tasks">
            {mine.map((task) => (
              <TaskCard key={task.id} task={task} onOpen={setOpen} party="leadLiaison" />
            ))}
          </ul>
        )}
        {lead.hasNextPage && (
          <Button onClick={() => void lead.fetchNextPage()} loading={lead.isFetchingNextPage}>
            加载更多任务
          </Button>
        )}
        {done.length > 0 && <p className="muted">已办结销号 {done.length} 项。</p>}
      </section>
      <section className="panel" aria-labelledby="partner-tasks-title">
        <h2 id="partner-tasks-title">本单位配合的任务</h2>
        {partner.tasks.length === 0 ? (
          <p className="muted">{partner.isLoading ? '正在加载…' : '没有本单位配合的任务。'}</p>
        ) : (
          <ul className="compact-list">
            {[...partner.tasks].sort(overdueFirst).map((task) => (
              <li key={task.id}>
                <Button type="link" onClick={() => setOpen(task)} style={{ padding: 0 }}>
                  {task.number} {task.text}
                </Button>{' '}
                · 牵头:{task.lead.join('、')} · {task.node}
              </li>
            ))}
          </ul>
        )}
      </section>
      <TaskDetail task={open} onClose={() => setOpen(null)} />
    </div>
  );
}

export default withAntd(MyTasksScreen);

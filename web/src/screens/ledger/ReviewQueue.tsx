import { Alert, Button } from 'antd';
import { useState } from 'react';
import { failureText } from '../../api/client';
import { overdueFirst, useLedgerParties, type LedgerTask } from './ledger-model';
import { TaskCard } from './TaskCard';
import { TaskDetail } from './TaskDetail';
import { useLedgerPages } from './useLedgerPages';

function Queue({ title, tasks, onOpen }: { title: string; tasks: LedgerTask[]; onOpen: (task: LedgerTask) => void }) {
  return (
    <>
      <h3>
        {title}({tasks.length})
      </h3>
      {tasks.length === 0 ? (
        <p className="muted">没有。</p>
      ) : (
        <ul className="warning-list">
          {tasks.map((task) => (
            <TaskCard key={task.id} task={task} onOpen={onOpen} party="coordinator" />
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * 复核: the coordinator's queue — tasks whose unit fed back (accept, or return with a reason) and accepted ones
 * waiting to be closed (办结销号) — for the plans whose ledger this person coordinates.
 */
export function ReviewQueue() {
  const parties = useLedgerParties();
  const fedBack = useLedgerPages({ node: '反馈' });
  const accepted = useLedgerPages({ node: '复核' });
  const [open, setOpen] = useState<LedgerTask | null>(null);
  const mine = (tasks: LedgerTask[]) => tasks.filter((task) => parties.coordinates(task.planId)).sort(overdueFirst);
  return (
    <section className="panel" aria-labelledby="review-title" data-testid="review-queue">
      <h2 id="review-title">复核</h2>
      <div className="toolbar">
        <Button
          aria-label="刷新复核队列"
          onClick={() => void Promise.all([fedBack.refetch(), accepted.refetch()])}
          loading={fedBack.isRefetching || accepted.isRefetching}
        >
          刷新
        </Button>
      </div>
      {(fedBack.error ?? accepted.error) && <Alert type="error" title={failureText(fedBack.error ?? accepted.error)} />}
      <Queue title="待复核(已反馈)" tasks={mine(fedBack.tasks)} onOpen={setOpen} />
      <Queue title="待办结销号(已复核通过)" tasks={mine(accepted.tasks)} onOpen={setOpen} />
      <TaskDetail task={open} onClose={() => setOpen(null)} />
    </section>
  );
}

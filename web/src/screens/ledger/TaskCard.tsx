import { Button } from 'antd';
import { ClauseLink } from '../../components/ClauseLink';
import { formatFullTime } from '../../components/time';
import type { LedgerTask, StepButton } from './ledger-model';
import { LightTag } from './LightTag';
import { StepActions } from './StepActions';

/** A task in a worklist (my unit's, the review queue): what it is, where it stands, and its buttons. */
export function TaskCard({
  task,
  onOpen,
  party,
}: {
  task: LedgerTask;
  onOpen: (task: LedgerTask) => void;
  party: StepButton['by'];
}) {
  const last = task.feedbackAt ?? task.handlingAt ?? task.signedAt ?? task.assignedAt;
  return (
    <li className="warning-item" data-testid="ledger-task" data-node={task.node} data-light={task.light}>
      <div className="warning-title">
        <LightTag light={task.light} />
        <strong>
          {task.number} {task.text}
        </strong>
      </div>
      <div>
        <ClauseLink plan={task.planId} clause={task.measureClause} /> · 牵头单位:{task.lead.join('、') || '尚未确定'} ·
        完成时限:{task.deadlineText} · 当前环节:{task.node}
        {last && <> · 最近办理:{formatFullTime(last)}</>}
      </div>
      <StepActions task={task} only={party} />
      {party === 'leadLiaison' && task.node === '反馈' && <div className="muted">已反馈,等待牵头协调单位复核。</div>}
      <Button type="link" onClick={() => onOpen(task)} style={{ padding: 0 }}>
        查看办理记录与佐证材料
      </Button>
    </li>
  );
}

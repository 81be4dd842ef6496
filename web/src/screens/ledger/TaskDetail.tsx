import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Steps, Timeline } from 'antd';
import { api, call, failureText } from '../../api/client';
import { ClauseLink } from '../../components/ClauseLink';
import { formatFullTime } from '../../components/time';
import { ledgerNodes, type LedgerDetail, type LedgerTask } from './ledger-model';
import { LightTag } from './LightTag';
import { StepActions } from './StepActions';

const kindZh: Record<string, string> = {
  'set-up': '立项',
  assign: '交办',
  sign: '签收',
  progress: '报送办理进展',
  feedback: '反馈办理结果',
  accept: '复核通过',
  return: '复核退回',
  close: '办结销号',
  import: '导入',
  seed: '生成',
};

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function Reports({ detail }: { detail: LedgerDetail }) {
  if (detail.reports.length === 0) return <p className="muted">尚无办理进展或反馈。</p>;
  return (
    <ul className="compact-list" data-testid="task-reports">
      {detail.reports.map((report) => (
        <li key={report.id}>
          <strong>{report.kind === 'feedback' ? '反馈' : '办理进展'}</strong> · {report.unit} · {report.actor} ·{' '}
          {formatFullTime(report.at)}
          <p>{report.text}</p>
          {report.evidence.length > 0 && (
            <div>
              佐证材料:
              {report.evidence.map((file) => (
                <a
                  key={file.id}
                  href={`/api/ledger/evidence/${encodeURIComponent(file.id)}`}
                  download={file.fileName}
                  title={`SHA-256 ${file.sha256}`}
                  style={{ marginLeft: 8 }}
                >
                  {file.fileName}({sizeText(file.size)})
                </a>
              ))}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A task with its node chain, its timeline (every node's time in Beijing time and its actor), reports and evidence. */
export function TaskDetail({ task, onClose }: { task: LedgerTask | null; onClose: () => void }) {
  const detail = useQuery({
    queryKey: ['ledger', 'task', task?.id],
    enabled: task !== null,
    queryFn: () => call(api.GET('/api/ledger/tasks/{id}', { params: { path: { id: task!.id } } })),
  });
  const current = detail.data?.task ?? task;
  return (
    <Drawer
      open={task !== null}
      onClose={onClose}
      size="large"
      title={current ? `${current.number} ${current.text}` : ''}
    >
      {detail.error && <Alert type="error" title={failureText(detail.error)} />}
      {current && (
        <div data-testid="task-detail" data-node={current.node}>
          <Steps
            size="small"
            current={ledgerNodes.indexOf(current.node)}
            items={ledgerNodes.map((node) => ({ title: node }))}
            aria-label={`当前环节:${current.node}`}
          />
          <Descriptions size="small" column={2} style={{ marginTop: 16 }} bordered>
            <Descriptions.Item label="条款">
              <ClauseLink plan={current.planId} clause={current.measureClause} />
              {detail.data?.measure && ` ${detail.data.measure.title}`}
            </Descriptions.Item>
            <Descriptions.Item label="状态">
              <LightTag light={current.light} /> {current.node}
            </Descriptions.Item>
            <Descriptions.Item label="牵头单位">{current.lead.join('、') || '尚未确定'}</Descriptions.Item>
            <Descriptions.Item label="配合单位">{current.partners.join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label="完成时限">{current.deadlineText}</Descriptions.Item>
            <Descriptions.Item label="预期成果">{current.expectedResult ?? '—'}</Descriptions.Item>
          </Descriptions>
          <h3>办理</h3>
          <StepActions task={current} />
          <h3>办理记录</h3>
          {detail.data && (
            <Timeline
              data-testid="task-timeline"
              items={detail.data.timeline.map((entry) => ({
                key: entry.id,
                content: (
                  <div>
                    <strong>{kindZh[entry.kind] ?? entry.kind}</strong>(环节:{entry.nodeAfter})·{' '}
                    {formatFullTime(entry.at)}(北京时间)· {entry.actor}
                    {entry.note && <div className="muted">{entry.note}</div>}
                  </div>
                ),
              }))}
            />
          )}
          {detail.data && detail.data.returns.length > 0 && (
            <>
              <h3>退回记录</h3>
              <ul className="compact-list" data-testid="task-returns">
                {detail.data.returns.map((entry) => (
                  <li key={entry.id}>
                    {formatFullTime(entry.at)} · {entry.actor}:{entry.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>办理进展与佐证材料</h3>
          {detail.data && <Reports detail={detail.data} />}
        </div>
      )}
    </Drawer>
  );
}

import { withAntd } from '../../app/antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Radio, Tag } from 'antd';
import { api, call, failureText, type GetResult, type PostBody } from '../../api/client';
import { useMe, usePermission } from '../../app/session';
import { useTerms } from '../../app/terms';
import { ClauseLink } from '../../components/ClauseLink';
import { LevelTag } from '../../components/LevelTag';
import { formatTime } from '../../components/time';

type Task = GetResult<'/api/tasks'>['tasks'][number];
type UnitReport = PostBody<'/api/responses/{id}/unit-reports'>;

const statusZh: Record<Task['status'], string> = {
  open: '待确认',
  acknowledged: '已上岗到位',
  superseded: '已被新命令取代',
  closed: '已结束',
};

function TaskCard({ task }: { task: Task }) {
  const terms = useTerms();
  const permission = usePermission('tasks.acknowledge');
  const queryClient = useQueryClient();
  const acknowledge = useMutation({
    mutationFn: () => call(api.POST('/api/tasks/{id}/acknowledge', { params: { path: { id: task.id } }, body: {} })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['tasks'] }),
  });
  const measures = terms.data?.responseLevels.find((level) => level.level === task.level);
  return (
    <li className="warning-item" data-testid="task" data-status={task.status}>
      <div className="warning-title">
        <LevelTag level={task.level} suffix="响应" />
        <strong>{task.unitName}</strong>
        <Tag color={task.overdue ? 'red' : task.status === 'acknowledged' ? 'green' : 'default'}>
          {task.overdue ? '已超时未到位' : statusZh[task.status]}
        </Tag>
      </div>
      <div>上岗到位时限:{formatTime(task.dueAt)}</div>
      <h3>本单位职责</h3>
      <ul className="compact-list">
        {task.duties.map((duty, index) => (
          <li key={index}>
            {duty.text} <ClauseLink clause={duty.clause} />
          </li>
        ))}
      </ul>
      {measures && (
        <details>
          <summary>
            {measures.title}的措施(
            <ClauseLink clause={measures.clause} />)
          </summary>
          <p>{measures.text}</p>
        </details>
      )}
      {task.status === 'open' && (
        <div>
          <Button
            type="primary"
            disabled={!permission.allowed}
            loading={acknowledge.isPending}
            onClick={() => acknowledge.mutate()}
          >
            确认上岗到位
          </Button>
          {!permission.allowed && <span className="why-not"> {permission.reason}</span>}
        </div>
      )}
      {task.acknowledgedAt && (
        <div className="muted">
          {task.acknowledgedBy} 于 {formatTime(task.acknowledgedAt)} 确认到位
        </div>
      )}
      {acknowledge.error && <Alert type="error" title={failureText(acknowledge.error)} />}
    </li>
  );
}

function ReportForm({ responseId, unitId }: { responseId: string; unitId: string }) {
  const permission = usePermission('unitReports.create');
  const [form] = Form.useForm();
  const file = useMutation({
    mutationFn: (body: UnitReport) =>
      call(api.POST('/api/responses/{id}/unit-reports', { params: { path: { id: responseId } }, body })),
    onSuccess: () => form.resetFields(),
  });
  return (
    <Form
      form={form}
      layout="vertical"
      disabled={!permission.allowed}
      initialValues={{ kind: 'situation' }}
      onFinish={(values: { kind: UnitReport['kind']; text: string }) =>
        file.mutate({ unitId, kind: values.kind, text: values.text })
      }
    >
      <Form.Item label="报告类别" name="kind">
        <Radio.Group
          options={[
            { value: 'situation', label: '工作情况' },
            { value: 'damage', label: '灾情' },
          ]}
        />
      </Form.Item>
      <Form.Item label="报告内容" name="text" rules={[{ required: true, message: '请填写报告内容' }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      {file.error && <Alert type="error" title={failureText(file.error)} />}
      {file.data && <Alert type="success" title={`已报送(${formatTime(file.data.filedAt)})`} />}
      <Button htmlType="submit" type="primary" loading={file.isPending}>
        报送
      </Button>
    </Form>
  );
}

/** 成员单位: my unit's tasks under the order in force, their duties (2.2.2) and measures (4.4), on post, reports. */
function UnitScreen() {
  const me = useMe();
  const tasks = useQuery({
    queryKey: ['tasks'],
    queryFn: () => call(api.GET('/api/tasks', { params: { query: {} } })),
  });
  const list = tasks.data?.tasks ?? [];
  const current = list.filter((task) => task.status === 'open' || task.status === 'acknowledged');
  const overdue = list.filter((task) => task.overdue);
  const responseId = current[0]?.responseId;
  return (
    <div className="screen">
      <h1>成员单位{me.data?.unitId ? ` · ${list[0]?.unitName ?? me.data.unitId}` : ''}</h1>
      {overdue.length > 0 && (
        <Alert type="error" showIcon title={`有 ${overdue.length} 项任务已超过上岗到位时限,已报值班员`} />
      )}
      <section className="panel" aria-labelledby="tasks-title">
        <h2 id="tasks-title">当前任务</h2>
        {tasks.error && <Alert type="error" title={failureText(tasks.error)} />}
        {current.length === 0 ? (
          <p className="muted">{tasks.isPending ? '正在加载…' : '当前没有需要本单位响应的命令。'}</p>
        ) : (
          <ul className="warning-list">
            {current.map((task) => (
              <TaskCard key={task.id} task={task} />
            ))}
          </ul>
        )}
      </section>
      {responseId && me.data?.unitId && (
        <section className="panel" aria-labelledby="report-title">
          <h2 id="report-title">报送灾情或工作情况</h2>
          <ReportForm responseId={responseId} unitId={me.data.unitId} />
        </section>
      )}
    </div>
  );
}

export default withAntd(UnitScreen);

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Select, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { api, call, failureText, type GetResult, type PostBody } from '../../api/client';
import { usePermission } from '../../app/session';
import { ClauseLink } from '../../components/ClauseLink';
import { pagesOf } from '../../components/pagination';
import { formatTime } from '../../components/time';
import { IndicatorChart } from './IndicatorChart';
import { PlanSelect } from './plans';
import { beijingYear, comparisonZh, trajectoryZh } from './trajectory';

type Indicator = GetResult<'/api/ledger/indicators'>['indicators'][number];
type ReportBody = PostBody<'/api/ledger/indicators/{plan}/{target}/values'>;

const keyOf = (indicator: Indicator) => `${indicator.planId}/${indicator.targetId}`;

export function TrajectoryTag({ indicator }: { indicator: Indicator }) {
  const status = indicator.trajectory?.status ?? 'noData';
  const zh = trajectoryZh[status] ?? { text: status, color: 'default' };
  return (
    <Tag color={zh.color} data-status={status} title={indicator.trajectory?.reason}>
      {zh.text}
    </Tag>
  );
}

function goalText(indicator: Indicator): string {
  if (!indicator.goal) return '定性目标';
  return `${comparisonZh[indicator.goal.comparison] ?? indicator.goal.comparison} ${indicator.goal.value}(${indicator.goal.due} 前)`;
}

function ReportValue({ indicator }: { indicator: Indicator }) {
  const permission = usePermission('ledger.indicators.report');
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const report = useMutation({
    mutationFn: (body: ReportBody) =>
      call(
        api.POST('/api/ledger/indicators/{plan}/{target}/values', {
          params: { path: { plan: indicator.planId, target: indicator.targetId } },
          body,
        }),
      ),
    onSuccess: () => {
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['ledger-indicators'] });
      void queryClient.invalidateQueries({ queryKey: ['ledger-indicator-values', keyOf(indicator)] });
    },
  });
  if (indicator.source !== 'reported' || !indicator.goal) return null;
  return (
    <Form
      form={form}
      layout="inline"
      disabled={!permission.allowed}
      aria-label="报送指标数值"
      onFinish={(values: Omit<ReportBody, 'periodEnd'> & { periodEnd: { format: (f: string) => string } }) =>
        report.mutate({ ...values, periodEnd: values.periodEnd.format('YYYY-MM-DD') })
      }
    >
      <Form.Item label="报送期" name="period" rules={[{ required: true, message: '请填写报送期' }]}>
        <Input placeholder="如 2026年上半年" style={{ width: 150 }} />
      </Form.Item>
      <Form.Item label="报送期末" name="periodEnd" rules={[{ required: true, message: '请选择报送期的最后一天' }]}>
        <DatePicker aria-label="报送期末" />
      </Form.Item>
      <Form.Item label="数值" name="value" rules={[{ required: true, message: '请填写数值' }]}>
        <InputNumber aria-label="数值" style={{ width: 120 }} />
      </Form.Item>
      <Form.Item label="数据来源" name="source" rules={[{ required: true, message: '请填写数据来源' }]}>
        <Input style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label="佐证材料" name="evidence" rules={[{ required: true, message: '请填写佐证材料' }]}>
        <Input placeholder="文号、文件名或地址" style={{ width: 200 }} />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={report.isPending}>
        报送数值
      </Button>
      {!permission.allowed && <span className="why-not">{permission.reason}</span>}
      {report.error && <Alert type="error" title={failureText(report.error)} />}
      {report.data && <Alert type="success" title={`已报送(${formatTime(report.data.reportedAt)})`} />}
    </Form>
  );
}

/** The plan's coordinator names the unit that answers for a target (a full name or the short form offices write). */
function AssignUnit({ indicator }: { indicator: Indicator }) {
  const permission = usePermission('ledger.indicators.assign');
  const queryClient = useQueryClient();
  const assign = useMutation({
    mutationFn: (unit: string) =>
      call(
        api.PUT('/api/ledger/indicators/{plan}/{target}/unit', {
          params: { path: { plan: indicator.planId, target: indicator.targetId } },
          body: { unit },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['ledger-indicators'] }),
  });
  if (!permission.allowed && indicator.unit) return null;
  return (
    <div className="toolbar">
      <Input.Search
        aria-label="责任单位名称"
        placeholder={indicator.unit ?? '如 市市场监管局'}
        enterButton={indicator.unit ? '更改责任单位' : '确定责任单位'}
        disabled={!permission.allowed}
        loading={assign.isPending}
        onSearch={(value) => value.trim() && assign.mutate(value.trim())}
        style={{ width: 360 }}
      />
      {!permission.allowed && <span className="why-not">{permission.reason}</span>}
      {assign.error && <Alert type="error" title={failureText(assign.error)} />}
      {assign.data && <Alert type="success" title={`责任单位:${assign.data.unit}`} />}
    </div>
  );
}

/** One target: its values as a chart against the goal and as a table, and the form its unit reports with. */
function IndicatorDetail({ indicator }: { indicator: Indicator }) {
  const values = useQuery({
    queryKey: ['ledger-indicator-values', keyOf(indicator)],
    queryFn: () =>
      call(
        api.GET('/api/ledger/indicators/{plan}/{target}/values', {
          params: { path: { plan: indicator.planId, target: indicator.targetId }, query: { limit: 100 } },
        }),
      ),
  });
  const rows = useMemo(() => values.data?.values ?? [], [values.data]);
  const points = useMemo(() => rows.map((row) => ({ periodEnd: row.periodEnd, value: row.value })), [rows]);
  const goal = useMemo(
    () => (indicator.goal ? { value: indicator.goal.value, due: indicator.goal.due } : null),
    [indicator.goal],
  );
  return (
    <div className="indicator-detail" data-testid="indicator-detail">
      <p>
        <TrajectoryTag indicator={indicator} /> {indicator.trajectory?.reason ?? '尚无报送数值'}
        {indicator.trajectory?.expected != null && <>(按进度此时应达 {indicator.trajectory.expected})</>}
      </p>
      {values.error && <Alert type="error" title={failureText(values.error)} />}
      {points.length > 0 ? (
        <IndicatorChart points={points} goal={goal} label={`${indicator.text}:历次报送值与目标值的折线图`} />
      ) : (
        <p className="muted">
          {indicator.source === 'airEvaluation' ? '数值由空气质量评价自动得出。' : '尚无报送数值。'}
        </p>
      )}
      {rows.length > 0 && (
        <table className="plain-table">
          <thead>
            <tr>
              <th>报送期</th>
              <th>数值</th>
              <th>来源</th>
              <th>佐证</th>
              <th>报送人</th>
              <th>报送时间</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.period}</td>
                <td>{row.value}</td>
                <td>{row.source}</td>
                <td>{row.evidence}</td>
                <td>{row.reportedBy}</td>
                <td>{formatTime(row.reportedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AssignUnit indicator={indicator} />
      {indicator.unit && <ReportValue indicator={indicator} />}
    </div>
  );
}

/** 指标: every target of the plans with its unit, latest value and trajectory; each opens to its history. */
export function Indicators() {
  const [plan, setPlan] = useState<string | undefined>();
  const [year, setYear] = useState<number | undefined>(beijingYear());
  const indicators = useQuery({
    queryKey: ['ledger-indicators', plan, year],
    queryFn: () =>
      call(
        api.GET('/api/ledger/indicators', {
          params: { query: { ...(plan ? { plan } : {}), ...(year ? { year } : {}) } },
        }),
      ),
  });
  const all = useQuery({
    queryKey: ['ledger-indicators', 'all'],
    queryFn: () => call(api.GET('/api/ledger/indicators', { params: { query: {} } })),
  });
  const planIds = [...new Set(all.data?.indicators.map((entry) => entry.planId) ?? [])];
  const years = [...new Set(all.data?.indicators.map((entry) => entry.year) ?? [])].sort();
  return (
    <section className="panel" aria-labelledby="indicators-title">
      <h2 id="indicators-title">指标完成情况</h2>
      <div className="toolbar">
        <PlanSelect value={plan} onChange={setPlan} ids={planIds} />
        <Select
          aria-label="指标年度"
          allowClear
          placeholder="全部年度"
          value={year}
          onChange={setYear}
          style={{ width: 120 }}
          options={years.map((entry) => ({ value: entry, label: `${entry}年` }))}
        />
      </div>
      {indicators.error && <Alert type="error" title={failureText(indicators.error)} />}
      <Table<Indicator>
        rowKey={keyOf}
        size="small"
        loading={indicators.isPending}
        dataSource={indicators.data?.indicators ?? []}
        pagination={pagesOf(20)}
        data-testid="indicators"
        expandable={{ expandedRowRender: (indicator) => <IndicatorDetail indicator={indicator} /> }}
        columns={[
          { title: '条款', key: 'clause', render: (_, i) => <ClauseLink plan={i.planId} clause={i.clause} /> },
          { title: '目标', dataIndex: 'text', key: 'text' },
          { title: '年度', dataIndex: 'year', key: 'year' },
          { title: '责任单位', key: 'unit', render: (_, i) => i.unit ?? <span className="muted">待确定</span> },
          { title: '目标值', key: 'goal', render: (_, i) => goalText(i) },
          {
            title: '最新值',
            key: 'latest',
            render: (_, i) => (i.latest ? `${i.latest.value}${i.latest.period ? `(${i.latest.period})` : ''}` : '—'),
          },
          { title: '状态', key: 'status', render: (_, i) => <TrajectoryTag indicator={i} /> },
        ]}
      />
    </section>
  );
}

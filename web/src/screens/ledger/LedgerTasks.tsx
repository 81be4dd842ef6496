import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input, InputNumber, Select, Table } from 'antd';
import { useState } from 'react';
import { api, call, failureText } from '../../api/client';
import { usePermission } from '../../app/session';
import { ClauseLink } from '../../components/ClauseLink';
import { ledgerNodes, lights, useCityUnits, type LedgerLight, type LedgerNode, type LedgerTask } from './ledger-model';
import { ImportYear } from './ImportYear';
import { LightTag } from './LightTag';
import { PlanSelect } from './plans';
import { TaskDetail } from './TaskDetail';
import { beijingYear } from './trajectory';
import { useLedgerPages, type LedgerFilter } from './useLedgerPages';

/** 生成年度任务: the plan's own measures as the year's tasks (idempotent), for the plan's coordinator. */
function SeedYear({ plan, year }: { plan: string | undefined; year: number | undefined }) {
  const permission = usePermission('ledger.import');
  const queryClient = useQueryClient();
  const seed = useMutation({
    mutationFn: () => call(api.POST('/api/ledger/seed', { body: { plan: plan!, year: year! } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['ledger'] }),
  });
  const why = !permission.allowed ? permission.reason : !plan || !year ? '请先选择预案和年度' : null;
  return (
    <>
      <Button onClick={() => seed.mutate()} loading={seed.isPending} disabled={why !== null} title={why ?? undefined}>
        按预案生成年度任务
      </Button>
      {seed.data && (
        <span className="muted">
          已生成 {seed.data.created} 项,更新 {seed.data.updated} 项
        </span>
      )}
      {seed.error && <Alert type="error" title={failureText(seed.error)} />}
    </>
  );
}

/** 督查台账: the tasks by plan, action and unit, filtered by year, node and light, a page at a time. */
export function LedgerTasks() {
  const units = useCityUnits();
  const [plan, setPlan] = useState<string | undefined>();
  const [year, setYear] = useState<number | undefined>(beijingYear());
  const [action, setAction] = useState('');
  const [unit, setUnit] = useState<string | undefined>();
  const [node, setNode] = useState<LedgerNode | undefined>();
  const [light, setLight] = useState<LedgerLight | undefined>();
  const [open, setOpen] = useState<LedgerTask | null>(null);
  const filter: LedgerFilter = {
    ...(plan ? { plan } : {}),
    ...(year ? { year } : {}),
    ...(action ? { action } : {}),
    ...(unit ? { unit } : {}),
    ...(node ? { node } : {}),
    ...(light ? { light } : {}),
  };
  const pages = useLedgerPages(filter);
  const exportQuery = new URLSearchParams(
    Object.entries({ plan, year, action, unit }).flatMap(([key, value]) =>
      value === undefined || value === '' ? [] : [[key, String(value)]],
    ),
  );
  return (
    <section className="panel" aria-labelledby="ledger-title">
      <h2 id="ledger-title">任务台账</h2>
      <div className="toolbar">
        <PlanSelect value={plan} onChange={setPlan} />
        <InputNumber
          aria-label="台账年度"
          placeholder="年度"
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => setYear(v ?? undefined)}
        />
        <Input.Search
          aria-label="重点任务条款(如 四(一))"
          placeholder="重点任务条款,如 四(一)"
          allowClear
          enterButton="筛选"
          onSearch={(value) => setAction(value.trim())}
          style={{ width: 200 }}
        />
        <Select
          aria-label="责任单位"
          allowClear
          showSearch
          placeholder="全部单位"
          value={unit}
          onChange={setUnit}
          style={{ width: 220 }}
          options={(units.data?.units ?? []).map((entry) => ({ value: entry.name, label: entry.name }))}
        />
        <Select
          aria-label="环节"
          allowClear
          placeholder="全部环节"
          value={node}
          onChange={setNode}
          style={{ width: 120 }}
          options={ledgerNodes.map((entry) => ({ value: entry, label: entry }))}
        />
        <Select
          aria-label="灯"
          allowClear
          placeholder="全部灯"
          value={light}
          onChange={setLight}
          style={{ width: 140 }}
          options={Object.entries(lights).map(([key, entry]) => ({
            value: key,
            label: `${entry.zh}灯 · ${entry.meaning}`,
          }))}
        />
      </div>
      <div className="toolbar">
        <Button
          href={plan ? `/api/ledger/export?${exportQuery.toString()}` : undefined}
          disabled={!plan}
          title={plan ? undefined : '请先选择预案'}
          data-testid="ledger-export"
        >
          导出 Excel
        </Button>
        <SeedYear plan={plan} year={year} />
        <ImportYear plan={plan} year={year} />
      </div>
      {pages.error && <Alert type="error" title={failureText(pages.error)} />}
      <Table<LedgerTask>
        rowKey="id"
        size="small"
        pagination={false}
        loading={pages.isPending}
        dataSource={pages.tasks}
        data-testid="ledger-tasks"
        locale={{ emptyText: '没有符合条件的任务' }}
        columns={[
          { title: '序号', dataIndex: 'number', key: 'number', width: 90 },
          { title: '条款', key: 'clause', render: (_, t) => <ClauseLink plan={t.planId} clause={t.measureClause} /> },
          {
            title: '具体措施',
            key: 'text',
            render: (_, t) => (
              <Button type="link" onClick={() => setOpen(t)} className="task-link" title={t.text}>
                {t.text}
              </Button>
            ),
          },
          {
            title: '牵头单位',
            key: 'lead',
            render: (_, t) => t.lead.join('、') || <span className="muted">待立项确定</span>,
          },
          { title: '配合单位', key: 'partners', render: (_, t) => t.partners.join('、') || '—' },
          { title: '完成时限', dataIndex: 'deadlineText', key: 'deadline' },
          { title: '环节', dataIndex: 'node', key: 'node' },
          { title: '灯', key: 'light', render: (_, t) => <LightTag light={t.light} /> },
        ]}
      />
      {pages.hasNextPage && (
        <Button onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage} style={{ marginTop: 8 }}>
          加载更多任务
        </Button>
      )}
      <TaskDetail task={open} onClose={() => setOpen(null)} />
    </section>
  );
}

import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { Alert, Button, Input, Table } from 'antd';
import { useState } from 'react';
import { api, call, failureText, type GetResult } from '../../api/client';
import { usePermission } from '../../app/session';
import { formatTime } from '../../components/time';

type Page = GetResult<'/api/audit/entries'>;
type Entry = Page['items'][number];

/** The audit log, newest first, page by page, and the verification of its hash chain. */
export function AuditLog() {
  const verifyPermission = usePermission('audit.verify');
  const [action, setAction] = useState('');
  const entries = useInfiniteQuery({
    queryKey: ['audit', action],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: Page) => page.next ?? undefined,
    queryFn: ({ pageParam }): Promise<Page> =>
      call(
        api.GET('/api/audit/entries', {
          params: { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}), ...(action ? { action } : {}) } },
        }),
      ),
  });
  const verify = useMutation({ mutationFn: () => call(api.GET('/api/audit/verify')) });
  const rows = entries.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="panel" aria-labelledby="audit-title">
      <h2 id="audit-title">审计日志</h2>
      <div className="toolbar">
        <Input.Search
          aria-label="按操作筛选(前缀,例如 warning.)"
          placeholder="按操作筛选,如 warning."
          allowClear
          enterButton="筛选"
          onSearch={(value) => setAction(value.trim())}
          style={{ width: 280 }}
        />
        <Button
          onClick={() => verify.mutate()}
          loading={verify.isPending}
          disabled={!verifyPermission.allowed}
          title={verifyPermission.reason ?? undefined}
        >
          校验哈希链
        </Button>
        {!verifyPermission.allowed && <span className="why-not">{verifyPermission.reason}</span>}
      </div>
      {verify.data && (
        <Alert
          data-testid="audit-verdict"
          type={verify.data.ok ? 'success' : 'error'}
          showIcon
          title={
            verify.data.ok
              ? `审计链完整:共 ${verify.data.entries} 条`
              : `审计链在第 ${verify.data.firstBad?.seq} 条断开:${verify.data.firstBad?.reason}`
          }
        />
      )}
      {verify.error && <Alert type="error" title={failureText(verify.error)} />}
      {entries.error && <Alert type="error" title={failureText(entries.error)} />}
      <Table<Entry>
        rowKey="seq"
        size="small"
        pagination={false}
        loading={entries.isPending}
        dataSource={rows}
        data-testid="audit-entries"
        columns={[
          { title: '序号', dataIndex: 'seq', key: 'seq' },
          { title: '时间', key: 'at', render: (_, e) => formatTime(e.at) },
          { title: '操作人', dataIndex: 'actor', key: 'actor' },
          { title: '操作', dataIndex: 'action', key: 'action' },
          { title: '对象', key: 'subject', render: (_, e) => `${e.subjectType} ${e.subjectId}` },
          { title: '哈希', key: 'hash', render: (_, e) => <code title={e.hash}>{e.hash.slice(0, 12)}…</code> },
        ]}
        expandable={{ expandedRowRender: (e) => <pre className="payload">{JSON.stringify(e.payload, null, 2)}</pre> }}
      />
      {entries.hasNextPage && (
        <Button
          onClick={() => void entries.fetchNextPage()}
          loading={entries.isFetchingNextPage}
          style={{ marginTop: 8 }}
        >
          加载更早的记录
        </Button>
      )}
    </section>
  );
}

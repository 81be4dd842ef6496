import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Table, Tag } from 'antd';
import { api, call, failureText, type GetResult } from '../../api/client';
import { formatTime } from '../../components/time';

type Page = GetResult<'/api/observations/rejected'>;
type Rejected = Page['rejected'][number];

const sourceZh: Record<Rejected['source'], string> = {
  http: 'HTTP 接口',
  mqtt: 'MQTT',
  nats: 'NATS JetStream',
  file: '监视目录',
};

/** 被搁置的观测数据 (issue #13): each bad message with where it came from, why it was set aside, and its payload. */
export function DeadLetters() {
  const pages = useInfiniteQuery({
    queryKey: ['observations-rejected'],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: Page) => page.next ?? undefined,
    queryFn: ({ pageParam }): Promise<Page> =>
      call(
        api.GET('/api/observations/rejected', {
          params: { query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    refetchInterval: 30_000,
  });
  const rows = pages.data?.pages.flatMap((page) => page.rejected) ?? [];
  return (
    <section className="panel" aria-labelledby="dead-letters-title">
      <h2 id="dead-letters-title">被搁置的观测数据</h2>
      <div className="toolbar">
        <Button aria-label="刷新被搁置的数据" onClick={() => void pages.refetch()} loading={pages.isRefetching}>
          刷新
        </Button>
      </div>
      {pages.error && <Alert type="error" title={failureText(pages.error)} />}
      <Table<Rejected>
        rowKey="id"
        size="small"
        pagination={false}
        loading={pages.isPending}
        dataSource={rows}
        data-testid="dead-letters"
        locale={{ emptyText: '没有被搁置的观测数据' }}
        columns={[
          { title: '接收时间', key: 'at', render: (_, row) => formatTime(row.receivedAt) },
          { title: '来源', key: 'source', render: (_, row) => <Tag>{sourceZh[row.source] ?? row.source}</Tag> },
          { title: '原因', dataIndex: 'reason', key: 'reason' },
          {
            title: '原始数据',
            key: 'payload',
            render: (_, row) => (
              <code className="payload-line" title={row.payload}>
                {row.payload.length > 80 ? `${row.payload.slice(0, 80)}…` : row.payload}
              </code>
            ),
          },
        ]}
        expandable={{ expandedRowRender: (row) => <pre className="payload">{row.payload}</pre> }}
      />
      {pages.hasNextPage && (
        <Button onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage} style={{ marginTop: 8 }}>
          加载更早的记录
        </Button>
      )}
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Progress } from 'antd';
import { api, call } from '../../api/client';
import { usePermission } from '../../app/session';

/** How far a warning's messages have gone out: sent / waiting / given up, in all and per endpoint. */
export function OutboxProgress({ warningId }: { warningId: string }) {
  const permission = usePermission('warningOutbox.read');
  const progress = useQuery({
    queryKey: ['outbox', warningId],
    enabled: permission.allowed,
    refetchInterval: (query) => (query.state.data && query.state.data.totals.pending > 0 ? 3000 : false),
    queryFn: () => call(api.GET('/api/outbox/warnings/{id}', { params: { path: { id: warningId } } })),
  });
  if (!permission.allowed) return null;
  const totals = progress.data?.totals;
  if (!totals) return <span className="muted">正在读取发送进度…</span>;
  const all = totals.sent + totals.pending + totals.dead;
  if (all === 0)
    return (
      <span className="muted" data-testid="outbox-progress" data-warning={warningId}>
        未配置发布渠道,无待发信息
      </span>
    );
  return (
    <div data-testid="outbox-progress" data-warning={warningId}>
      <Progress
        percent={Math.round(((totals.sent + totals.dead) / all) * 100)}
        success={{ percent: Math.round((totals.sent / all) * 100) }}
        status={totals.dead > 0 ? 'exception' : totals.pending > 0 ? 'active' : 'success'}
        aria-label={`已发送 ${totals.sent},等待 ${totals.pending},放弃 ${totals.dead}`}
      />
      <span>
        已发送 {totals.sent} · 等待 {totals.pending} · 放弃 {totals.dead}
      </span>
      <ul className="compact-list">
        {progress.data?.endpoints.map((endpoint) => (
          <li key={endpoint.endpointId}>
            {endpoint.endpointId}({endpoint.kind ?? '已移除'}):已发送 {endpoint.sent},等待 {endpoint.pending},放弃{' '}
            {endpoint.dead}
          </li>
        ))}
      </ul>
    </div>
  );
}

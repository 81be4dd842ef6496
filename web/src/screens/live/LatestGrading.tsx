import { useQuery } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { api, ApiFailure, call, failureText } from '../../api/client';
import { formatTime } from '../../components/time';
import { GradingResult } from '../duty/GradingResult';
import type { Graded } from '../duty/SituationInput';

const sourceZh: Record<string, string> = {
  request: '人工提交',
  observations: '观测数据自动分级',
  backfill: '历史回算',
};

/**
 * The newest grading (continuous or requested, not a backfill), with each hazard's level and its evidence. The
 * list is asked first, so that "nothing graded yet" is an answer and not a 404 the browser reports as an error.
 */
async function latestGrading() {
  const page = await call(api.GET('/api/assessments', { params: { query: { limit: 20 } } }));
  if (!('assessments' in page) || page.assessments.length === 0) return null;
  if (page.assessments.every((entry) => entry.source === 'backfill') && page.next === null) return null;
  try {
    const answer = await call(api.GET('/api/assessments', { params: { query: { latest: 'true' } } }));
    return 'hazards' in answer ? answer : null;
  } catch (error) {
    // Only backfills on the pages asked: nothing graded live yet.
    if (error instanceof ApiFailure && error.status === 404) return null;
    throw error;
  }
}

export function LatestGrading() {
  const latest = useQuery({ queryKey: ['assessment-latest'], queryFn: latestGrading, refetchInterval: 30_000 });
  const graded = latest.data;
  return (
    <section className="panel" aria-labelledby="latest-grading-title">
      <h2 id="latest-grading-title">最新分级结果</h2>
      <div className="toolbar">
        {graded && (
          <span className="muted" data-testid="latest-grading-source">
            {sourceZh[graded.source] ?? graded.source} · 分级时间 {formatTime(graded.createdAt)} · 预案版本{' '}
            {graded.plan.version}
          </span>
        )}
        <Button aria-label="刷新分级结果" onClick={() => void latest.refetch()} loading={latest.isRefetching}>
          刷新
        </Button>
      </div>
      {latest.error && <Alert type="error" title={failureText(latest.error)} />}
      {latest.data === null && <p className="muted">尚无分级结果。</p>}
      {/* A stored grading carries no new proposal or drafts: those are on the duty screen. */}
      {graded && <GradingResult graded={{ ...graded, proposal: null, drafts: [] } as Graded} />}
    </section>
  );
}

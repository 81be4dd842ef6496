import { Link } from 'react-router';
import type { LevelsNotice as Notice } from '../api/duty-stream';
import { formatTime } from '../components/time';
import { hazardOf, levelOf, useTerms } from './terms';

const changeZh: Record<string, string> = { reached: '达到', raised: '升至', lowered: '降至' };

/**
 * "观测数据自动分级 …: 暴雨达到Ⅳ级": what the continuous grading just reached, on every page of the duty room, until the
 * person dismisses it; the draft and the proposal wait on the duty screen (nothing is issued without a person).
 */
export function LevelsNotice({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const terms = useTerms().data;
  const level = (key: string | null) => levelOf(terms, key)?.zh ?? key ?? '';
  const changes = notice.changes
    .filter((change) => change.kind !== 'unchanged')
    .map((change) => {
      const hazard = hazardOf(terms, change.hazard)?.zh ?? change.hazard;
      if (change.kind === 'ended') return `${hazard}已低于启动标准(原${level(change.from)})`;
      if (change.kind === 'insufficient-data') return `${hazard}数据不足,无法分级`;
      return `${hazard}${changeZh[change.kind] ?? change.kind}${level(change.to)}(${change.clause})`;
    });
  return (
    <div role="status" className="shell-notice" data-testid="levels-notice">
      <span>
        观测数据自动分级({formatTime(notice.at)}):{changes.join(';')}。预警草稿与响应建议待值班人员确认。
      </span>{' '}
      <Link to="/duty">前往值班台</Link>{' '}
      <button type="button" onClick={onDismiss}>
        知道了
      </button>
    </div>
  );
}

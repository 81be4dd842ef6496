import { withAntd } from '../../app/antd';
import { Tabs } from 'antd';
import { permissionOf, useMe } from '../../app/session';
import { Indicators } from './Indicators';
import { LedgerTasks } from './LedgerTasks';
import { ReviewQueue } from './ReviewQueue';
import { Scorecards } from './Scorecards';

/**
 * 督查台账 (issue #12): the ledger by plan, action and unit with its lights; the coordinator's review queue; the
 * plans' indicators against their targets; the units' scorecards. Each tab is the person's by the policy.
 */
function LedgerScreen() {
  const me = useMe().data;
  const may = (operation: Parameters<typeof permissionOf>[1]) => permissionOf(me, operation).allowed;
  return (
    <div className="screen">
      <h1>督查台账</h1>
      <Tabs
        items={[
          ...(may('ledger.read') ? [{ key: 'tasks', label: '台账', children: <LedgerTasks /> }] : []),
          ...(may('ledger.review') || may('ledger.close')
            ? [{ key: 'review', label: '复核', children: <ReviewQueue /> }]
            : []),
          ...(may('ledger.indicators.read') ? [{ key: 'indicators', label: '指标', children: <Indicators /> }] : []),
          ...(may('ledger.scorecards.read') ? [{ key: 'scorecards', label: '考核', children: <Scorecards /> }] : []),
        ]}
      />
    </div>
  );
}

export default withAntd(LedgerScreen);

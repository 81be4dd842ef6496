import { withAntd } from '../../app/antd';
import { Tabs } from 'antd';
import { usePermission } from '../../app/session';
import { Indicators } from './Indicators';
import { Scorecards } from './Scorecards';

/** 督查台账 (issue #12): the plans' indicators against their targets and the units' scorecards. */
function LedgerScreen() {
  const indicators = usePermission('ledger.indicators.read');
  const scorecards = usePermission('ledger.scorecards.read');
  return (
    <div className="screen">
      <h1>督查台账</h1>
      <Tabs
        items={[
          ...(indicators.allowed ? [{ key: 'indicators', label: '指标', children: <Indicators /> }] : []),
          ...(scorecards.allowed ? [{ key: 'scorecards', label: '考核', children: <Scorecards /> }] : []),
        ]}
      />
    </div>
  );
}

export default withAntd(LedgerScreen);

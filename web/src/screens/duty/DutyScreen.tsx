import { withAntd } from '../../app/antd';
import { useMemo, useState } from 'react';
import { GradingResult } from './GradingResult';
import { ProposalPanel } from './ProposalPanel';
import { SituationInput, type Graded } from './SituationInput';
import { WarningPanel } from './WarningPanel';
import './duty.css';

/** 值班 / 态势: the situation and its grading, the response proposals, and the warnings with their outbox. */
function DutyScreen() {
  const [graded, setGraded] = useState<Graded | null>(null);
  // The grading's top hazard pre-fills the warning form: the duty officer confirms or changes it (3.3.2).
  const suggestion = useMemo(() => {
    const hazard = graded?.overall.hazards[0];
    const result = hazard ? graded?.hazards[hazard] : undefined;
    if (!hazard || !result?.level) return undefined;
    const areaCodes = [...new Set(result.evidence.filter((e) => e.holds).flatMap((e) => e.met.ids))];
    return { hazard, level: result.level, areaCodes };
  }, [graded]);
  return (
    <div className="screen">
      <h1>值班 / 态势</h1>
      <SituationInput onGraded={setGraded} />
      {graded && <GradingResult graded={graded} />}
      <div className="two-columns">
        <ProposalPanel />
        <WarningPanel key={graded?.id ?? 'none'} suggestion={suggestion} />
      </div>
    </div>
  );
}

export default withAntd(DutyScreen);

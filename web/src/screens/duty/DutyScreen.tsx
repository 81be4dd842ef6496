import { withAntd } from '../../app/antd';
import { useState } from 'react';
import { DraftPanel } from './DraftPanel';
import { GradingResult } from './GradingResult';
import { ProposalPanel } from './ProposalPanel';
import { SituationInput, type Graded } from './SituationInput';
import { WarningPanel } from './WarningPanel';
import './duty.css';

/**
 * 值班 / 态势: the situation and its grading, the warning drafts the grading made (confirmed, changed or cancelled
 * by the duty officer), the response proposals, and the warnings in force with their outbox.
 */
function DutyScreen() {
  const [graded, setGraded] = useState<Graded | null>(null);
  return (
    <div className="screen">
      <h1>值班 / 态势</h1>
      <SituationInput onGraded={setGraded} />
      {graded && <GradingResult graded={graded} />}
      <DraftPanel />
      <div className="two-columns">
        <ProposalPanel />
        <WarningPanel />
      </div>
    </div>
  );
}

export default withAntd(DutyScreen);

import { WorkflowError } from '../response/workflow-error.ts';
import type { LedgerNode } from './nodes.ts';

/**
 * The supervision chain 立项 → 交办 → 签收 → 办理 → 反馈 → 复核 → 办结销号 as a state machine. Each step names
 * who takes it: the plan's coordinator (quality 五(一) 市场监管部门统筹协调; the registry names one per plan)
 * sets up, hands out, reviews and closes; the lead unit's liaison signs for, reports on and feeds back its own
 * tasks (2.2.3: a liaison speaks for its unit). A return at 复核 sends the task back to 办理 with a reason.
 */
export type LedgerStep = 'setUp' | 'assign' | 'sign' | 'progress' | 'feedback' | 'accept' | 'return' | 'close';

export type LedgerParty = 'coordinator' | 'leadLiaison';

interface StepRule {
  zh: string;
  by: LedgerParty;
  from: readonly LedgerNode[];
  to: LedgerNode;
}

export const ledgerSteps: Record<LedgerStep, StepRule> = {
  setUp: { zh: '立项', by: 'coordinator', from: ['立项'], to: '立项' },
  assign: { zh: '交办', by: 'coordinator', from: ['立项'], to: '交办' },
  sign: { zh: '签收', by: 'leadLiaison', from: ['交办'], to: '签收' },
  progress: { zh: '报送办理进展', by: 'leadLiaison', from: ['签收', '办理'], to: '办理' },
  feedback: { zh: '反馈办理结果', by: 'leadLiaison', from: ['办理'], to: '反馈' },
  accept: { zh: '复核通过', by: 'coordinator', from: ['反馈'], to: '复核' },
  return: { zh: '复核退回', by: 'coordinator', from: ['反馈'], to: '办理' },
  close: { zh: '办结销号', by: 'coordinator', from: ['复核'], to: '办结销号' },
};

/** Who is asking, as the chain sees it (the service works it out from the principal and the registry). */
export interface LedgerParties {
  /** Acts for the plan's coordinating unit (its liaison, a role the registry names, the administrator). */
  coordinator: boolean;
  /** A liaison of one of the task's lead units. */
  leadLiaison: boolean;
}

export interface StepInput {
  node: LedgerNode;
  lead: readonly string[];
  /** Text of a report or feedback; the reason of a return. */
  text?: string | undefined;
}

const partyZh: Record<LedgerParty, string> = { coordinator: '牵头协调单位', leadLiaison: '牵头单位联络员' };

/** Whether the step may be taken now by these parties; the node it leads to, or a WorkflowError naming why not. */
export function takeStep(step: LedgerStep, task: StepInput, parties: LedgerParties): LedgerNode {
  const rule = ledgerSteps[step];
  if (!parties[rule.by])
    throw new WorkflowError('forbidden', 'wrong_party', `「${rule.zh}」由${partyZh[rule.by]}办理`, null);
  if (!rule.from.includes(task.node))
    throw new WorkflowError(
      'conflict',
      'wrong_node',
      `任务当前环节为「${task.node}」,不能「${rule.zh}」(须在「${rule.from.join('」或「')}」环节)`,
    );
  if (step !== 'setUp' && step !== 'accept' && step !== 'close' && task.lead.length === 0)
    throw new WorkflowError('conflict', 'no_lead', '任务尚未确定牵头单位,请先立项', null, 'lead');
  if ((step === 'progress' || step === 'feedback') && !task.text?.trim())
    throw new WorkflowError('invalid', 'text_required', `「${rule.zh}」须填写办理情况`, null, 'text');
  if (step === 'return' && !task.text?.trim())
    throw new WorkflowError('invalid', 'reason_required', '退回须说明理由', null, 'reason');
  return rule.to;
}

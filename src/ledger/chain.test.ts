import { describe, expect, it } from 'vitest';
import { WorkflowError } from '../response/workflow-error.ts';
import { takeStep, type LedgerParties, type LedgerStep } from './chain.ts';
import type { LedgerNode } from './nodes.ts';

const coordinator: LedgerParties = { coordinator: true, leadLiaison: false };
const liaison: LedgerParties = { coordinator: false, leadLiaison: true };
const stranger: LedgerParties = { coordinator: false, leadLiaison: false };
const lead = ['市商务局'];

function refusal(
  step: LedgerStep,
  node: LedgerNode,
  parties: LedgerParties,
  extra: { lead?: string[]; text?: string } = {},
) {
  try {
    takeStep(step, { node, lead: extra.lead ?? lead, text: extra.text }, parties);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkflowError);
    return error as WorkflowError;
  }
  throw new Error('the step was allowed');
}

describe('督查督办 node chain 立项 → 交办 → 签收 → 办理 → 反馈 → 复核 → 办结销号', () => {
  it('the whole chain in order, each step by its party', () => {
    let node: LedgerNode = '立项';
    node = takeStep('setUp', { node, lead: [] }, coordinator);
    expect(node).toBe('立项');
    node = takeStep('assign', { node, lead }, coordinator);
    node = takeStep('sign', { node, lead }, liaison);
    node = takeStep('progress', { node, lead, text: '已完成调研' }, liaison);
    node = takeStep('progress', { node, lead, text: '已起草方案' }, liaison);
    node = takeStep('feedback', { node, lead, text: '已印发' }, liaison);
    node = takeStep('accept', { node, lead }, coordinator);
    node = takeStep('close', { node, lead }, coordinator);
    expect(node).toBe('办结销号');
  });

  it('五(一) 市场监管部门统筹协调: only the coordinator sets up, hands out, reviews and closes', () => {
    for (const [step, node] of [
      ['setUp', '立项'],
      ['assign', '立项'],
      ['accept', '反馈'],
      ['return', '反馈'],
      ['close', '复核'],
    ] as const) {
      expect(refusal(step, node, liaison, { text: '理由' }).code).toBe('wrong_party');
      expect(refusal(step, node, stranger, { text: '理由' }).kind).toBe('forbidden');
    }
  });

  it('2.2.3 a liaison speaks for its unit: only the lead unit’s liaison signs for, reports and feeds back', () => {
    expect(refusal('sign', '交办', coordinator).code).toBe('wrong_party');
    expect(refusal('progress', '签收', coordinator, { text: 'x' }).code).toBe('wrong_party');
    expect(refusal('feedback', '办理', stranger, { text: 'x' }).message).toBe('「反馈办理结果」由牵头单位联络员办理');
  });

  it('issue #12 立项: a task without a lead (the quality plan names none) cannot be handed out', () => {
    const error = refusal('assign', '立项', coordinator, { lead: [] });
    expect(error).toMatchObject({ code: 'no_lead', kind: 'conflict', path: 'lead' });
  });

  it('practice 交办后签收: no step skips the chain (sign before 交办, feedback before 办理, close before 复核)', () => {
    expect(refusal('sign', '立项', liaison).message).toBe('任务当前环节为「立项」,不能「签收」(须在「交办」环节)');
    expect(refusal('feedback', '签收', liaison, { text: 'x' }).code).toBe('wrong_node');
    expect(refusal('close', '反馈', coordinator).code).toBe('wrong_node');
    expect(refusal('assign', '交办', coordinator).code).toBe('wrong_node');
    expect(refusal('setUp', '交办', coordinator).code).toBe('wrong_node');
  });

  it('practice 办理 with 进展报送: a report and a feedback carry what was done', () => {
    expect(refusal('progress', '签收', liaison, { text: '  ' })).toMatchObject({ code: 'text_required', path: 'text' });
    expect(refusal('feedback', '办理', liaison)).toMatchObject({ code: 'text_required' });
  });

  it('issue #12 复核: the coordinator accepts, or returns with a reason back to 办理', () => {
    expect(takeStep('return', { node: '反馈', lead, text: '佐证材料不全' }, coordinator)).toBe('办理');
    expect(refusal('return', '反馈', coordinator)).toMatchObject({ code: 'reason_required', path: 'reason' });
    expect(takeStep('accept', { node: '反馈', lead }, coordinator)).toBe('复核');
  });

  it('办结销号 is final: nothing moves a closed task', () => {
    for (const step of ['setUp', 'assign', 'sign', 'progress', 'feedback', 'accept', 'return', 'close'] as const) {
      const parties = { coordinator: true, leadLiaison: true };
      expect(refusal(step, '办结销号', parties, { text: 'x' }).code).toBe('wrong_node');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { PlanCatalog } from '../catalog/plan-files.ts';
import type { Actor } from '../access/roles.ts';
import { rejectProposal, signProposal, type PendingProposal, type ResponseState } from './decisions.ts';
import { unitsCalled } from './effects.ts';
import { orderKindFor, requiredSigner } from './orders.ts';
import { draftProposal } from './proposals.ts';
import { WorkflowError } from './workflow-error.ts';

const plan = PlanCatalog.load().meteo().plan;
const actor = (role: Actor['role'], unitId: string | null = null): Actor => ({
  id: role,
  username: role,
  displayName: role,
  role,
  unitId,
});
const commander = actor('commander');
const deputy = actor('deputyCommander');
const duty = actor('dutyOfficer');
const none: ResponseState = { level: null, highestLevel: null, hazards: [] };
const t0 = new Date('2025-07-20T00:00:00Z');

function refusal(run: () => unknown): WorkflowError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkflowError) return error;
    throw error;
  }
  throw new Error('the step was allowed');
}

function pending(
  fromLevel: PendingProposal['fromLevel'],
  toLevel: PendingProposal['toLevel'],
  hazards: PendingProposal['hazards'] = ['rainstorm'],
): PendingProposal {
  return { id: 'p', status: 'pending', orderKind: orderKindFor(plan, fromLevel, toLevel), fromLevel, toLevel, hazards };
}

describe('orders and their signers', () => {
  it('a change of level names its order: activate, upgrade, downgrade, terminate', () => {
    expect(orderKindFor(plan, null, 'IV')).toBe('activate');
    expect(orderKindFor(plan, 'IV', 'II')).toBe('upgrade');
    expect(orderKindFor(plan, 'II', 'III')).toBe('downgrade');
    expect(orderKindFor(plan, 'III', null)).toBe('terminate');
    expect(refusal(() => orderKindFor(plan, 'III', 'III')).code).toBe('no_change');
    expect(refusal(() => orderKindFor(plan, null, null)).code).toBe('no_change');
  });

  it('4.3: Ⅰ/Ⅱ orders are signed by the commander, Ⅲ/Ⅳ by a deputy commander', () => {
    expect(requiredSigner(plan, 'activate', null, 'I').role).toBe('commander');
    expect(requiredSigner(plan, 'activate', null, 'II').role).toBe('commander');
    expect(requiredSigner(plan, 'activate', null, 'III').role).toBe('deputyCommander');
    expect(requiredSigner(plan, 'upgrade', 'IV', 'III').role).toBe('deputyCommander');
  });

  it('4.8: lowering or ending is signed with the authority of the level being left', () => {
    expect(requiredSigner(plan, 'downgrade', 'II', 'III').role).toBe('commander');
    expect(requiredSigner(plan, 'terminate', 'III', null).role).toBe('deputyCommander');
    expect(requiredSigner(plan, 'terminate', 'I', null).role).toBe('commander');
  });

  it('4.3: a deputy commander cannot sign a Ⅱ order; the refusal names the clause', () => {
    const error = refusal(() => signProposal(plan, pending(null, 'II'), none, deputy, t0));
    expect(error.kind).toBe('forbidden');
    expect(error.code).toBe('wrong_signer');
    expect(error.message).toMatch(/总指挥.*（预案 4\.3）$/);
    expect(signProposal(plan, pending(null, 'II'), none, commander, t0).next.level).toBe('II');
  });

  it("4.3: a commander does not sign a Ⅳ order either: it is the deputy commander's", () => {
    expect(refusal(() => signProposal(plan, pending(null, 'IV'), none, commander, t0)).code).toBe('wrong_signer');
  });

  it('a proposal made for another state of the response is refused as stale', () => {
    const current: ResponseState = { level: 'III', highestLevel: 'III', hazards: ['rainstorm'] };
    expect(refusal(() => signProposal(plan, pending(null, 'IV'), current, deputy, t0)).code).toBe('stale_proposal');
    expect(
      refusal(() => signProposal(plan, { ...pending(null, 'IV'), status: 'rejected' }, none, deputy, t0)).code,
    ).toBe('not_pending');
  });

  it("a rejection needs a reason and the signer's role", () => {
    expect(refusal(() => rejectProposal(plan, pending(null, 'IV'), none, deputy, ' ')).code).toBe('reason_required');
    expect(refusal(() => rejectProposal(plan, pending(null, 'IV'), none, duty, '未达标准')).code).toBe('wrong_signer');
    expect(() => rejectProposal(plan, pending(null, 'IV'), none, deputy, '雨势减弱')).not.toThrow();
  });
});

describe('proposals (4.2, 4.3)', () => {
  it('4.2(3): an overall assessment needs a written justification', () => {
    const error = refusal(() =>
      draftProposal(
        plan,
        null,
        { targetLevel: 'IV', hazards: ['gale'], basis: { source: 'assessment', justification: '  ' } },
        duty,
      ),
    );
    expect(error).toMatchObject({ code: 'justification_required', path: 'justification', clause: '4.2(3)' });
    const draft = draftProposal(
      plan,
      null,
      { targetLevel: 'IV', hazards: ['gale'], basis: { source: 'assessment', justification: '大风已致停电,将持续' } },
      duty,
    );
    expect(draft).toMatchObject({
      orderKind: 'activate',
      conditionClause: '4.2(3)',
      signer: { role: 'deputyCommander' },
      pendingKey: 'none->IV',
    });
  });

  it("4.2(2): following the region's response cites the region's order", () => {
    expect(
      refusal(() =>
        draftProposal(
          plan,
          null,
          { targetLevel: 'III', hazards: ['snowstorm'], basis: { source: 'regionResponse', sourceReference: '' } },
          duty,
        ),
      ).code,
    ).toBe('source_reference_required');
    expect(
      draftProposal(
        plan,
        null,
        {
          targetLevel: 'III',
          hazards: ['snowstorm'],
          basis: { source: 'regionResponse', sourceReference: '内气发〔2025〕12号' },
        },
        duty,
      ).conditionClause,
    ).toBe('4.2(2)');
  });

  it('the system proposes only from the grading; people only as the duty officer', () => {
    expect(
      draftProposal(
        plan,
        null,
        {
          targetLevel: 'IV',
          hazards: ['rainstorm'],
          basis: { source: 'grading', assessmentId: 'a1', gradingClauses: ['8.2.2(1)'] },
        },
        'system',
      ).conditionClause,
    ).toBe('4.2(1)');
    expect(
      refusal(() =>
        draftProposal(
          plan,
          null,
          { targetLevel: 'IV', hazards: ['rainstorm'], basis: { source: 'assessment', justification: 'x' } },
          commander,
        ),
      ).code,
    ).toBe('not_a_proposer');
  });
});

describe('member units and reports', () => {
  it('4.4.1: at Ⅳ the units the hazard concerns are called, always with 市气象局 and 市应急管理局', () => {
    const names = unitsCalled(plan, 'IV', ['fog']).map((unit) => unit.name);
    expect(names).toEqual(expect.arrayContaining(['市气象局', '市应急管理局']));
    expect(names.length).toBeLessThan(plan.command.memberUnits.length);
  });

  it('4.4.3: at Ⅱ every member unit of 2.1 is called', () => {
    expect(unitsCalled(plan, 'II', ['fog'])).toHaveLength(plan.command.memberUnits.length);
  });

  it("an activation gives each unit its 2.2.2 duties and the level's actions, due on post by the configured time", () => {
    const order = signProposal(plan, pending(null, 'IV', ['rainstorm']), none, deputy, t0);
    const meteo = order.tasks.find((task) => task.unitName === '市气象局')!;
    expect(meteo.duties.some((duty) => duty.clause === '2.2.2')).toBe(true);
    expect(meteo.duties.some((duty) => duty.clause === '4.4.1' && duty.text.includes('上岗到位'))).toBe(true);
    expect(meteo.dueAt).toBe(new Date(t0.getTime() + plan.response.timing.onPostWithinMinutes * 60_000).toISOString());
  });

  it('3.3.2: raising to Ⅳ is reported first to the commission; to Ⅱ to 市委 and 市人民政府', () => {
    const atIV = signProposal(plan, pending(null, 'IV'), none, deputy, t0).obligations;
    expect(atIV).toEqual([
      expect.objectContaining({ kind: 'first-report', to: ['市防灾减灾救灾委员会'], clause: '3.3.2' }),
    ]);
    const atII = signProposal(
      plan,
      pending('IV', 'II'),
      { level: 'IV', highestLevel: 'IV', hazards: ['rainstorm'] },
      commander,
      t0,
    ).obligations;
    expect(atII[0]).toMatchObject({ kind: 'first-report', to: ['市委', '市人民政府'] });
  });

  it('4.8: lowering is reported within 24 hours; ending after a Ⅱ response also owes the region the 5.2 investigation', () => {
    const lowered = signProposal(
      plan,
      pending('II', 'III'),
      { level: 'II', highestLevel: 'II', hazards: ['rainstorm'] },
      commander,
      t0,
    );
    expect(lowered.obligations).toEqual([
      expect.objectContaining({
        kind: 'lowering-report',
        dueAt: '2025-07-21T00:00:00.000Z',
        to: ['市委', '市人民政府相关部门', '自治区气象局'],
      }),
    ]);
    expect(lowered.tasks).toEqual([]);
    const ended = signProposal(
      plan,
      pending('III', null),
      { level: 'III', highestLevel: 'II', hazards: ['rainstorm'] },
      deputy,
      t0,
    );
    expect(ended.next).toEqual({ level: null, highestLevel: 'II', hazards: ['rainstorm'] });
    expect(ended.obligations.map((o) => o.kind)).toEqual([
      'lowering-report',
      'investigation-report',
      'investigation-report',
    ]);
    expect(ended.obligations.at(-1)!.to).toEqual(['自治区党委和政府']);
  });
});

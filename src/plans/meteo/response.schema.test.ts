import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPlansDir, loadPlanFolder } from '../../catalog/plan-files.ts';
import { copyPlan, type PlanCopy } from '../../../test/support/plan-copy.ts';
import type { Level } from '../common.schema.ts';
import type { MeteoPlan } from './index.ts';

const { response } = loadPlanFolder(join(defaultPlansDir, 'meteo-2024')).plan as MeteoPlan;
const at = (level: Level) => {
  const found = response.levels.find((entry) => entry.level === level);
  if (!found) throw new Error(`no response for ${level}`);
  return found;
};

describe('meteo-2024 response (4.x, 5.2, 5.3, 7.1)', () => {
  it('4.3: Ⅰ and Ⅱ orders signed by the commander (总指挥), Ⅲ and Ⅳ by a deputy (副总指挥)', () => {
    const signers = Object.fromEntries(
      response.signers.map((signer) => [signer.level, [signer.role, signer.title, signer.clause]]),
    );
    expect(signers).toEqual({
      I: ['commander', '总指挥', '4.3'],
      II: ['commander', '总指挥', '4.3'],
      III: ['deputyCommander', '副总指挥', '4.3'],
      IV: ['deputyCommander', '副总指挥', '4.3'],
    });
  });

  it('4.3: 市人影指挥部 proposes, 市防灾减灾救灾委员会 decides', () => {
    expect(response.decision).toMatchObject({
      clause: '4.3',
      proposer: '市人影指挥部',
      decider: '市防灾减灾救灾委员会',
    });
  });

  it('4.2: three activation conditions, any one suffices; the major-impact one needs a justification', () => {
    expect(
      response.activation.conditions.map((condition) => [
        condition.clause,
        condition.kind,
        condition.requiresJustification,
      ]),
    ).toEqual([
      ['4.2(1)', 'grading', false],
      ['4.2(2)', 'regionResponse', false],
      ['4.2(3)', 'majorImpactAssessment', true],
    ]);
    expect(response.activation.rule.anyOf).toBe(true);
  });

  it('4.3: several hazards take the highest level; below every threshold only on a justified assessment', () => {
    expect(response.multiHazard.highest.rule).toBe('highestLevel');
    expect(response.multiHazard.combined.requiresJustification).toBe(true);
  });

  it('4.4.1–4.4.4: concerned units at Ⅳ and Ⅲ, every member unit at Ⅱ and Ⅰ', () => {
    expect(at('IV')).toMatchObject({ clause: '4.4.1', memberUnits: { scope: 'concerned' } });
    expect(at('III')).toMatchObject({ clause: '4.4.2', memberUnits: { scope: 'concerned' } });
    expect(at('II')).toMatchObject({ clause: '4.4.3', memberUnits: { scope: 'all' } });
    expect(at('I')).toMatchObject({ clause: '4.4.4', memberUnits: { scope: 'all' } });
    expect(at('IV').memberUnits.text).toContain('相关成员单位视情况');
  });

  it('4.4: 上岗到位 at every level; 24-hour duty at Ⅱ (分管负责人) and Ⅰ (主要负责人); report to 总指挥 and 副总指挥', () => {
    for (const level of ['IV', 'III', 'II', 'I'] as const) {
      const entry = at(level);
      expect(
        entry.onPost.some((post) => post.who === 'memberUnits' && post.text.includes('上岗到位')),
        level,
      ).toBe(true);
      expect(entry.reportTo.to).toEqual(['总指挥', '副总指挥']);
      expect(entry.actions.map((action) => action.actor)).toEqual(
        expect.arrayContaining(['headquarters', 'memberUnits', 'localGovernments']),
      );
    }
    expect(at('IV').dutyRoster).toBeNull();
    expect(at('III').dutyRoster).toBeNull();
    expect(at('II').dutyRoster).toMatchObject({ hours: 24 });
    expect(at('II').frontLine).toMatchObject({ who: '分管负责人' });
    expect(at('I').frontLine).toMatchObject({ who: '主要负责人' });
  });

  it('4.8: lowering or ending is reported within 24 h to 市委, 市人民政府相关部门 and 自治区气象局', () => {
    expect(response.lowering).toMatchObject({
      clause: '4.8',
      withinHours: 24,
      appliesTo: ['downgrade', 'terminate'],
      to: ['市委', '市人民政府相关部门', '自治区气象局'],
    });
  });

  it('4.8: an upgrade is signed for the new level, a downgrade or termination by the signer of the level left', () => {
    const signer = Object.fromEntries(response.orders.map((order) => [order.kind, order.signer]));
    expect(signer).toEqual({
      activate: 'orderLevel',
      upgrade: 'orderLevel',
      downgrade: 'levelLeft',
      terminate: 'levelLeft',
    });
  });

  it('5.2: investigated after the response; Ⅱ and Ⅰ reported to 自治区党委和政府', () => {
    expect(response.investigation).toMatchObject({
      clause: '5.2',
      after: 'responseEnded',
      organisedBy: '灾害发生地旗区人民政府',
    });
    const regional = response.investigation.reports.find((report) => report.to.includes('自治区党委和政府'));
    expect(regional).toMatchObject({ levels: ['II', 'I'], reporter: '市人民政府或者应急指挥机构' });
  });

  it('5.3, 7.1, 4.1, 4.9: loss verification, drills, information report and release', () => {
    expect(response.lossVerification).toMatchObject({ clause: '5.3', by: '各级应急管理部门' });
    expect(response.drills).toMatchObject({
      clause: '7.1',
      organisedBy: '各级指挥部',
      participants: '各成员单位',
      frequency: 'irregular',
    });
    expect(response.informationReport.clause).toBe('4.1');
    expect(response.informationRelease.clause).toBe('4.9');
  });
});

describe('a broken response.json is refused with file, path and reason', () => {
  let copy: PlanCopy;
  beforeEach(() => {
    copy = copyPlan('meteo-2024');
  });
  afterEach(() => copy.remove());

  type Json = {
    signers: { level: string; title: string }[];
    lowering: Record<string, unknown>;
    levels: { actions: { text: string }[] }[];
  };

  it('a level with no signer', () => {
    copy.edit<Json>('response.json', (json) => {
      json.signers = json.signers.filter((signer) => signer.level !== 'III');
    });
    const error = copy.refusal();
    expect(error.file).toMatch(/meteo-2024\/response\.json$/);
    expect(error.issues[0]).toMatchObject({ path: 'signers', message: 'no signer for level III' });
  });

  it('the report window written as text', () => {
    copy.edit<Json>('response.json', (json) => {
      json.lowering.withinHours = '24小时';
    });
    const error = copy.refusal();
    expect(error.issues[0]!.path).toBe('lowering.withinHours');
    expect(error.issues[0]!.message).toMatch(/number/);
  });

  it('the report addressees missing', () => {
    copy.edit<Json>('response.json', (json) => {
      delete json.lowering.to;
    });
    const error = copy.refusal();
    expect(error.issues[0]!.path).toBe('lowering.to');
  });

  it('an action that is not a passage of its clause', () => {
    copy.edit<Json>('response.json', (json) => {
      json.levels[0]!.actions[1]!.text = '全体成员单位进入Ⅳ级应急响应状态';
    });
    const error = copy.refusal();
    expect(error.issues[0]).toMatchObject({ path: 'levels[0].actions[1].text', message: 'not a passage of 4.4.1' });
  });

  it('a signer title that command.json does not use', () => {
    copy.edit<Json>('response.json', (json) => {
      json.signers[0]!.title = '副市长';
    });
    const error = copy.refusal();
    expect(error.file).toMatch(/response\.json$/);
    expect(error.issues[0]).toMatchObject({
      path: 'signers[0].title',
      message: 'command.json calls the commander 总指挥',
    });
  });
});

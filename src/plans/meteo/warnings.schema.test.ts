import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPlansDir, loadPlanFolder } from '../../catalog/plan-files.ts';
import { copyPlan, type PlanCopy } from '../../../test/support/plan-copy.ts';
import { hazardKeys } from './hazards.schema.ts';
import type { MeteoPlan } from './index.ts';

const { warnings } = loadPlanFolder(join(defaultPlansDir, 'meteo-2024')).plan as MeteoPlan;

describe('meteo-2024 warnings (3.3)', () => {
  it('3.3.2: Ⅱ and Ⅰ are reported first to 市委、市人民政府; Ⅳ and Ⅲ to 市防灾减灾救灾委员会', () => {
    expect(warnings.firstReport.map((route) => [route.levels, route.to, route.clause])).toEqual([
      [['II', 'I'], ['市委', '市人民政府'], '3.3.2'],
      [['IV', 'III'], ['市防灾减灾救灾委员会'], '3.3.2'],
    ]);
    expect(warnings.release.principles).toEqual(['归口管理', '统一发布', '快速传播']);
  });

  it('3.3.3: an issue carries issuer, time, hazard, level, onset, area, validity; a cancel issuer, hazard, level, time', () => {
    expect(warnings.content.issue.map((field) => field.key)).toEqual([
      'issuer',
      'issuedAt',
      'hazard',
      'level',
      'onset',
      'area',
      'validity',
    ]);
    expect(warnings.content.cancel.map((field) => field.key)).toEqual(['issuer', 'hazard', 'level', 'cancelledAt']);
    expect(warnings.content.update.triggers).toEqual(['content', 'level']);
    expect(warnings.content.openEnded).toBe(true);
  });

  it('3.3.4: eight public channels; full-network SMS for 暴雨, 暴雪, 大风 or a warning judged of major impact', () => {
    expect(warnings.dissemination.channels.map((channel) => channel.zh)).toEqual([
      '广播',
      '电视',
      '网站',
      '手机短信',
      '电子显示屏',
      '微信',
      '微博',
      '手机APP',
    ]);
    expect(warnings.dissemination.fullNetworkSms).toMatchObject({
      clause: '3.3.4',
      hazards: ['rainstorm', 'snowstorm', 'gale'],
      majorImpact: { requiresJudgement: true },
    });
  });

  it("validity: a default for each of the nine hazards, marked as the project's configuration", () => {
    expect(warnings.validity.source).toBe('projectConfiguration');
    expect(warnings.validity.notes.join(' ')).toMatch(/does not fix/);
    expect(warnings.validity.defaults.map((entry) => entry.hazard)).toEqual([...hazardKeys]);
    expect(warnings.validity.defaults.find((entry) => entry.hazard === 'drought')).toMatchObject({
      hours: 168,
      clause: '8.2.1',
    });
  });
});

describe('a broken warnings.json is refused with file, path and reason', () => {
  let copy: PlanCopy;
  beforeEach(() => {
    copy = copyPlan('meteo-2024');
  });
  afterEach(() => copy.remove());

  type Json = {
    firstReport: { levels: string[] }[];
    dissemination: { fullNetworkSms: { hazards: string[] } };
    validity: { defaults: { hazard: string; clause: string; hours: unknown }[] };
    content: Record<string, unknown>;
  };

  it('an SMS hazard that is not one of the nine', () => {
    copy.edit<Json>('warnings.json', (json) => {
      json.dissemination.fullNetworkSms.hazards.push('hail');
    });
    const error = copy.refusal();
    expect(error.file).toMatch(/meteo-2024\/warnings\.json$/);
    expect(error.issues[0]!.path).toBe('dissemination.fullNetworkSms.hazards[3]');
  });

  it('a level without a first-report route', () => {
    copy.edit<Json>('warnings.json', (json) => {
      json.firstReport[1]!.levels = ['IV'];
    });
    const error = copy.refusal();
    expect(error.issues[0]).toMatchObject({ path: 'firstReport', message: 'no first report for level III' });
  });

  it('the cancel fields missing', () => {
    copy.edit<Json>('warnings.json', (json) => {
      delete json.content.cancel;
    });
    const error = copy.refusal();
    expect(error.issues[0]!.path).toBe('content.cancel');
  });

  it('a validity of the wrong type', () => {
    copy.edit<Json>('warnings.json', (json) => {
      json.validity.defaults[1]!.hours = '24h';
    });
    const error = copy.refusal();
    expect(error.issues[0]!.path).toBe('validity.defaults[1].hours');
  });

  it("a validity citing another hazard's grading clause (checked against hazards.json)", () => {
    copy.edit<Json>('warnings.json', (json) => {
      json.validity.defaults[1]!.clause = '8.2.3';
    });
    const error = copy.refusal();
    expect(error.file).toMatch(/warnings\.json$/);
    expect(error.issues[0]).toMatchObject({
      path: 'validity.defaults[1].clause',
      message: 'rainstorm is graded by 8.2.2, not 8.2.3',
    });
  });
});

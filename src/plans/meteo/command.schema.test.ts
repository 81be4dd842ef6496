import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPlansDir, loadPlanFolder } from '../../catalog/plan-files.ts';
import { copyPlan, type PlanCopy } from '../../../test/support/plan-copy.ts';
import { hazardKeys } from './hazards.schema.ts';
import type { MeteoPlan } from './index.ts';

const { command } = loadPlanFolder(join(defaultPlansDir, 'meteo-2024')).plan as MeteoPlan;
const unit = (name: string) => {
  const found = command.memberUnits.find((entry) => entry.name === name);
  if (!found) throw new Error(`no member unit ${name}`);
  return found;
};

describe('meteo-2024 command structure (2.x)', () => {
  it('2.1: 市人影指挥部 under 市防灾减灾救灾委员会, commander 市人民政府分管副市长, deputies 市气象局局长 and 市应急管理局局长', () => {
    expect(command.commission.name).toBe('市防灾减灾救灾委员会');
    expect(command.headquarters).toMatchObject({
      name: '市人工影响天气与气象灾害防御指挥部',
      shortName: '市人影指挥部',
      clause: '2.1',
    });
    expect(command.commander).toMatchObject({ role: 'commander', title: '总指挥', holder: '市人民政府分管副市长' });
    expect(command.deputyCommanders.map((deputy) => [deputy.holder, deputy.unitId])).toEqual([
      ['市气象局局长', 'meteorological-bureau'],
      ['市应急管理局局长', 'emergency-management-bureau'],
    ]);
  });

  it("2.1: all 31 member units, in 2.1's order and wording, each with ascii id and clause", () => {
    expect(command.memberUnits).toHaveLength(31);
    expect(command.memberUnits.map((entry) => entry.name).join('、')).toBe(command.memberUnitsText.text);
    expect(command.memberUnits[0]!.name).toBe('鄂尔多斯军分区');
    expect(command.memberUnits.at(-1)!.name).toBe('鄂尔多斯机场管理集团有限公司');
    for (const entry of command.memberUnits) {
      expect(entry.id).toMatch(/^[a-z0-9-]+$/);
      expect(entry.clause).toBe('2.1');
    }
    expect(new Set(command.memberUnits.map((entry) => entry.id)).size).toBe(31);
  });

  it('2.2.2: every member unit carries its duties, split into task items', () => {
    for (const entry of command.memberUnits) {
      expect(entry.duties.clause).toBe('2.2.2');
      expect(entry.duties.items.length).toBeGreaterThan(0);
    }
    expect(unit('市气象局').duties.items).toContain('承担市人影指挥部职责。');
    expect(unit('市应急管理局').duties.items).toHaveLength(5);
    expect(unit('市商务局').duties.text).toBe('负责协调组织重要生活必需品的应急供应。');
  });

  it('2.2.2: grouped entries give each unit of the group the duties — 军分区 with 支队, the three operators', () => {
    expect(unit('鄂尔多斯支队').duties).toMatchObject({
      entry: '鄂尔多斯军分区、鄂尔多斯支队',
      sharedWith: ['鄂尔多斯军分区'],
    });
    expect(unit('鄂尔多斯军分区').duties.text).toBe(unit('鄂尔多斯支队').duties.text);
    const operators = ['中国联通鄂尔多斯分公司', '中国电信鄂尔多斯分公司', '中国移动鄂尔多斯分公司'].map(unit);
    for (const operator of operators) {
      expect(operator.duties.sharedWith).toHaveLength(2);
      expect(operator.duties.text).toContain('气象灾害预警信息发布绿色通道');
    }
    expect(unit('鄂尔多斯支队').notes.join(' ')).toMatch(/武警/);
  });

  it('4.4.1–4.4.2 reading: 市气象局 and 市应急管理局 are always concerned; every hazard concerns some other unit', () => {
    const always = command.memberUnits.filter((entry) => entry.concern.always).map((entry) => entry.name);
    expect(always).toEqual(['市应急管理局', '市气象局']);
    for (const hazard of hazardKeys) {
      const concerned = command.memberUnits.filter(
        (entry) => !entry.concern.always && entry.concern.hazards.includes(hazard),
      );
      expect(concerned.length, hazard).toBeGreaterThan(0);
    }
    expect(unit('市水利局').concern.hazards).toEqual(['drought', 'rainstorm']);
    for (const entry of command.memberUnits) expect(entry.concern.reading).toMatch(/\S/);
  });

  it("2.2.1, 2.2.3, 2.3, 2.4: the headquarters' duties, liaison system, command centre and expert group", () => {
    expect(command.headquartersDuties.clause).toBe('2.2.1');
    expect(command.headquartersDuties.items).toHaveLength(4);
    expect(command.liaison).toMatchObject({ clause: '2.2.3', every: '成员单位' });
    expect(command.liaison.duties.map((duty) => duty.recurrence)).toContain('onChange');
    expect(command.localCommands.clause).toBe('2.2.3');
    expect(command.commandCentre).toMatchObject({ clause: '2.3', location: '市气象局', name: '气象灾害应急指挥中心' });
    expect(command.expertGroup).toMatchObject({ clause: '2.4', formedBy: '市人影指挥部' });
    expect(command.unlistedUnits.text).toMatch(/^本预案未列出的部门和单位/);
  });
});

describe('a broken command.json is refused with file, path and reason', () => {
  let copy: PlanCopy;
  beforeEach(() => {
    copy = copyPlan('meteo-2024');
  });
  afterEach(() => copy.remove());

  type Json = {
    memberUnits: { id: string; name: string; duties?: Record<string, unknown>; concern: { hazards: string[] } }[];
  };

  it('a member unit of 2.1 left out', () => {
    copy.edit<Json>('command.json', (json) => {
      json.memberUnits.splice(8, 1);
    });
    const error = copy.refusal();
    expect(error.file).toMatch(/meteo-2024\/command\.json$/);
    expect(error.issues[0]).toMatchObject({ path: 'memberUnits', message: 'units of 2.1 without an entry: 市司法局' });
  });

  it('duty items of the wrong type', () => {
    copy.edit<Json>('command.json', (json) => {
      json.memberUnits[3]!.duties!.items = '负责指导';
    });
    const error = copy.refusal();
    expect(error.file).toMatch(/command\.json$/);
    expect(error.issues[0]!.path).toBe('memberUnits[3].duties.items');
    expect(error.issues[0]!.message).toMatch(/array/);
  });

  it('a unit without duties', () => {
    copy.edit<Json>('command.json', (json) => {
      delete json.memberUnits[10]!.duties;
    });
    const error = copy.refusal();
    expect(error.issues[0]!.path).toBe('memberUnits[10].duties');
  });

  it('two units with one id', () => {
    copy.edit<Json>('command.json', (json) => {
      json.memberUnits[5]!.id = json.memberUnits[4]!.id;
    });
    const error = copy.refusal();
    expect(error.issues[0]).toMatchObject({
      path: 'memberUnits[5].id',
      message: 'unit id "science-technology-bureau" is used twice',
    });
  });

  it('a hazard that is not one of the nine', () => {
    copy.edit<Json>('command.json', (json) => {
      json.memberUnits[14]!.concern.hazards.push('flood');
    });
    const error = copy.refusal();
    expect(error.issues[0]!.path).toBe('memberUnits[14].concern.hazards[2]');
  });
});

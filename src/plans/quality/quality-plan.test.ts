import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPlansDir, loadPlanFolder } from '../../catalog/plan-files.ts';
import { copyPlan, type PlanCopy } from '../../../test/support/plan-copy.ts';
import type { QualityPlan } from './index.ts';
import type { QualityTarget } from './targets.schema.ts';
import { summarizeQualityPlan } from './summary.ts';

const plan = loadPlanFolder(join(defaultPlansDir, 'quality-2024')).plan as QualityPlan;

function target(plan: QualityPlan, id: string): QualityTarget {
  const found = plan.targets.periods.flatMap((period) => period.targets).find((entry) => entry.id === id);
  if (!found) throw new Error(`no target ${id}`);
  return found;
}

describe('quality-2024 as data', () => {
  it('四: 8 actions (一)…(八) with 28 measures, as the text declares', () => {
    const { actions, intro } = plan.actions;
    expect(actions.map((action) => action.clause)).toEqual([
      '四(一)',
      '四(二)',
      '四(三)',
      '四(四)',
      '四(五)',
      '四(六)',
      '四(七)',
      '四(八)',
    ]);
    expect(actions.map((action) => action.measures.length)).toEqual([3, 4, 4, 3, 3, 3, 3, 5]);
    expect(intro.declared).toEqual({ actions: 8, measures: 28, tasks: 231 });
  });

  it('四: every measure has its clause, title, text and responsible departments, and no invented lead', () => {
    const measures = plan.actions.actions.flatMap((action) => action.measures);
    expect(measures).toHaveLength(28);
    for (const measure of measures) {
      expect(measure.clause).toMatch(/^四\([一二三四五六七八]\)[1-5]$/);
      expect(measure.text.startsWith(`${measure.title}。`)).toBe(true);
      expect(measure.responsible.departments.length).toBeGreaterThan(0);
      // 责任单位 lists departments without a lead: the lead is chosen at 立项, not read into the data.
      expect(Object.keys(measure.responsible).sort()).toEqual(['clause', 'departments', 'text']);
    }
    const first = measures[0]!;
    expect(first).toMatchObject({ id: '4.1.1', clause: '四(一)1', title: '增强质量发展创新动能' });
    expect(first.responsible.departments[0]).toBe('市科学技术局');
    expect(first.responsible.departments).toContain('鄂尔多斯高新技术产业开发区管理委员会');
    const last = measures.at(-1)!;
    expect(last).toMatchObject({ id: '4.8.5', clause: '四(八)5', title: '夯实质量发展人才基础' });
    expect(last.responsible.departments).toEqual([
      '市委组织部',
      '市委机构编制委员会办公室',
      '市人力资源和社会保障局',
      '市市场监督管理局',
      '市总工会',
      '共青团鄂尔多斯市委员会',
      '市教育体育局',
    ]);
  });

  it('三(2025): 有效注册商标 ≥ 56000 件 after 7% growth; 一站式窗口 10 个 after 100%; 标准 100 项 after 5%', () => {
    expect(target(plan, '2025-registered-trademarks')).toMatchObject({
      kind: 'quantified',
      clause: '三(2025)',
      unit: '件',
      comparison: 'gte',
      value: 56000,
      growth: { percent: 7 },
    });
    expect(target(plan, '2025-one-stop-windows')).toMatchObject({ unit: '个', value: 10, growth: { percent: 100 } });
    expect(target(plan, '2025-standards')).toMatchObject({ unit: '项', value: 100, growth: { percent: 5 } });
  });

  it('三(2026): 地理标志商标 11 个 after 10% growth; ≥ 2 national/regional testing centres', () => {
    expect(target(plan, '2026-geographical-indications')).toMatchObject({
      clause: '三(2026)',
      value: 11,
      growth: { percent: 10 },
    });
    expect(target(plan, '2026-testing-centres')).toMatchObject({ comparison: 'gte', value: 2, unit: '个' });
  });

  it('三(2027): equipment investment +50% over 2023; 98% and 100% pass rates kept throughout', () => {
    const investment = target(plan, '2027-equipment-investment');
    expect(investment).toMatchObject({
      clause: '三(2027)',
      growth: { percent: 50, comparison: 'gte', baselineYear: 2023 },
    });
    expect(investment).not.toHaveProperty('value');
    expect(target(plan, '2027-agri-product-monitoring')).toMatchObject({
      comparison: 'gte',
      value: 98,
      unit: '%',
      sustained: true,
    });
    expect(target(plan, '2027-construction-acceptance')).toMatchObject({
      comparison: 'eq',
      value: 100,
      unit: '%',
      sustained: true,
    });
    expect(target(plan, '2027-overall-rank')).toMatchObject({
      kind: 'qualitative',
      text: '质量总体水平稳居全区第一梯队',
    });
  });

  it("三: the goals for 2025, 2026, 2027 and 十五五末, each target quoting its period's text", () => {
    expect(plan.targets.periods.map((period) => period.year)).toEqual([2025, 2026, 2027, 2030]);
    for (const period of plan.targets.periods) {
      for (const entry of period.targets) {
        expect(entry.clause).toBe(period.clause);
        expect(period.text).toContain(entry.text);
      }
    }
  });

  it('五: 组织领导, 投入, 督查考核, coordinated by 市市场监督管理局', () => {
    expect(plan.supervision.items.map((item) => [item.clause, item.title])).toEqual([
      ['五(一)', '加强组织领导'],
      ['五(二)', '加大投入力度'],
      ['五(三)', '加强督查考核'],
    ]);
    expect(plan.supervision.coordinator).toMatchObject({ department: '市市场监督管理局', clause: '五(一)' });
    expect(plan.supervision.coordinator.text).toContain('市场监管部门要做好统筹协调');
  });

  it('附件: the 231 yearly tasks are declared but not in the source text, so none are entered yet', () => {
    expect(plan.tasks.annex).toMatchObject({ inSourceText: false, declaredTasks: 231 });
    expect(plan.tasks.tasks).toEqual([]);
  });

  it('the summary names the counts, the figures and the coordinator', () => {
    const text = summarizeQualityPlan(plan).join('\n');
    expect(text).toContain('8 actions, 28 measures');
    expect(text).toContain('有效注册商标总量 ≥ 56000 件, growth ≥ 7%');
    expect(text).toContain('全市工业领域设备投资规模 growth ≥ 50% over 2023');
    expect(text).toContain('coordinator 市市场监督管理局');
    expect(text).toContain('0 of 231 entered');
  });
});

describe('a broken quality plan is refused with file, path and reason', () => {
  let copy: PlanCopy;
  beforeEach(() => {
    copy = copyPlan('quality-2024');
  });
  afterEach(() => copy.remove());

  it('a target value of the wrong type', () => {
    copy.edit<{ periods: { targets: { value?: unknown }[] }[] }>('targets.json', (json) => {
      json.periods[0]!.targets[3]!.value = '5.6万';
    });
    const error = copy.refusal();
    expect(error.file).toMatch(/quality-2024\/targets\.json$/);
    expect(error.issues[0]).toMatchObject({ path: 'periods[0].targets[3].value' });
    expect(error.issues[0]!.message).toMatch(/number/);
  });

  it('a measure without its responsible departments', () => {
    copy.edit<{ actions: { measures: Record<string, unknown>[] }[] }>('actions.json', (json) => {
      delete json.actions[2]!.measures[0]!.responsible;
    });
    const error = copy.refusal();
    expect(error.file).toMatch(/quality-2024\/actions\.json$/);
    expect(error.issues[0]).toMatchObject({ path: 'actions[2].measures[0].responsible' });
  });

  it('a measure dropped from an action no longer matches the declared 28', () => {
    copy.edit<{ actions: { measures: unknown[] }[] }>('actions.json', (json) => {
      json.actions[7]!.measures.pop();
    });
    const error = copy.refusal();
    expect(error.file).toMatch(/actions\.json$/);
    expect(error.issues.map((issue) => issue.message)).toContain('the text declares 28 measures; the data holds 27');
  });

  it('a lead read into the 责任单位 the text does not name', () => {
    copy.edit<{ actions: { measures: { responsible: Record<string, unknown> }[] }[] }>('actions.json', (json) => {
      json.actions[0]!.measures[0]!.responsible.lead = '市科学技术局';
    });
    const error = copy.refusal();
    expect(error.issues[0]).toMatchObject({ path: 'actions[0].measures[0].responsible' });
    expect(error.issues[0]!.message).toMatch(/lead/);
  });

  it('a yearly task naming a measure the plan does not have', () => {
    copy.edit<{ tasks: unknown[] }>('tasks.json', (json) => {
      json.tasks.push({
        id: '2025-4.9.1-01',
        measureId: '4.9.1',
        year: 2025,
        text: '示例',
        lead: '市市场监督管理局',
        clause: '附件',
      });
    });
    const error = copy.refusal();
    expect(error.file).toMatch(/tasks\.json$/);
    expect(error.issues[0]).toMatchObject({
      path: 'tasks[0].measureId',
      message: 'no measure "4.9.1" in actions.json',
    });
  });

  it('a target with a level but no unit', () => {
    copy.edit<{ periods: { targets: Record<string, unknown>[] }[] }>('targets.json', (json) => {
      delete json.periods[1]!.targets[6]!.unit;
    });
    const error = copy.refusal();
    expect(error.issues[0]).toMatchObject({ path: 'periods[1].targets[6]' });
    expect(error.issues[0]!.message).toMatch(/value, unit, comparison and wording together/);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanCatalog } from '../catalog/plan-files.ts';
import { planMeasures, resolveMeasure, UnknownMeasureError } from './plan-measures.ts';
import { splitUnitNames, UnitRegistry, UnitRegistryFile, UnknownUnitError } from './units.ts';

const catalog = PlanCatalog.load();
const units = catalog.units();

describe('the city unit registry (plans/city/units.json)', () => {
  it('issue #12: the short forms offices write resolve to the full names', () => {
    const expected: Record<string, string> = {
      市发改委: '市发展和改革委员会',
      市工信局: '市工业和信息化局',
      市科技局: '市科学技术局',
      市市场监管局: '市市场监督管理局',
      市住建局: '市住房和城乡建设局',
      市卫健委: '市卫生健康委员会',
      市文旅局: '市文化和旅游局',
      市人社局: '市人力资源和社会保障局',
      市农牧局: '市农牧局',
      市林草局: '市林业和草原局',
      市国资委: '市国有资产监督管理委员会',
      市政数局: '市行政审批政务服务与数据管理局',
    };
    for (const [short, full] of Object.entries(expected)) expect(units.resolve(short).name).toBe(full);
    expect(units.resolve(' 市市场 监督管理局 ').name).toBe('市市场监督管理局');
  });

  it('issue #12: an unknown name is an error, never a new unit', () => {
    const before = units.units().length;
    expect(() => units.resolve('市质监局')).toThrow(UnknownUnitError);
    expect(() => units.resolve('市质监局')).toThrow('unknown unit "市质监局"');
    expect(units.units()).toHaveLength(before);
  });

  it('every department the three plans name resolves; meteo member units keep their ids', () => {
    for (const plan of catalog.list())
      for (const measure of planMeasures(plan))
        for (const name of measure.departments) expect(units.tryResolve(name), name).toBeDefined();
    for (const member of catalog.meteo().plan.command.memberUnits)
      expect(units.resolve(member.name).id).toBe(member.id);
    expect(units.resolve('鄂尔多斯金融监管分局').name).toBe('国家金融监督管理总局鄂尔多斯监管分局');
  });

  it('issue #12: each plan has its coordinator (市市场监督管理局, 市生态环境局, 市人影指挥部)', () => {
    expect(units.coordinatorOf('quality-2024')?.unit.name).toBe('市市场监督管理局');
    expect(units.coordinatorOf('air-2024')?.unit.name).toBe('市生态环境局');
    expect(units.coordinatorOf('meteo-2024')?.unit.name).toBe(catalog.meteo().plan.command.headquarters.name);
    expect(units.resolve('市人影指挥部').name).toBe('市人工影响天气与气象灾害防御指挥部');
  });

  it('a name given to two units is refused at load, naming it', () => {
    const raw = JSON.parse(readFileSync(new URL('../../plans/city/units.json', import.meta.url), 'utf8')) as {
      units: { aliases: string[] }[];
    };
    raw.units[1]!.aliases.push('市发改委');
    const parsed = UnitRegistryFile.safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toBe('"市发改委" already names 市工业和信息化局');
    expect(() => new UnitRegistry(UnitRegistryFile.parse({ ...raw, units: [] }))).toThrow();
  });

  it('contract: 牵头单位 / 配合单位 split on 、 ， , ; ； and line breaks', () => {
    expect(splitUnitNames('市发改委、市工信局，市科技局,市住建局;市卫健委；市文旅局\n市人社局\r\n 市农牧局 ')).toEqual([
      '市发改委',
      '市工信局',
      '市科技局',
      '市住建局',
      '市卫健委',
      '市文旅局',
      '市人社局',
      '市农牧局',
    ]);
    expect(splitUnitNames('  ')).toEqual([]);
  });
});

describe('contract: 重点任务 names a measure by clause, title or both', () => {
  const measures = planMeasures(catalog.quality());

  it('by clause, by title, by both (full-width brackets and spaces read as the plan writes them)', () => {
    expect(resolveMeasure(measures, '四(一)1').title).toBe('增强质量发展创新动能');
    expect(resolveMeasure(measures, '增强质量发展创新动能').clause).toBe('四(一)1');
    expect(resolveMeasure(measures, '四(一)1 增强质量发展创新动能').clause).toBe('四(一)1');
    expect(resolveMeasure(measures, '四（八）5\n夯实质量发展人才基础').clause).toBe('四(八)5');
    expect(resolveMeasure(measures, '四(一)1').actionClause).toBe('四(一)');
  });

  it('a clause and a title that name different measures, or nothing the plan has, are refused', () => {
    expect(() => resolveMeasure(measures, '四(一)1 夯实质量发展人才基础')).toThrow(UnknownMeasureError);
    expect(() => resolveMeasure(measures, '四(九)1')).toThrow('no measure of the plan is named "四(九)1"');
    expect(() => resolveMeasure(measures, '')).toThrow(UnknownMeasureError);
  });

  it('the quality plan names no lead; the air plan names its 牵头单位 and 配合单位', () => {
    expect(measures.every((measure) => measure.lead.length === 0 && measure.departments.length > 0)).toBe(true);
    expect(measures).toHaveLength(28);
    const air = planMeasures(catalog.air());
    expect(air[0]).toMatchObject({
      clause: '二(一)',
      lead: ['市发展和改革委员会', '市工业和信息化局', '市生态环境局'],
      partners: ['市能源局'],
    });
    expect(planMeasures(catalog.meteo()).map((duty) => duty.clause)).toEqual(['7.1', '2.2.3', '7.2', '7.4.1']);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPlansDir, loadPlanFolder } from '../../catalog/plan-files.ts';
import type { MeteoPlan } from './index.ts';
import { summarizeMeteoPlan } from './summary.ts';

describe('plan show meteo-2024', () => {
  const lines = summarizeMeteoPlan(loadPlanFolder(join(defaultPlansDir, 'meteo-2024')).plan as MeteoPlan);

  it('lists each hazard with its levels, lowest first', () => {
    expect(lines).toContain('  暴雨 rainstorm: Ⅳ级 Ⅲ级 Ⅱ级 Ⅰ级');
    expect(lines).toContain('  农牧业干旱 drought: Ⅲ级 Ⅱ级 Ⅰ级');
  });

  it('names the command, the member units, the signers, the SMS hazards and the 24 h report', () => {
    const text = lines.join('\n');
    expect(text).toContain('总指挥: 市人民政府分管副市长');
    expect(text).toContain('副总指挥: 市气象局局长、市应急管理局局长');
    expect(text).toMatch(/member units: 31: 鄂尔多斯军分区、市委宣传部、.*、鄂尔多斯机场管理集团有限公司/);
    expect(text).toContain('orders signed by (4.3): Ⅳ级 副总指挥, Ⅲ级 副总指挥, Ⅱ级 总指挥, Ⅰ级 总指挥');
    expect(text).toContain('full-network SMS (3.3.4): 暴雨、暴雪、大风, or any warning judged of major impact');
    expect(text).toContain('report within 24 h to 市委、市人民政府相关部门、自治区气象局');
  });
});

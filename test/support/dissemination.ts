import { join } from 'node:path';
import { defaultPlansDir, loadPlanFolder } from '../../src/catalog/plan-files.ts';
import type { WarningForDissemination } from '../../src/alerts/dissemination/warning.ts';
import type { MeteoPlan } from '../../src/plans/meteo/index.ts';

/** The shipped meteo plan; a fresh copy each call, so a test may change it. */
export function meteoPlan(): MeteoPlan {
  return structuredClone(loadPlanFolder(join(defaultPlansDir, 'meteo-2024')).plan as MeteoPlan);
}

/** A Ⅱ (orange) rainstorm alert over two divisions, issued 2024-07-01 08:00 Beijing time. */
export function sampleWarning(overrides: Partial<WarningForDissemination> = {}): WarningForDissemination {
  return {
    id: 'msg-0001',
    identifier: 'CN-150600-20240701T0800-rainstorm-1',
    msgType: 'Alert',
    status: 'Actual',
    hazard: 'rainstorm',
    level: 'II',
    headlineZh: '鄂尔多斯市气象台发布暴雨橙色预警',
    descriptionZh: '预计未来24小时东胜区、康巴什区将出现暴雨,局地大暴雨,请注意防范城市内涝和山洪',
    areaCodes: ['150602', '150603'],
    sent: '2024-07-01T00:00:00.000Z',
    expires: '2024-07-02T00:00:00.000Z',
    capXml: '<?xml version="1.0" encoding="UTF-8"?><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"/>',
    ...overrides,
  };
}

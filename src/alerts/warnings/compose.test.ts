import { describe, expect, it } from 'vitest';
import { capSchemaErrors } from '../../../test/support/cap-schema.ts';
import { loadGeography } from '../../catalog/geography.ts';
import { PlanCatalog } from '../../catalog/plan-files.ts';
import { encodeCap } from '../cap/encode.ts';
import type { CapAlert } from '../cap/model.ts';
import { parseCap } from '../cap/parse.ts';
import { composeWarning, type WarningMessageInput } from './compose.ts';
import { meteorologicalIssuer } from './issuer.ts';

const { plan } = PlanCatalog.load().meteo();
const geography = loadGeography();
const issuer = meteorologicalIssuer(plan, { code: geography.cityCode, name: geography.cityName });
const setting = { plan, divisions: geography.divisions, issuer };
const sent = new Date('2025-07-20T00:00:00Z');
/** Every message a test composes, validated against the schema by the last test. */
const produced: CapAlert[] = [];
function compose(input: WarningMessageInput) {
  const composed = composeWarning(input, setting);
  produced.push(composed.alert);
  return composed;
}
const alertInput: WarningMessageInput = {
  msgType: 'Alert',
  status: 'Exercise',
  identifier: '15060041600000_20250720080000_0',
  sent,
  hazard: 'rainstorm',
  level: 'IV',
  areaCodes: ['150602', '150603'],
  onset: sent,
  expires: new Date('2025-07-21T00:00:00Z'),
  references: [],
  clause: '8.2.2(1)',
  route: 'forecast-area',
};

describe("3.3.3 warning messages as CAP 1.2 in China's profile", () => {
  it("the issuer is the city's meteorological bureau with its GB/T 35965.1 unit code", () => {
    expect(issuer).toMatchObject({
      unitCode: '15060041600000',
      nameZh: '鄂尔多斯市气象局',
      nameEn: 'Ordos Meteorological Bureau',
    });
  });

  it('an Alert: zh-CN then en-US, GB/T 35561 event code, severity from the level, divisions with GB/T 2260 codes and polygons', () => {
    const { alert, headlineZh, descriptionZh } = compose(alertInput);
    expect(headlineZh).toBe('鄂尔多斯市气象局发布暴雨蓝色预警[Ⅳ级/一般]');
    // 3.3.3: issuer, issue time, hazard, level, start, area, validity.
    expect(descriptionZh).toContain('2025年07月20日08时00分发布暴雨蓝色预警[Ⅳ级/一般]');
    expect(descriptionZh).toContain('东胜区、康巴什区');
    expect(descriptionZh).toContain('预警时效24小时(至2025年07月21日08时00分)');
    expect(descriptionZh).toContain('8.2.2(1)');
    expect(alert).toMatchObject({
      sender: '15060041600000',
      sent: '2025-07-20T08:00:00+08:00',
      status: 'Exercise',
      scope: 'Public',
      msgType: 'Alert',
    });
    const [zh, en] = alert.infos;
    expect(zh).toMatchObject({
      language: 'zh-CN',
      event: '暴雨',
      severity: 'Minor',
      urgency: 'Expected',
      eventCodes: [{ valueName: 'GB/T 35561', value: '11B03' }],
    });
    expect(en).toMatchObject({
      language: 'en-US',
      event: 'rainstorm',
      headline: 'Ordos Meteorological Bureau issues rainstorm blue warning [Level IV/General]',
    });
    expect(zh!.areas.map((a) => [a.areaDesc, a.geocodes[0]])).toEqual([
      ['东胜区', { valueName: 'GB/T 2260', value: '150602' }],
      ['康巴什区', { valueName: 'GB/T 2260', value: '150603' }],
    ]);
    expect(zh!.areas[0]!.polygons[0]!.length).toBeGreaterThanOrEqual(4);
    expect(zh!.parameters).toEqual([
      { valueName: 'plan', value: 'meteo-2024 2024.2' },
      { valueName: 'clause', value: '8.2.2(1)' },
    ]);
  });

  it.each([
    ['IV', 'Minor', '[Ⅳ级/一般]'],
    ['III', 'Moderate', '[Ⅲ级/较重]'],
    ['II', 'Severe', '[Ⅱ级/严重]'],
    ['I', 'Extreme', '[Ⅰ级/特别严重]'],
  ] as const)('level %s is CAP severity %s with the headline suffix %s', (level, severity, suffix) => {
    const { alert, headlineZh } = compose({ ...alertInput, level });
    expect(alert.infos.map((info) => info.severity)).toEqual([severity, severity]);
    expect(headlineZh.endsWith(suffix)).toBe(true);
  });

  it('an Update names what changed and the level it replaces; a Cancel names issuer, hazard, level and time', () => {
    const reference = {
      sender: '15060041600000',
      identifier: alertInput.identifier,
      sent: '2025-07-20T08:00:00+08:00',
    };
    const update = compose({
      ...alertInput,
      msgType: 'Update',
      identifier: '15060041600000_20250720200000_0',
      level: 'III',
      previousLevel: 'IV',
      reasons: ['level'],
      references: [reference],
    });
    expect(update.headlineZh).toBe('鄂尔多斯市气象局更新暴雨黄色预警[Ⅲ级/较重]');
    expect(update.descriptionZh).toContain('变更内容:预警级别(原蓝色预警[Ⅳ级/一般])');
    const cancel = compose({
      ...alertInput,
      msgType: 'Cancel',
      identifier: '15060041600000_20250721080000_0',
      level: 'III',
      expires: null,
      references: [reference],
    });
    expect(cancel.descriptionZh).toMatch(/^鄂尔多斯市气象局于2025年07月20日08时00分解除暴雨黄色预警\[Ⅲ级\/较重\]/);
    expect(cancel.alert.infos[0]).toMatchObject({ responseTypes: ['AllClear'], urgency: 'Past' });
    expect(cancel.alert.references).toEqual([reference]);
    expect(() => composeWarning({ ...alertInput, msgType: 'Cancel', references: [] }, setting)).toThrow(
      /must reference/,
    );
  });

  it('the whole city lists every division', () => {
    const whole = compose({
      ...alertInput,
      identifier: '15060041600000_20250720080000_1',
      areaCodes: geography.divisions.map((d) => d.code),
      route: 'stations',
    });
    expect(whole.descriptionZh).toContain('全市(鄂尔多斯市)');
    expect(whole.alert.infos[0]).toMatchObject({ urgency: 'Immediate', certainty: 'Observed' });
  });

  it('every message composed above validates against the OASIS schema and parses back the same', async () => {
    expect(produced.length).toBe(8);
    const xml = produced.map((alert, i) => ({ name: `m${i}.xml`, xml: encodeCap(alert) }));
    expect(await capSchemaErrors(xml)).toEqual([]);
    for (const [i, m] of xml.entries()) expect(parseCap(m.xml).alert).toEqual(produced[i]);
  });
});

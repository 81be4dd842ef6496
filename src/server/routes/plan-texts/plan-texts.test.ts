import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../../../../test/support/app.ts';
import type { App } from '../../app.ts';

describe('GET /api/plans/{id}/text and /api/meteo/terms: the plans as people read them', () => {
  let app: App;
  let close: () => Promise<void>;
  beforeAll(async () => ({ app, close } = await openTestApp('sqlite')));
  afterAll(async () => close());

  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    return { status: response.statusCode, json: response.json() };
  };

  it('8.2.2 暴雨预警: its text, and the grading rules that implement it listed under it', async () => {
    const { status, json } = await get('/api/plans/meteo-2024/text');
    expect(status).toBe(200);
    expect(json.documentNumber).toBe('鄂府办发〔2024〕108号');
    const section = json.sections.find((s: { clause: string }) => s.clause === '8.2.2');
    expect(section.heading).toBe('暴雨预警');
    expect(section.paragraphs.join('')).toContain('全市40%的区域将出现100毫米以上降雨');
    const cited = section.implementedBy.map((entry: { clause: string }) => entry.clause);
    expect(cited).toEqual(expect.arrayContaining(['8.2.2', '8.2.2(1)', '8.2.2(4)']));
    expect(section.implementedBy.some((entry: { path: string }) => entry.path.startsWith('grading.hazards'))).toBe(
      true,
    );
  });

  it('2.2.2: every member unit duty cites it; 4.3: the signers; nothing cites a clause the text lacks', async () => {
    const { json } = await get('/api/plans/meteo-2024/text');
    const of = (clause: string) => json.sections.find((s: { clause: string }) => s.clause === clause);
    expect(of('2.2.2').implementedBy.length).toBeGreaterThanOrEqual(31);
    expect(of('4.3').implementedBy.some((e: { path: string }) => e.path.startsWith('response.signers'))).toBe(true);
    expect(json.unplaced).toEqual([]);
  });

  it('the air plan: 一(二) holds the 13 targets; the quality plan: 四(三)2 is its own section', async () => {
    const air = await get('/api/plans/air-2024/text');
    const targets = air.json.sections.find((s: { clause: string }) => s.clause === '一(二)');
    expect(targets.implementedBy.filter((e: { path: string }) => e.path.startsWith('targets.targets['))).toHaveLength(
      13,
    );
    const quality = await get('/api/plans/quality-2024/text');
    expect(quality.json.sections.map((s: { clause: string }) => s.clause)).toContain('四(三)2');
  });

  it('an unknown plan is a 404 in the error shape', async () => {
    const { status, json } = await get('/api/plans/meteo-1999/text');
    expect(status).toBe(404);
    expect(json.error.code).toBe('plan_text_not_found');
  });

  it('3.3.1: the levels lowest first with their colours, 4.3: who signs which level, from the plan', async () => {
    const { json } = await get('/api/meteo/terms');
    expect(json.levels.map((l: { level: string; colorZh: string }) => `${l.level}${l.colorZh}`)).toEqual([
      'IV蓝色',
      'III黄色',
      'II橙色',
      'I红色',
    ]);
    expect(json.signers.find((s: { level: string }) => s.level === 'II')).toMatchObject({
      role: 'commander',
      title: '总指挥',
    });
    expect(json.hazards.find((h: { key: string }) => h.key === 'rainstorm')).toMatchObject({
      zh: '暴雨',
      levels: ['IV', 'III', 'II', 'I'],
    });
    expect(json.divisions).toHaveLength(9);
    expect(json.orders.map((o: { kind: string }) => o.kind)).toEqual(['activate', 'upgrade', 'downgrade', 'terminate']);
  });
});

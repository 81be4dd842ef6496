import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../validate.ts';
import { AirPlan } from './index.ts';
import { summarizeAirPlan } from './summary.ts';

// The folder is read as the catalog reads it (file name = section key), without the other kinds' schemas.
const folder = fileURLToPath(new URL('../../../plans/air-2024/', import.meta.url));
function rawPlan(): Record<string, Record<string, unknown>> {
  const raw: Record<string, Record<string, unknown>> = {};
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
    raw[basename(name, '.json')] = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Record<string, unknown>;
  }
  return raw;
}
function firstIssue(raw: unknown): string {
  const parsed = AirPlan.safeParse(raw);
  if (parsed.success) throw new Error('the plan was accepted');
  const issue = parsed.error.issues[0]!;
  return `${formatPath(issue.path)}: ${issue.message}`;
}
const plan = AirPlan.parse(rawPlan());

describe('air-2024 as data', () => {
  it('一(二) 表: all 13 rows of the target table, in order, each with its clause', () => {
    const { targets } = plan.targets;
    expect(targets.map((target) => target.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    for (const target of targets) expect(target.clause).toBe(`一(二) 表 ${target.row}`);
    expect(targets.every((target) => target.year === 2025)).toBe(true);
  });

  it('一(二) 表 1-3: city PM2.5 <= 22, good days >= 89.9 %, heavy days <= 0 % (以下/以上/以内 include the number)', () => {
    const city = plan.targets.targets
      .filter((target) => target.region === 'ordos')
      .map((t) => [t.indicator, t.comparison, t.value]);
    expect(city).toEqual([
      ['pm25Annual', '<=', 22],
      ['goodDayRatio', '>=', 89.9],
      ['heavyDayRatio', '<=', 0],
      ['noxEmissionReduction', '>=', 10],
      ['vocEmissionReduction', '>=', 10],
    ]);
  });

  it('一(二) 表 6-13: the two parks, PM2.5/PM10 annual, good-day and heavy-day ratios (不高于 0.3 % is <= 0.3)', () => {
    const parks = plan.targets.targets
      .filter((target) => target.region !== 'ordos')
      .map((t) => `${t.region} ${t.indicator} ${t.comparison} ${t.value}`);
    expect(parks).toEqual([
      'qipanjing pm25Annual <= 25',
      'qipanjing pm10Annual <= 81',
      'qipanjing goodDayRatio >= 84.1',
      'qipanjing heavyDayRatio <= 0.3',
      'mengxi pm25Annual <= 33',
      'mengxi pm10Annual <= 75',
      'mengxi goodDayRatio >= 85.9',
      'mengxi heavyDayRatio <= 0.3',
    ]);
  });

  it('一(一): the key areas 准格尔旗, 达拉特旗, 棋盘井蒙西地区', () => {
    expect(plan.areas.keyAreas.map((area) => `${area.name} ${area.clause}`)).toEqual([
      '准格尔旗 一(一)',
      '达拉特旗 一(一)',
      '棋盘井蒙西地区 一(一)',
    ]);
  });

  it('regions: the city is stations 1591A-1595A; the parks are empty until their stations are known', () => {
    expect(plan.regions.regions.map((region) => [region.name, region.stations])).toEqual([
      ['鄂尔多斯', ['1591A', '1592A', '1593A', '1594A', '1595A']],
      ['棋盘井产业园', []],
      ['蒙西产业园', []],
    ]);
  });

  it('emissions: the 2020 NOx and VOC baselines are fields to fill, null until known', () => {
    expect(plan.emissions.baselines.map((b) => [b.pollutant, b.year, b.value])).toEqual([
      ['NOx', 2020, null],
      ['VOCs', 2020, null],
    ]);
  });

  it('plan show: the summary lists every target with its clause', () => {
    const lines = summarizeAirPlan(plan);
    expect(lines.filter((line) => line.includes('一(二) 表'))).toHaveLength(13 + 2);
    expect(lines).toContain('  一(二) 表 1 鄂尔多斯 pm25Annual <= 22 µg/m³ by 2025');
  });
});

describe('air-2024 refusals', () => {
  it('a target naming an unknown region is refused with its path', () => {
    const raw = rawPlan();
    (raw.targets!.targets as Array<Record<string, unknown>>)[0]!.region = 'nowhere';
    expect(firstIssue(raw)).toBe('targets.targets[0].region: no region "nowhere" in regions.json');
  });

  it('a target without its clause is refused', () => {
    const raw = rawPlan();
    delete (raw.targets!.targets as Array<Record<string, unknown>>)[2]!.clause;
    expect(firstIssue(raw)).toMatch(/^targets\.targets\[2\]\.clause: /);
  });

  it('a region station that is not a station code is refused', () => {
    const raw = rawPlan();
    (raw.regions!.regions as Array<{ stations: string[] }>)[1]!.stations = ['Qipanjing'];
    expect(firstIssue(raw)).toBe('regions.regions[1].stations[0]: a station code like 1591A');
  });
});

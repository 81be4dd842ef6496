import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPlansDir } from '../../catalog/plan-files.ts';
import { formatPath } from '../validate.ts';
import { MeteoGrading } from './grading.schema.ts';
import { MeteoHazards } from './hazards.schema.ts';
import { MeteoLevels } from './levels.schema.ts';

type Json = Record<string, unknown>;
const section = (name: string): Json =>
  JSON.parse(readFileSync(join(defaultPlansDir, 'meteo-2024', `${name}.json`), 'utf8')) as Json;

/** Sets the value at `path` in raw JSON, or removes it when `value` is undefined. */
function edited(json: Json, path: Array<string | number>, value: unknown): Json {
  const copy = structuredClone(json);
  const parent = path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy);
  const last = path.at(-1)!;
  if (value !== undefined) parent[last] = value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

function refusal(schema: typeof MeteoGrading | typeof MeteoLevels | typeof MeteoHazards, data: unknown): string {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('accepted');
  const issue = result.error.issues[0]!;
  return `${formatPath(issue.path)}: ${issue.message}`;
}

describe('plans/meteo-2024 grading.json: table 8.2 as data', () => {
  it('the shipped file is accepted, with the level set of table 8.2 for each hazard', () => {
    const grading = MeteoGrading.parse(section('grading'));
    const levels = Object.fromEntries(grading.hazards.map((h) => [h.hazard, h.levels.map((l) => l.level)]));
    expect(levels).toEqual({
      drought: ['III', 'II', 'I'],
      rainstorm: ['IV', 'III', 'II', 'I'],
      snowstorm: ['IV', 'III', 'II', 'I'],
      frost: ['IV', 'III'],
      coldWave: ['IV', 'III', 'II'],
      gale: ['IV', 'III', 'II', 'I'],
      sandstorm: ['IV', 'III', 'II'],
      highTemperature: ['IV', 'III', 'II'],
      fog: ['IV', 'III'],
    });
    expect(grading.coverageMinimum.share).toBe(0.5);
    for (const hazard of grading.hazards) {
      hazard.levels.forEach((level, i) => expect(level.clause).toBe(`${hazard.clause}(${i + 1})`));
    }
  });

  const route = ['hazards', 1, 'levels', 0, 'routes', 0];
  const edits: Array<[string, Array<string | number>, unknown, RegExp]> = [
    [
      'a level the hazard cannot have',
      ['hazards', 3, 'levels', 0, 'level'],
      'I',
      /^hazards\[3\]\.levels\[0\]\.level: table 8\.2 gives frost no level I/,
    ],
    [
      'a level of the table without its rule',
      ['hazards', 0, 'levels', 2],
      undefined,
      /^hazards\[0\]\.levels: table 8\.2 gives drought level I, but it has no rule/,
    ],
    [
      'an unknown field name',
      [...route, 'when', 'field'],
      'forecast.rainMm',
      /^hazards\[1\]\.levels\[0\]\.routes\[0\]\.when\.field: unknown field "forecast\.rainMm"/,
    ],
    [
      'an observed field on the forecast route',
      [...route, 'when', 'field'],
      'observed.windMeanMs',
      /unknown field "observed\.windMeanMs" for route forecast-area/,
    ],
    [
      'a share above 1',
      [...route, 'share'],
      1.4,
      /^hazards\[1\]\.levels\[0\]\.routes\[0\]\.share: a share is between 0 and 1/,
    ],
    ['a negative share', ['hazards', 1, 'levels', 0, 'routes', 1, 'share'], -0.1, /share: a share is between 0 and 1/],
    [
      'a coverage minimum above 1',
      ['coverageMinimum', 'share'],
      5,
      /^coverageMinimum\.share: a share is between 0 and 1/,
    ],
    [
      'an unknown comparison',
      [...route, 'when', 'op'],
      '=>',
      /^hazards\[1\]\.levels\[0\]\.routes\[0\]\.when: a condition is/,
    ],
    [
      'a wind force missing from the table',
      ['hazards', 5, 'levels', 0, 'routes', 0, 'when', 'any', 0, 'force'],
      5,
      /wind force 5 is not in the windForce table/,
    ],
    [
      'a grade off the scale',
      ['hazards', 0, 'levels', 0, 'routes', 0, 'when', 'value'],
      'parched',
      /a grade of observed\.droughtGrade: one of none, light, moderate, severe, extreme/,
    ],
    [
      'an unknown trend',
      ['hazards', 1, 'levels', 0, 'routes', 1, 'requires', 0, 'trend'],
      'rainHeavy',
      /unknown trend "rainHeavy"/,
    ],
    [
      'a number trend written as yes/no',
      ['hazards', 8, 'levels', 0, 'routes', 0, 'requires', 0],
      { trend: 'fogExpectedHours', is: true },
      /fogExpectedHours is a number/,
    ],
    [
      'daily values without a number of days',
      ['hazards', 7, 'levels', 0, 'routes', 0, 'when', 'all', 0, 'days'],
      undefined,
      /is a list of days: say how many days/,
    ],
    [
      'a season day that does not exist',
      ['hazards', 3, 'levels', 0, 'season', 'windows', 0, 'to'],
      '04-31',
      /no such day in that month/,
    ],
    [
      'a station share on an area route',
      [...route, 'basis'],
      'stationCount',
      /route forecast-area cannot have a share of stationCount/,
    ],
    [
      'a clause of another section',
      ['hazards', 1, 'levels', 0, 'clause'],
      '8.2.3(1)',
      /a clause of 8\.2\.2 reads "8\.2\.2\(n\)"/,
    ],
    [
      'wind forces that do not rise',
      ['windForce', 'lowerBounds', '9'],
      15,
      /wind force bounds must rise with the force/,
    ],
    ['a hazard missing', ['hazards', 8], undefined, /^hazards: missing hazards: fog/],
    ['an unknown key', [...route, 'weight'], 2, /Unrecognized key/],
  ];
  it.each(edits)('refuses %s', (_, path, value, message) => {
    expect(refusal(MeteoGrading, edited(section('grading'), path, value))).toMatch(message);
  });
});

describe('plans/meteo-2024 levels.json and hazards.json', () => {
  it('3.3.1: four levels, lowest first, Ⅰ (red) the highest, with CAP severities', () => {
    const levels = MeteoLevels.parse(section('levels'));
    expect(levels.levels.map((l) => [l.level, l.zh, l.color, l.colorZh, l.capSeverity])).toEqual([
      ['IV', 'Ⅳ级', 'blue', '蓝色', 'Minor'],
      ['III', 'Ⅲ级', 'yellow', '黄色', 'Moderate'],
      ['II', 'Ⅱ级', 'orange', '橙色', 'Severe'],
      ['I', 'Ⅰ级', 'red', '红色', 'Extreme'],
    ]);
    expect(levels).toMatchObject({ clause: '3.3.1', highest: 'I' });
  });

  it('refuses a highest level that is not last, a repeated colour, a missing level', () => {
    const levels = section('levels');
    const entries = levels.levels as Json[];
    expect(refusal(MeteoLevels, { ...levels, highest: 'IV' })).toMatch(
      /^highest: the highest level IV must be the last/,
    );
    expect(refusal(MeteoLevels, { ...levels, levels: entries.map((l) => ({ ...l, color: 'red' })) })).toMatch(
      /colour red appears twice/,
    );
    expect(refusal(MeteoLevels, { ...levels, levels: entries.slice(1) })).toMatch(/missing levels: IV/);
  });

  it('1.3 and 8.1: the nine hazards with their definitions and GB/T 35561 event codes', () => {
    const hazards = MeteoHazards.parse(section('hazards'));
    expect(Object.fromEntries(hazards.hazards.map((h) => [h.key, h.eventCode]))).toEqual({
      drought: '11B22',
      rainstorm: '11B03',
      snowstorm: '11B04',
      frost: '11B16',
      coldWave: '11B05',
      gale: '11B06',
      sandstorm: '11B07',
      highTemperature: '11B09',
      fog: '11B17',
    });
    expect(hazards.hazards.find((h) => h.key === 'rainstorm')).toMatchObject({
      zh: '暴雨',
      clause: '1.3',
      gradingClause: '8.2.2',
      definition: { clause: '8.1', text: '24小时降雨量大于或等于50毫米,或12小时降雨量大于或等于30毫米。' },
    });
  });

  it('refuses a repeated hazard and a malformed event code', () => {
    const hazards = section('hazards');
    const entries = hazards.hazards as Json[];
    expect(refusal(MeteoHazards, { ...hazards, hazards: [...entries, entries[0]] })).toMatch(
      /hazard "drought" appears twice/,
    );
    expect(refusal(MeteoHazards, edited(hazards, ['hazards', 0, 'eventCode'], '11-B22'))).toMatch(
      /GB\/T 35561 event code/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { unitFields } from '../../plans/meteo/situation-fields.ts';
import { parseSituation } from './parse.ts';
import { Situation } from './situation.schema.ts';

const valid = () => ({
  at: '2025-07-20T08:00:00+08:00',
  units: [0, 1, 2, 3].map((i) => ({
    id: `u${i}`,
    areaKm2: 10,
    agriAreaKm2: 4,
    forecast: { precipMm: 1, tmaxNext3dC: [30, 31, 32], fogVisibilityM: null },
    observed: { droughtGrade: 'none', tmaxPastDaysC: [30] },
  })),
  stations: [{ id: 's0', precipMm: 3 }, { id: 's1' }],
  trends: { rainContinuing: true, fogExpectedHours: 0 },
});
type Raw = ReturnType<typeof valid> & Record<string, unknown>;

function refusal(change: (raw: Raw) => void): string {
  const raw = valid() as Raw;
  change(raw);
  const result = parseSituation(raw);
  if (result.ok) throw new Error('the situation was accepted');
  return `${result.path}: ${result.message}`;
}

describe('a situation (contracts/assess.md)', () => {
  it("accepts the contract's form, with defaults for what may be left out", () => {
    const result = parseSituation({ at: '2025-07-20T08:00', units: [{ id: 'a', areaKm2: 1 }] });
    expect(result).toMatchObject({ ok: true, situation: { stations: [], units: [{ agriAreaKm2: 0 }] } });
    expect(parseSituation(valid()).ok).toBe(true);
  });

  it('names every field the grading may read, and no other', () => {
    const unitSections = Situation.shape.units.element.shape;
    const named = (['forecast', 'observed'] as const).flatMap((section) => {
      const inner = unitSections[section].unwrap().unwrap();
      return Object.keys(inner.shape).map((key) => `${section}.${key}`);
    });
    expect(named.sort()).toEqual(Object.keys(unitFields).sort());
  });

  const cases: Array<[string, (raw: Raw) => void, string]> = [
    [
      'a wrongly typed amount',
      (raw) => {
        (raw.units[3]!.forecast as Record<string, unknown>).precipMm = '62';
      },
      'units[3].forecast.precipMm: expected a number',
    ],
    [
      'a non-positive area',
      (raw) => {
        raw.units[1]!.areaKm2 = 0;
      },
      'units[1].areaKm2: must be greater than 0',
    ],
    [
      'a negative amount',
      (raw) => {
        raw.units[0]!.forecast.precipMm = -1;
      },
      'units[0].forecast.precipMm: must not be negative',
    ],
    [
      'a negative wind speed',
      (raw) => {
        (raw.units[2]!.observed as Record<string, unknown>).windGustMs = -3;
      },
      'units[2].observed.windGustMs: must not be negative',
    ],
    [
      'a negative visibility',
      (raw) => {
        raw.units[2]!.forecast.fogVisibilityM = -1 as unknown as null;
      },
      'units[2].forecast.fogVisibilityM: must not be negative',
    ],
    [
      'a negative station amount',
      (raw) => {
        raw.stations[0]!.precipMm = -0.1;
      },
      'stations[0].precipMm: must not be negative',
    ],
    [
      'agricultural area above the area',
      (raw) => {
        raw.units[2]!.agriAreaKm2 = 10.5;
      },
      'units[2].agriAreaKm2: must not exceed areaKm2 (10.5 > 10)',
    ],
    [
      'a repeated unit id',
      (raw) => {
        raw.units[3]!.id = 'u1';
      },
      'units[3].id: repeated id "u1" (also units[1])',
    ],
    [
      'a repeated station id',
      (raw) => {
        raw.stations[1]!.id = 's0';
      },
      'stations[1].id: repeated id "s0" (also stations[0])',
    ],
    [
      'three forecast maxima, not two',
      (raw) => {
        raw.units[0]!.forecast.tmaxNext3dC = [30, 31];
      },
      'units[0].forecast.tmaxNext3dC: expected 3 daily maxima',
    ],
    [
      'a date that does not exist',
      (raw) => {
        raw.at = '2025-02-29T08:00:00+08:00';
      },
      'at: not a valid ISO 8601 date and time',
    ],
    [
      'a date that does not parse',
      (raw) => {
        raw.at = 'next Tuesday';
      },
      'at: not a valid ISO 8601 date and time',
    ],
    [
      'a missing date',
      (raw) => {
        delete (raw as Record<string, unknown>).at;
      },
      'at: expected a date and time as ISO 8601 text',
    ],
    [
      'a missing area',
      (raw) => {
        delete (raw.units[0] as Record<string, unknown>).areaKm2;
      },
      'units[0].areaKm2: expected a number',
    ],
    [
      'an unknown drought grade',
      (raw) => {
        (raw.units[1]!.observed as Record<string, unknown>).droughtGrade = 'dry';
      },
      'units[1].observed.droughtGrade: expected one of none, light, moderate, severe, extreme',
    ],
    [
      'a misspelt field',
      (raw) => {
        (raw.units[0]!.forecast as Record<string, unknown>).precipMM = 3;
      },
      'units[0].forecast: unknown field "precipMM"',
    ],
    [
      'a trend of the wrong type',
      (raw) => {
        (raw.trends as Record<string, unknown>).rainExpanding = 'yes';
      },
      'trends.rainExpanding: expected true or false',
    ],
    [
      'a negative duration',
      (raw) => {
        raw.trends.fogExpectedHours = -2;
      },
      'trends.fogExpectedHours: must not be negative',
    ],
    [
      'units that are not a list',
      (raw) => {
        (raw as Record<string, unknown>).units = {};
      },
      'units: expected a list of area units',
    ],
  ];
  it.each(cases)('refuses %s, naming the JSON path', (_, change, message) => {
    expect(refusal(change)).toBe(message);
  });

  it('refuses input that is not an object', () => {
    expect(parseSituation([1, 2])).toEqual({ ok: false, path: '', message: 'expected an object' });
  });
});

import { z } from 'zod';
import { droughtGrades } from '../../plans/meteo/situation-fields.ts';
import { parseInstant } from './instant.ts';

// Messages read after the JSON path: "units[3].forecast.precipMm: expected a number".
const objectError = (issue: { code: string; keys?: string[] }) => {
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys!.map((key) => `"${key}"`).join(', ')}`;
  return issue.code === 'invalid_type' ? 'expected an object' : undefined;
};
// Strict, so a misspelt field is refused rather than silently read as "no value".
const object = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape, { error: objectError });
const number = () => z.number({ error: 'expected a number' });
const notNegative = () => number().min(0, 'must not be negative');
/** Absent or null: no valid value there. */
const measured = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
const yesNo = () => z.boolean({ error: 'expected true or false' }).nullable().optional();

const Forecast = object({
  precipMm: measured(notNegative()).describe('24 h precipitation, mm'),
  snowMm: measured(notNegative()).describe('24 h snowfall (water equivalent), mm'),
  groundTminC: measured(number()).describe('24 h ground minimum temperature, ℃'),
  tminC: measured(number()).describe('24 h minimum air temperature, ℃'),
  tminDropC: measured(number()).describe('drop of the minimum temperature within 24 h, ℃, positive = colder'),
  windMeanMs: measured(notNegative()).describe('mean wind, m/s'),
  windGustMs: measured(notNegative()).describe('gust, m/s'),
  sandVisibilityM: measured(notNegative()).describe('visibility in sand/dust, m; null = no sand/dust'),
  fogVisibilityM: measured(notNegative()).describe('visibility in fog, m; null = no fog'),
  tmaxNext3dC: measured(
    z.array(number(), { error: 'expected a list of 3 numbers' }).length(3, 'expected 3 daily maxima'),
  ).describe('daily maxima of the next 3 days, ℃'),
});

const Observed = object({
  windMeanMs: measured(notNegative()),
  windGustMs: measured(notNegative()),
  sandVisibilityM: measured(notNegative()).describe('null = no sand/dust'),
  fogVisibilityM: measured(notNegative()).describe('null = no fog'),
  tmaxPastDaysC: measured(z.array(number(), { error: 'expected a list of numbers' })).describe(
    'observed daily maxima of the latest consecutive days, oldest first, today last, ℃',
  ),
  droughtGrade: measured(z.enum(droughtGrades, { error: `expected one of ${droughtGrades.join(', ')}` })),
});

/**
 * The grading counts areas in whole m² and sums them exactly, which holds below 2^53 m² (about 9·10⁹ km²): one
 * unit is at most the size of a country (10⁷ km²), and all of a situation's units together stay under that bound.
 */
export const MAX_UNIT_AREA_KM2 = 10_000_000;
const MAX_TOTAL_AREA_KM2 = Math.floor(Number.MAX_SAFE_INTEGER / 1e6);

const Unit = object({
  id: z.string({ error: 'expected a string' }).min(1, 'must not be empty'),
  areaKm2: number()
    .positive('must be greater than 0')
    .max(MAX_UNIT_AREA_KM2, `must be at most ${MAX_UNIT_AREA_KM2} (km², the size of a country)`),
  agriAreaKm2: notNegative().default(0),
  forecast: Forecast.nullable().optional(),
  observed: Observed.nullable().optional(),
}).superRefine((unit, ctx) => {
  if (unit.agriAreaKm2 > unit.areaKm2) {
    ctx.addIssue({
      code: 'custom',
      path: ['agriAreaKm2'],
      message: `must not exceed areaKm2 (${unit.agriAreaKm2} > ${unit.areaKm2})`,
    });
  }
});

const Station = object({
  id: z.string({ error: 'expected a string' }).min(1, 'must not be empty'),
  precipMm: measured(notNegative()).describe('observed 24 h precipitation, mm'),
  snowMm: measured(notNegative()).describe('observed 24 h snowfall, mm'),
});

const Trends = object({
  rainContinuing: yesNo(),
  rainExpanding: yesNo(),
  snowContinuing: yesNo(),
  snowExpanding: yesNo(),
  galePersisting: yesNo(),
  sandPersisting: yesNo(),
  fogExpectedHours: measured(notNegative()).describe('whole expected duration of the fog episode, h'),
  frostExpectedDays: measured(notNegative()).describe('expected number of consecutive frost days'),
  droughtPersisting: yesNo(),
});

function refuseRepeatedIds(items: ReadonlyArray<{ id: string }>, key: string, ctx: z.RefinementCtx): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, index);
    else
      ctx.addIssue({
        code: 'custom',
        path: [key, index, 'id'],
        message: `repeated id "${item.id}" (also ${key}[${earlier}])`,
      });
  });
}

/** A weather situation as contracts/assess.md fixes it. */
export const Situation = object({
  at: z
    .string({ error: 'expected a date and time as ISO 8601 text' })
    .refine((text) => parseInstant(text) !== undefined, 'not a valid ISO 8601 date and time')
    .describe('ISO 8601; without an offset it is Asia/Shanghai time'),
  units: z.array(Unit, { error: 'expected a list of area units' }),
  stations: z.array(Station, { error: 'expected a list of stations' }).default([]),
  trends: Trends.nullable().optional(),
}).superRefine((situation, ctx) => {
  refuseRepeatedIds(situation.units, 'units', ctx);
  refuseRepeatedIds(situation.stations, 'stations', ctx);
  const total = situation.units.reduce((sum, unit) => sum + unit.areaKm2, 0);
  if (total > MAX_TOTAL_AREA_KM2)
    ctx.addIssue({
      code: 'custom',
      path: ['units'],
      message: `the units' areas add up to ${total} km², above the ${MAX_TOTAL_AREA_KM2} km² the grading sums exactly`,
    });
});
export type Situation = z.infer<typeof Situation>;
export type SituationInput = z.input<typeof Situation>;

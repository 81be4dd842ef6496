import { z } from 'zod';
import { isoDateToEpochDay } from '../../../air/calendar.ts';
import { ApiError } from '../../errors.ts';

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((date) => !Number.isNaN(isoDateToEpochDay(date)), 'not a calendar date');
const Year = z.coerce.number().int().min(2000).max(2100).describe('the calendar year, e.g. 2025');
const StationCode = z.string().regex(/^[0-9A-Za-z]+$/, 'a station code like 1591A');
const Concentration = z.number().nullable();

export const Failure = ApiError;

export const StationsQuery = z.object({ city: z.string().min(1).optional().describe('e.g. 鄂尔多斯') });
export const StationList = z.object({
  stations: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      city: z.string(),
      lon: z.number().nullable().describe('WGS84 degrees; null where the station list gives none'),
      lat: z.number().nullable(),
    }),
  ),
});

export const HourlyQuery = z.object({
  station: StationCode,
  from: IsoDate.describe("first date (the feed's date label), inclusive"),
  to: IsoDate.describe('last date, inclusive; at most 366 days after from'),
});

const Category = z.enum(['优', '良', '轻度污染', '中度污染', '重度污染', '严重污染']);

export const HourlySeries = z.object({
  station: z.string(),
  from: z.string(),
  to: z.string(),
  series: z
    .object({
      time: z.array(z.string()).describe('the end of each hour, China Standard Time (hour 0 of a date is its 00:00)'),
      aqi: z.array(z.number().nullable()).describe('HJ 633-2012 hourly AQI as the national real-time feed computes it'),
      category: z.array(Category.nullable()),
      primary: z.array(z.array(z.string())),
      pm25: z.array(Concentration),
      pm10: z.array(Concentration),
      so2: z.array(Concentration),
      no2: z.array(Concentration),
      o3: z.array(Concentration),
      co: z.array(Concentration).describe('mg/m³'),
    })
    .describe('one array per quantity, index by index, as a chart takes them; µg/m³ unless noted'),
});

export const DailyQuery = z.object({
  station: StationCode.optional(),
  region: z.string().min(1).optional().describe('a region of the plan, by id or name'),
  from: IsoDate,
  to: IsoDate.describe('inclusive, in the same year as from'),
});

export const DailySeries = z.object({
  subject: z.string().describe('the station code or the region name'),
  from: z.string(),
  to: z.string(),
  series: z.object({
    date: z.array(z.string()),
    aqi: z.array(z.number().nullable()).describe('HJ 633 daily AQI of a valid day (HJ 663), else null'),
    category: z.array(Category.nullable()),
    primary: z.array(z.array(z.string())),
    pm25: z.array(Concentration),
    pm10: z.array(Concentration),
    so2: z.array(Concentration),
    no2: z.array(Concentration),
    co: z.array(Concentration).describe('mg/m³, one decimal'),
    o3_8h: z.array(Concentration).describe('O3 daily maximum 8-hour mean'),
    o3_1h: z.array(Concentration).describe('O3 daily maximum 1-hour value'),
  }),
});

export const YearQuery = z.object({ year: Year });

export const EvaluationQuery = z.object({
  year: Year,
  scope: z
    .enum(['plan', 'all'])
    .default('plan')
    .describe(
      "plan: the plan regions' stations (fast); all: every station stored for the year, as `nuancheng air evaluate` lists them",
    ),
});

const Figures = z.object({
  validDays: z.number(),
  pm25: Concentration,
  pm10: Concentration,
  so2: Concentration,
  no2: Concentration,
  coP95: Concentration.describe('mg/m³'),
  o3P90: Concentration,
  goodDayRatio: z.number().nullable().describe('%'),
  heavyDayRatio: z.number().nullable().describe('%'),
  incomplete: z.array(z.string()).describe('figures with fewer daily values than HJ 663 表 2 asks'),
});
const WithDust = Figures.extend({
  dustExcluded: Figures.optional().describe('the same figures without the dust-affected days'),
});

export const Evaluation = z.object({
  year: z.number(),
  regions: z.record(
    z.string(),
    WithDust.extend({
      targets: z.array(
        z.object({ id: z.string(), target: z.string(), value: z.number().nullable(), met: z.boolean().nullable() }),
      ),
    }),
  ),
  stations: z.record(z.string(), WithDust),
  dustDays: z.array(z.object({ region: z.string(), date: z.string() })),
});

export const TargetsQuery = z.object({
  year: Year,
  asOf: IsoDate.optional().describe('the last day counted; default the last day of the year with stored data'),
});

export const TargetTracking = z.object({
  year: z.number(),
  asOf: z.string().nullable(),
  regions: z.array(
    z.object({
      id: z.string().nullable(),
      name: z.string(),
      stations: z.array(z.string()),
      targets: z.array(
        z.object({
          id: z.string(),
          clause: z.string(),
          indicator: z.string(),
          target: z.string(),
          value: z.number().nullable(),
          met: z.boolean().nullable(),
          remainingDays: z.number(),
          achievable: z.boolean().nullable(),
          remainingMeanMax: z.number().nullable().optional().describe('µg/m³ the remaining days may average at most'),
          nonGoodDaysAffordable: z
            .number()
            .nullable()
            .optional()
            .describe('non-good days the rest of the year can still afford'),
          heavyDaysAffordable: z.number().nullable().optional(),
          note: z.string().optional(),
        }),
      ),
    }),
  ),
});

export const DustDayBody = z.object({
  date: IsoDate,
  region: z.string().min(1).default('*').describe("a plan region's name, or * for every region and station"),
  note: z.string().max(500).default(''),
});

export const DustDay = z.object({ region: z.string(), date: z.string(), note: z.string(), flaggedAt: z.string() });
export const DustDayList = z.object({ dustDays: z.array(DustDay) });

export const DustDayRemoval = z.object({
  date: IsoDate,
  region: z.string().min(1).default('*').describe('the region the day was flagged for, or *'),
  reason: z.string().min(1).max(500).describe('why the flag is taken back (audited)'),
});

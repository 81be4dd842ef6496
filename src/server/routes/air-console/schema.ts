import { z } from 'zod';
import { ApiError } from '../../errors.ts';

export const Failure = ApiError;

export const LatestQuery = z.object({
  city: z
    .string()
    .min(1)
    .optional()
    .describe("the city of the stations; default: the air plan's city-wide region (its first region)"),
});

const Category = z.enum(['优', '良', '轻度污染', '中度污染', '重度污染', '严重污染']);

export const LatestAir = z.object({
  stations: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      latest: z
        .object({
          time: z.string().describe('the end of the hour, China Standard Time'),
          aqi: z.number().nullable(),
          category: Category.nullable(),
          primary: z.array(z.string()),
        })
        .nullable()
        .describe('the latest stored hour; null when the station has none'),
    }),
  ),
});

export const ImportQuery = z.object({
  file: z
    .string()
    .regex(/^[\w.-]{1,120}$/, 'a file name such as china_sites_20250101.csv')
    .describe('the file name, as the feed names it; it appears in errors and the import record'),
});

export const ImportResult = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    file: z.string(),
    stationHours: z.number().int(),
    firstHour: z.string().nullable(),
    lastHour: z.string().nullable(),
    newFile: z.boolean().describe('false: the same bytes were imported before; nothing changed'),
  }),
  z.object({
    ok: z.literal(false).describe('the file was refused whole: nothing of it is stored'),
    file: z.string(),
    line: z.number().int().describe('1-based line of the refused row (0: the file as a whole)'),
    column: z.number().int(),
    reason: z.string(),
  }),
]);

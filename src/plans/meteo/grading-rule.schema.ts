import { z } from 'zod';
import { ClauseRef, Level } from '../common.schema.ts';
import { HazardKey } from './hazards.schema.ts';

/** The plan's words as comparisons (spec "Words"): 以上/已达 `>=`, 小于 `<`, 降至…以下 `<=`, 超过 `>`. */
export const Comparison = z.enum(['>=', '>', '<=', '<']);
export type Comparison = z.infer<typeof Comparison>;

/**
 * One measured quantity against a threshold. `value` is a number (or a grade word for graded fields);
 * `force` names a wind force whose lower bound (windForce table) is the threshold; `days` reads the latest
 * (observed) or the first (forecast) that many daily values, all of which must meet it.
 */
export const Threshold = z
  .object({
    field: z.string().min(1),
    op: Comparison,
    value: z.union([z.number(), z.string()]).optional(),
    force: z.number().int().optional(),
    days: z.number().int().positive().optional(),
  })
  .strict();
export type Threshold = z.infer<typeof Threshold>;

export type Condition = Threshold | { all: Condition[] } | { any: Condition[] };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      Threshold,
      z.object({ all: z.array(Condition).min(1) }).strict(),
      z.object({ any: z.array(Condition).min(1) }).strict(),
    ],
    { error: 'a condition is {field, op, value|force[, days]}, {all: [conditions]} or {any: [conditions]}' },
  ),
);

/** A forecaster's judgement the clause asks for: `is` for a yes/no trend, `op`/`value` for a number. */
export const Requirement = z.union(
  [
    z.object({ trend: z.string().min(1), is: z.boolean() }).strict(),
    z.object({ trend: z.string().min(1), op: Comparison, value: z.number() }).strict(),
  ],
  { error: 'a requirement is {trend, is} for a yes/no judgement or {trend, op, value} for a number' },
);
export type Requirement = z.infer<typeof Requirement>;

/** Which units a route reads: area routes read area units, the stations route reads stations. */
export const RouteId = z.enum(['forecast-area', 'observed-area', 'observed-and-forecast-area', 'stations']);
export type RouteId = z.infer<typeof RouteId>;

/** What a share is a share of (spec "Fractions"). */
export const ShareBasis = z.enum(['area', 'agriArea', 'stationCount']);
export type ShareBasis = z.infer<typeof ShareBasis>;

export const Share = z
  .number()
  .min(0, 'a share is between 0 and 1')
  .max(1, 'a share is between 0 and 1')
  .refine((share) => Number(share.toFixed(6)) === share, 'a share has at most 6 decimal places');

export const Route = z
  .object({
    route: RouteId,
    basis: ShareBasis,
    when: Condition,
    share: Share,
    requires: z.array(Requirement).default([]),
  })
  .strict();
export type Route = z.infer<typeof Route>;

const MonthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a month-day as MM-DD')
  .refine(
    (md) => Number(md.slice(3)) <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(md.slice(0, 2)) - 1]!,
    'no such day in that month',
  );

/** Calendar windows (inclusive, month-day) in which a level can hold, e.g. the frost seasons. */
export const Season = z
  .object({
    timeZone: z.literal('Asia/Shanghai'),
    windows: z.array(z.object({ name: z.string().min(1), from: MonthDay, to: MonthDay }).strict()).min(1),
  })
  .strict();
export type Season = z.infer<typeof Season>;

export const LevelRule = z
  .object({
    level: Level,
    clause: ClauseRef,
    text: z.string().min(1),
    /** How the spec reads words the plan leaves open, where it matters for this level. */
    reading: z.string().min(1).optional(),
    season: Season.optional(),
    routes: z.array(Route).min(1),
  })
  .strict();
export type LevelRule = z.infer<typeof LevelRule>;

export const HazardRule = z
  .object({
    hazard: HazardKey,
    clause: ClauseRef,
    title: z.string().min(1),
    levels: z.array(LevelRule).min(1),
  })
  .strict();
export type HazardRule = z.infer<typeof HazardRule>;

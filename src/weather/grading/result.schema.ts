import { z } from 'zod';
import { Level } from '../../plans/common.schema.ts';
import { Comparison, RouteId, ShareBasis } from '../../plans/meteo/grading-rule.schema.ts';
import { HazardKey } from '../../plans/meteo/hazards.schema.ts';
import { LevelColor } from '../../plans/meteo/levels.schema.ts';

export const ThresholdShown = z.object({
  field: z.string(),
  op: Comparison,
  value: z
    .union([z.number(), z.string()])
    .describe('the threshold; for a wind force, the lower bound of that force in m/s'),
  unit: z.string(),
  force: z.number().int().optional(),
  days: z.number().int().optional().describe('daily values that must all meet it'),
});

export const RequirementEvidence = z.object({
  trend: z.string(),
  is: z.boolean().optional(),
  op: Comparison.optional(),
  value: z.number().optional(),
  actual: z.union([z.boolean(), z.number()]),
  holds: z.boolean(),
});

export const SeasonEvidence = z.object({
  date: z.string().describe("MM-DD of `at` in the season's time zone"),
  timeZone: z.string(),
  windows: z.array(z.object({ name: z.string(), from: z.string(), to: z.string() })),
  inSeason: z.boolean(),
});

/** How one route of one level fared: the numbers a duty officer checks before trusting the level. */
export const RouteEvidence = z.object({
  level: Level,
  clause: z.string(),
  route: RouteId,
  basis: ShareBasis,
  threshold: z.union([z.number(), z.string()]).optional().describe('when the route has a single threshold'),
  thresholds: z.array(ThresholdShown),
  share: z.number().nullable().describe('met / valid; null when nothing had a valid value'),
  needed: z.number(),
  reached: z.boolean().describe('share ≥ needed, compared exactly'),
  coverage: z.number().describe('valid / all, by the same basis'),
  usable: z.boolean().describe("coverage reaches the plan's minimum"),
  requires: z.array(RequirementEvidence),
  season: SeasonEvidence.optional(),
  holds: z.boolean(),
  amounts: z.object({ met: z.number(), valid: z.number(), total: z.number(), unit: z.enum(['km²', 'stations']) }),
  met: z.object({ count: z.number().int(), ids: z.array(z.string()).describe('the first of them, in input order') }),
});
export type RouteEvidence = z.infer<typeof RouteEvidence>;

export const Closest = z.object({
  level: Level,
  clause: z.string(),
  route: RouteId,
  share: z.number(),
  needed: z.number(),
});

export const HazardResult = z.object({
  zh: z.string(),
  level: Level.nullable(),
  levelZh: z.string().optional(),
  color: LevelColor.optional(),
  clause: z.string().describe("the level's clause, or the hazard's section when no level holds"),
  status: z.enum(['graded', 'insufficient-data']),
  route: RouteId.optional().describe('the route that made the level'),
  coverage: z.number().describe("the best coverage of the hazard's routes"),
  evidence: z.array(RouteEvidence).describe('the routes of the level reached, or of the lowest level when none is'),
  closest: Closest.optional().describe('when no level holds: the highest share reached toward the lowest level'),
});
export type HazardResult = z.infer<typeof HazardResult>;

export const AssessmentResult = z.object({
  at: z.string(),
  plan: z.object({ id: z.string(), version: z.string() }),
  overall: z.object({
    level: Level.nullable(),
    color: LevelColor.optional(),
    clause: z.string(),
    hazards: z.array(HazardKey).describe('the hazards at the overall level, in the order of the nine keys'),
  }),
  hazards: z.record(HazardKey, HazardResult),
});
export type AssessmentResult = z.infer<typeof AssessmentResult>;

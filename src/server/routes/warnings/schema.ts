import { z } from 'zod';
import { Level } from '../../../plans/common.schema.ts';
import { HazardKey } from '../../../plans/meteo/hazards.schema.ts';
import { NextCursor, PageQuery } from '../../../services/pagination.ts';
import { LocateQuery } from '../geo/schema.ts';

export const CapStatus = z
  .enum(['Actual', 'Exercise'])
  .describe('Actual: real warnings; Exercise: drills and replays (演练)');

export const MessageView = z.object({
  identifier: z.string().describe('GB/T 35965.1 identifier, e.g. 15060041600000_20250720080000_0'),
  warningId: z.string(),
  msgType: z.enum(['Alert', 'Update', 'Cancel']),
  status: CapStatus,
  sent: z.string().describe('CAP form, Beijing time'),
  hazard: HazardKey,
  level: Level,
  areaCodes: z.array(z.string()).describe('GB/T 2260 codes of the divisions'),
  onset: z.string().nullable(),
  expires: z.string().nullable(),
  headlineZh: z.string(),
  descriptionZh: z.string(),
  references: z.string().nullable().describe('CAP references: sender,identifier,sent'),
  reasons: z.array(z.string()).describe('what an Update changed: level, area, validity'),
  clause: z.string(),
  planVersion: z.string(),
  seq: z.number().int().describe('position in the feed (the audit entry that records the message)'),
  cap: z.string().describe('path of the CAP 1.2 file'),
});

export const WarningView = z.object({
  id: z.string(),
  hazard: HazardKey,
  hazardZh: z.string(),
  status: CapStatus,
  state: z.enum(['active', 'cancelled']),
  active: z.boolean().describe('not cancelled and not expired'),
  level: Level,
  levelZh: z.string(),
  color: z.string(),
  areas: z.array(z.object({ code: z.string(), name: z.string() })),
  onset: z.string(),
  expires: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  planVersion: z.string(),
  latest: MessageView,
});

/** Query booleans as people type them; anything else is refused rather than read as false. */
const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

export const WarningsQuery = z
  .object({
    hazard: HazardKey.optional(),
    level: Level.optional(),
    area: z
      .string()
      .regex(/^\d{6}$/, 'area is a 6-digit GB/T 2260 code')
      .optional()
      .describe('a division (or the city) the warning must cover'),
    active: flag.optional().describe('true: in force now; false: cancelled or expired'),
    lat: LocateQuery.shape.lat.optional().describe('with lon: the warnings covering this WGS84 point'),
    lon: LocateQuery.shape.lon.optional(),
    status: CapStatus.default('Actual'),
    ...PageQuery.shape,
  })
  .refine((query) => (query.lat === undefined) === (query.lon === undefined), {
    message: 'give lat and lon together',
    path: ['lat'],
  });

export const WarningList = z.object({
  point: z
    .object({ lat: z.number(), lon: z.number(), division: z.object({ code: z.string(), name: z.string() }).nullable() })
    .optional(),
  warnings: z.array(WarningView),
  next: NextCursor,
});

export const WarningDetail = WarningView.extend({ messages: z.array(MessageView) });

export const RefParams = z.object({
  ref: z.string().min(1).describe('a warning id, or a message identifier'),
});

export const FeedQuery = z.object({ status: CapStatus.default('Actual') });

export const StreamQuery = z.object({
  status: CapStatus.default('Actual'),
  after: z.coerce.number().int().min(0).optional().describe('resume after this seq (as Last-Event-ID does)'),
});

const Expires = z.string().describe("ISO 8601 end of validity; default: the plan data's validity for the hazard");

export const ManualWarningBody = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('issue'),
      hazard: HazardKey,
      level: Level,
      areaCodes: z.array(z.string()).optional().describe('GB/T 2260 division codes; default the whole city'),
      expires: Expires.optional(),
      majorImpact: z.boolean().optional().describe('3.3.4: judged of major impact (会商研判): full-network SMS too'),
    })
    .strict(),
  z
    .object({
      action: z.literal('update'),
      warningId: z.string(),
      level: Level.optional(),
      areaCodes: z.array(z.string()).optional(),
      expires: Expires.optional(),
      majorImpact: z.boolean().optional(),
    })
    .strict(),
  z.object({ action: z.literal('cancel'), warningId: z.string() }).strict(),
]);

import { z } from 'zod';
import { Role } from '../../../access/roles.ts';
import { Level } from '../../../plans/common.schema.ts';
import { HazardKey } from '../../../plans/meteo/hazards.schema.ts';

const Clause = z.string().describe('the plan clause, e.g. 3.3.1');

export const MeteoTerms = z.object({
  plan: z.object({
    id: z.string(),
    version: z.string(),
    title: z.string(),
    documentNumber: z.string(),
  }),
  levels: z
    .array(
      z.object({
        level: Level,
        zh: z.string().describe('Ⅳ级 … Ⅰ级'),
        color: z.string().describe('the warning colour the plan names: blue, yellow, orange, red'),
        colorZh: z.string(),
        severityZh: z.string(),
        capSeverity: z.string(),
        clause: Clause,
      }),
    )
    .describe('lowest first (3.3.1)'),
  hazards: z.array(
    z.object({
      key: HazardKey,
      zh: z.string(),
      clause: Clause,
      gradingClause: Clause,
      definition: z.object({ clause: Clause, text: z.string() }),
      levels: z.array(Level).describe('the levels table 8.2 defines for this hazard'),
    }),
  ),
  signers: z
    .array(
      z.object({ level: Level, role: Role, roleZh: z.string(), title: z.string(), text: z.string(), clause: Clause }),
    )
    .describe('who signs an order of each level (4.3)'),
  orders: z
    .array(
      z.object({ kind: z.enum(['activate', 'upgrade', 'downgrade', 'terminate']), clause: Clause, text: z.string() }),
    )
    .describe('the orders of 4.3 and 4.8 and who signs them'),
  responseLevels: z
    .array(z.object({ level: Level, title: z.string(), clause: Clause, text: z.string() }))
    .describe('the measures of each response level (4.4)'),
  roles: z.array(z.object({ role: Role, zh: z.string() })).describe("the people's roles and their Chinese names"),
  divisions: z.array(z.object({ code: z.string(), name: z.string() })),
});

import { z } from 'zod';
import { ClauseRef } from '../common.schema.ts';

const UnitName = z.string().min(2);

/** A measure of 二… with the units the text names: 牵头单位 (lead) and 配合单位 (partners). */
const AirMeasure = z
  .object({
    id: z.string().regex(/^\d+\.\d+$/, 'a measure id looks like "2.1" (二(一))'),
    clause: ClauseRef,
    title: z.string().min(1),
    text: z.string().min(1),
    units: z
      .object({
        clause: ClauseRef,
        /** "(牵头单位:…,配合单位:…)" as written. */
        text: z.string().min(1),
        lead: z.array(UnitName).min(1),
        partners: z.array(UnitName),
        /** Who carries it out locally (各旗区人民政府落实). */
        counties: z.string().min(1).optional(),
      })
      .strict(),
    notes: z.array(z.string()).default([]),
  })
  .strict();
export type AirMeasure = z.infer<typeof AirMeasure>;

/** The plan's measures (二 加快推进发展方式绿色转型 …), as far as the published text carries them. */
export const AirMeasures = z
  .object({
    clause: ClauseRef,
    title: z.string().min(1),
    notes: z.array(z.string()).default([]),
    measures: z.array(AirMeasure).min(1),
  })
  .strict()
  .superRefine((section, ctx) => {
    const seen = new Set<string>();
    section.measures.forEach((measure, index) => {
      if (seen.has(measure.clause))
        ctx.addIssue({ code: 'custom', path: ['measures', index, 'clause'], message: `${measure.clause} twice` });
      seen.add(measure.clause);
    });
  });
export type AirMeasures = z.infer<typeof AirMeasures>;

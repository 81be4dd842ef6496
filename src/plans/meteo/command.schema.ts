import { z } from 'zod';
import { ClauseRef } from '../common.schema.ts';
import { HazardKey } from './hazards.schema.ts';

const Text = z.string().min(1, 'text is required');
const Notes = z.array(z.string().min(1)).default([]);
const ClauseText = z.object({ clause: ClauseRef, text: Text }).strict();

/** A member unit's id: stable across plan revisions, so tasks and liaisons can point at it. */
export const UnitId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'a unit id is an ascii slug, e.g. "meteorological-bureau"');
export type UnitId = z.infer<typeof UnitId>;

const MemberUnit = z
  .object({
    id: UnitId,
    /** As 2.1 writes it; messages and reports name units this way. */
    name: Text,
    clause: ClauseRef,
    duties: z
      .object({
        clause: ClauseRef,
        /** The 2.2.2 heading the duties stand under; some entries name several units. */
        entry: Text,
        sharedWith: z.array(Text),
        text: Text,
        /** The duty text split at its semicolons: each item becomes a task when the unit is activated. */
        items: z.array(Text).min(1),
      })
      .strict(),
    /** The project's reading of which hazards make the unit "相关" at Ⅳ and Ⅲ (see command notes). */
    concern: z
      .object({
        always: z.boolean(),
        hazards: z.array(HazardKey),
        reading: Text,
      })
      .strict(),
    notes: Notes,
  })
  .strict()
  .superRefine((unit, ctx) => {
    if (unit.duties.items.join(';') !== unit.duties.text) {
      ctx.addIssue({
        code: 'custom',
        path: ['duties', 'items'],
        message: 'items must be the duty text split at its semicolons',
      });
    }
    const grouped = unit.duties.entry.split('、');
    if (!grouped.includes(unit.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['duties', 'entry'],
        message: `the 2.2.2 entry "${unit.duties.entry}" does not name ${unit.name}`,
      });
    }
    const others = grouped.filter((name) => name !== unit.name);
    if (others.join('、') !== unit.duties.sharedWith.join('、')) {
      ctx.addIssue({
        code: 'custom',
        path: ['duties', 'sharedWith'],
        message: `sharedWith must be the other units of the entry: ${others.join('、') || '(none)'}`,
      });
    }
    if (new Set(unit.concern.hazards).size !== unit.concern.hazards.length) {
      ctx.addIssue({ code: 'custom', path: ['concern', 'hazards'], message: 'a hazard is listed twice' });
    }
  });
export type MemberUnit = z.infer<typeof MemberUnit>;

const Officer = z.object({ title: Text, holder: Text, clause: ClauseRef }).strict();

const LiaisonDuty = z
  .object({
    who: Text,
    text: Text,
    recurrence: z.enum(['once', 'ongoing', 'periodic', 'asNeeded', 'onChange']),
    clause: ClauseRef,
  })
  .strict();

/** Section 2: the command structure, the member units of 2.1 with their 2.2.2 duties, liaisons, centre, experts. */
export const MeteoCommand = z
  .object({
    clause: ClauseRef,
    commission: z.object({ name: Text, clause: ClauseRef }).strict(),
    headquarters: z.object({ name: Text, shortName: Text, clause: ClauseRef, text: Text }).strict(),
    commander: Officer.extend({ role: z.literal('commander') }).strict(),
    deputyCommanders: z.array(Officer.extend({ role: z.literal('deputyCommander'), unitId: UnitId }).strict()).min(1),
    /** 2.1's list as written; memberUnits must name the same units in the same order. */
    memberUnitsText: ClauseText,
    memberUnits: z.array(MemberUnit).min(1),
    unlistedUnits: ClauseText,
    headquartersDuties: ClauseText.extend({ items: z.array(Text).min(1) }).strict(),
    liaison: ClauseText.extend({ every: Text, duties: z.array(LiaisonDuty).min(1), notes: Notes }).strict(),
    localCommands: ClauseText,
    commandCentre: ClauseText.extend({ location: Text, name: Text }).strict(),
    expertGroup: ClauseText.extend({ name: Text, formedBy: Text, duties: Text }).strict(),
    notes: Notes,
  })
  .strict()
  .superRefine((command, ctx) => {
    const ids = new Map<string, number>();
    const names = new Set<string>();
    command.memberUnits.forEach((unit, index) => {
      if (ids.has(unit.id))
        ctx.addIssue({
          code: 'custom',
          path: ['memberUnits', index, 'id'],
          message: `unit id "${unit.id}" is used twice`,
        });
      if (names.has(unit.name))
        ctx.addIssue({
          code: 'custom',
          path: ['memberUnits', index, 'name'],
          message: `unit "${unit.name}" is listed twice`,
        });
      ids.set(unit.id, index);
      names.add(unit.name);
    });
    const listed = command.memberUnitsText.text.split('、');
    const named = command.memberUnits.map((unit) => unit.name);
    const absent = listed.filter((name) => !names.has(name));
    if (absent.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['memberUnits'],
        message: `units of 2.1 without an entry: ${absent.join('、')}`,
      });
    } else if (listed.join('、') !== named.join('、')) {
      ctx.addIssue({
        code: 'custom',
        path: ['memberUnits'],
        message: 'memberUnits must follow 2.1: the same units, in its order',
      });
    }
    const byName = new Map(command.memberUnits.map((unit) => [unit.name, unit]));
    command.memberUnits.forEach((unit, index) => {
      for (const other of unit.duties.sharedWith) {
        const partner = byName.get(other);
        if (!partner)
          ctx.addIssue({
            code: 'custom',
            path: ['memberUnits', index, 'duties', 'sharedWith'],
            message: `"${other}" is not a member unit`,
          });
        else if (partner.duties.text !== unit.duties.text) {
          ctx.addIssue({
            code: 'custom',
            path: ['memberUnits', index, 'duties', 'text'],
            message: `units of one 2.2.2 entry carry the same duties; ${other} differs`,
          });
        }
      }
    });
    command.deputyCommanders.forEach((deputy, index) => {
      const unit = ids.get(deputy.unitId);
      if (unit === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['deputyCommanders', index, 'unitId'],
          message: `no member unit "${deputy.unitId}"`,
        });
        return;
      }
      if (!command.memberUnits[unit]!.concern.always) {
        ctx.addIssue({
          code: 'custom',
          path: ['memberUnits', unit, 'concern', 'always'],
          message: "a deputy commander's unit is concerned by every response",
        });
      }
    });
  });
export type MeteoCommand = z.infer<typeof MeteoCommand>;

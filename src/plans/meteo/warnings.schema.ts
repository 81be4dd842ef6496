import { z } from 'zod';
import { ClauseRef, Level } from '../common.schema.ts';
import { HazardKey } from './hazards.schema.ts';

const Text = z.string().min(1, 'text is required');
const Notes = z.array(z.string().min(1)).default([]);

const Field = z
  .object({
    key: z.string().regex(/^[a-z][A-Za-z]*$/, 'a field key in camelCase'),
    zh: Text,
    clause: ClauseRef,
  })
  .strict();

/** The public channels of 3.3.4, by key so messaging adapters can bind to them. */
export const ChannelKey = z.enum([
  'radio',
  'television',
  'website',
  'sms',
  'displayScreen',
  'wechat',
  'weibo',
  'mobileApp',
]);
export type ChannelKey = z.infer<typeof ChannelKey>;

/** Section 3.3: warning levels, release and first report, message content, channels, full-network SMS. */
export const MeteoWarnings = z
  .object({
    classification: z
      .object({
        clause: ClauseRef,
        text: Text,
        /** The section file that holds the levels and colours (levels.json). */
        levelsSection: z.literal('levels'),
        gradingClause: ClauseRef,
        notes: Notes,
      })
      .strict(),
    release: z
      .object({
        clause: ClauseRef,
        text: Text,
        principles: z.array(Text).min(1),
        principlesText: Text,
        producer: Text,
        producerText: Text,
        exclusive: Text,
        consultation: Text,
      })
      .strict(),
    /** 3.3.2: who is told first, by level. */
    firstReport: z.array(
      z.object({ levels: z.array(Level).min(1), to: z.array(Text).min(1), text: Text, clause: ClauseRef }).strict(),
    ),
    content: z
      .object({
        clause: ClauseRef,
        text: Text,
        /** "包括但不限于": the fields are a minimum. */
        openEnded: z.boolean(),
        issue: z.array(Field).min(1),
        update: z
          .object({
            triggers: z.array(z.enum(['content', 'level'])).min(1),
            text: Text,
            clause: ClauseRef,
            notes: Notes,
          })
          .strict(),
        cancel: z.array(Field).min(1),
        notes: Notes,
      })
      .strict(),
    dissemination: z
      .object({
        clause: ClauseRef,
        text: Text,
        channels: z.array(z.object({ key: ChannelKey, zh: Text, clause: ClauseRef }).strict()).min(1),
        channelsText: Text,
        fullNetworkSms: z
          .object({
            clause: ClauseRef,
            by: Text,
            hazards: z.array(HazardKey).min(1),
            majorImpact: z.object({ requiresJudgement: z.boolean(), text: Text }).strict(),
            text: Text,
            notes: Notes,
          })
          .strict(),
      })
      .strict(),
    /** Not the plan's: the plan leaves validity to each warning (3.3.3 预警时效); these are defaults. */
    validity: z
      .object({
        source: z.literal('projectConfiguration'),
        notes: z.array(z.string().min(1)).min(1, 'say where the defaults come from'),
        defaults: z.array(
          z.object({ hazard: HazardKey, hours: z.number().positive(), clause: ClauseRef, basis: Text }).strict(),
        ),
      })
      .strict(),
  })
  .strict()
  .superRefine((warnings, ctx) => {
    const routed = warnings.firstReport.flatMap((route) => route.levels);
    routed.forEach((level, index) => {
      if (routed.indexOf(level) !== index)
        ctx.addIssue({ code: 'custom', path: ['firstReport'], message: `level ${level} is routed twice` });
    });
    const unrouted = Level.options.filter((level) => !routed.includes(level));
    if (unrouted.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['firstReport'],
        message: `no first report for level ${unrouted.join(', ')}`,
      });

    uniqueKeys(
      warnings.content.issue.map((field) => field.key),
      ['content', 'issue'],
      ctx,
    );
    uniqueKeys(
      warnings.content.cancel.map((field) => field.key),
      ['content', 'cancel'],
      ctx,
    );
    uniqueKeys(
      warnings.dissemination.channels.map((channel) => channel.key),
      ['dissemination', 'channels'],
      ctx,
    );
    uniqueKeys(warnings.dissemination.fullNetworkSms.hazards, ['dissemination', 'fullNetworkSms', 'hazards'], ctx);

    const withValidity = warnings.validity.defaults.map((entry) => entry.hazard);
    uniqueKeys(withValidity, ['validity', 'defaults'], ctx);
    const without = HazardKey.options.filter((hazard) => !withValidity.includes(hazard));
    if (without.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['validity', 'defaults'],
        message: `no default validity for ${without.join(', ')}`,
      });
  });
export type MeteoWarnings = z.infer<typeof MeteoWarnings>;

function uniqueKeys(keys: readonly string[], path: (string | number)[], ctx: z.RefinementCtx): void {
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index)
      ctx.addIssue({ code: 'custom', path: [...path, index], message: `"${key}" is listed twice` });
  });
}

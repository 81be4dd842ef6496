import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { NOTICE_KINDS, type EndpointRoute } from '../alerts/dissemination/endpoints.ts';
import { ChannelKey } from '../plans/meteo/warnings.schema.ts';

/** A secret written in place, or the name of the environment variable that holds it. */
const Secret = z.union([z.string().min(1), z.object({ env: z.string().min(1) }).strict()]);
export type Secret = z.infer<typeof Secret>;
const HttpUrl = z.string().regex(/^https?:\/\/\S+$/, 'an http(s) URL');

const common = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-"'),
  channels: z.array(ChannelKey).default([]),
  reportsTo: z.array(z.string().min(1)).default([]),
  notices: z.array(z.enum(NOTICE_KINDS)).default([]),
  timeoutMs: z.number().int().positive().default(15_000),
};
const rate = (perSecond: number, burst: number) => ({
  ratePerSecond: z.number().positive().default(perSecond),
  burst: z.number().int().positive().default(burst),
});

const Endpoint = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('webhook'), url: HttpUrl, secret: Secret, ...common, ...rate(10, 10) }).strict(),
  // The WeChat Work group bot takes 20 messages a minute.
  z.object({ kind: z.literal('wecom'), url: HttpUrl, ...common, ...rate(20 / 60, 20) }).strict(),
  z
    .object({
      kind: z.literal('email'),
      to: z.array(z.string().regex(/^[^\s@]+@[^\s@]+$/, 'an email address')).min(1),
      ...common,
      ...rate(5, 5),
    })
    .strict(),
  z
    .object({
      kind: z.literal('sms'),
      url: HttpUrl,
      token: Secret.optional(),
      secret: Secret.optional(),
      batchSize: z.number().int().min(1).max(10_000).default(1000),
      // 3.2: the duty officers told by SMS when the continuous grading reaches or changes a level (never in code).
      dutyOfficers: z
        .array(z.string().regex(/^\+?\d{5,15}$/, 'a phone number: 5 to 15 digits, optionally after "+"'))
        .default([]),
      concurrency: z.number().int().min(1).max(64).default(4),
      ...common,
      ...rate(2000, 2000),
    })
    .strict(),
]);
export type EndpointConfig = z.infer<typeof Endpoint>;

export const ChannelsConfig = z
  .object({
    endpoints: z.array(Endpoint).default([]),
    smtp: z
      .object({
        host: z.string().min(1),
        port: z.number().int().min(1).max(65535).default(25),
        secure: z.boolean().default(false),
        requireTLS: z.boolean().default(false),
        user: z.string().optional(),
        pass: Secret.optional(),
        from: z.string().min(3),
        timeoutMs: z.number().int().positive().default(15_000),
      })
      .strict()
      .optional(),
    retry: z
      .object({
        baseMs: z.number().int().positive(),
        maxMs: z.number().int().positive(),
        maxAttempts: z.number().int().min(1),
      })
      .strict()
      .optional(),
    leaseMs: z.number().int().positive().default(60_000),
    pollMs: z.number().int().positive().default(1_000),
  })
  .strict()
  .superRefine((config, ctx) => {
    config.endpoints.forEach((endpoint, index) => {
      if (endpoint.kind === 'email' && !config.smtp)
        ctx.addIssue({
          code: 'custom',
          path: ['endpoints', index],
          message: 'an email endpoint needs the smtp settings',
        });
      // A send that outlives its lease could be claimed and sent again by another dispatcher meanwhile.
      if (endpoint.timeoutMs >= config.leaseMs)
        ctx.addIssue({
          code: 'custom',
          path: ['endpoints', index, 'timeoutMs'],
          message: `must be shorter than leaseMs (${config.leaseMs})`,
        });
    });
  });
export type ChannelsConfig = z.infer<typeof ChannelsConfig>;

export class ChannelsConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChannelsConfigError';
  }
}

/** Where the configuration came from, for the log. */
export interface LoadedChannels {
  source: string | null;
  config: ChannelsConfig;
  env: NodeJS.ProcessEnv;
}

/**
 * Reads the channel configuration: the JSON in NUANCHENG_CHANNELS, else the file NUANCHENG_CHANNELS_FILE names,
 * else `channels.json` in the data folder; none of them is a valid configuration with no endpoint.
 */
export function loadChannels(env: NodeJS.ProcessEnv, dataDir: string): LoadedChannels {
  const file = env.NUANCHENG_CHANNELS_FILE || join(dataDir, 'channels.json');
  const [source, text] = env.NUANCHENG_CHANNELS
    ? ['NUANCHENG_CHANNELS', env.NUANCHENG_CHANNELS]
    : existsSync(file) || env.NUANCHENG_CHANNELS_FILE
      ? [file, readFileSync(file, 'utf8')]
      : [null, '{}'];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // V8 quotes the text around the error, line breaks and all; the message stays one line.
    throw new ChannelsConfigError(`${source}: not valid JSON: ${(error as Error).message.replace(/\s*\n\s*/g, ' ')}`);
  }
  const parsed = ChannelsConfig.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ChannelsConfigError(`${source}: ${formatPath(issue.path)}: ${issue.message}`);
  }
  return { source, config: parsed.data, env };
}

function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`)).join('') ||
    '(root)'
  );
}

/** The secret's value; a missing environment variable stops the start rather than sending unsigned. */
export function resolveSecret(secret: Secret, env: NodeJS.ProcessEnv, path: string): string {
  if (typeof secret === 'string') return secret;
  const value = env[secret.env];
  if (!value) throw new ChannelsConfigError(`${path}: the environment variable ${secret.env} is not set`);
  return value;
}

/** What routing needs of the configured endpoints. */
export function endpointRoutes(config: ChannelsConfig): EndpointRoute[] {
  return config.endpoints.map((endpoint) => ({
    id: endpoint.id,
    kind: endpoint.kind,
    channels: endpoint.channels,
    reportsTo: endpoint.reportsTo,
    notices: endpoint.notices,
    addresses: endpoint.kind === 'email' ? endpoint.to : endpoint.kind === 'sms' ? endpoint.dutyOfficers : [],
  }));
}

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readEventBusConfig, type EventBusConfig } from './event-bus.ts';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string;
  logLevel: string;
  /** The first admin's password; unset, a random one is printed once on the first start. */
  adminPassword: string | undefined;
  /** Where the public reaches this server: feed ids and links are built on it, never on a request's Host. */
  publicUrl: string;
  /** The audit anchor's key (NUANCHENG_AUDIT_KEY or the file NUANCHENG_AUDIT_KEY_FILE), kept outside the store. */
  auditKey: Buffer | null;
  /** How this server hears the events of the other servers on its store (docs/deployment.md). */
  eventBus: EventBusConfig;
  /** The folder the national hourly air feed files are dropped into (null: no inbox is watched). */
  airInbox: string | null;
  /** A ratio target is at risk when fewer than this many bad days remain affordable (docs/air.md). */
  airRiskMarginDays: number;
}

const MIN_AUDIT_KEY_BYTES = 32;

function auditKeyOf(env: NodeJS.ProcessEnv): Buffer | null {
  let text = env.NUANCHENG_AUDIT_KEY;
  let name = 'NUANCHENG_AUDIT_KEY';
  if (!text && env.NUANCHENG_AUDIT_KEY_FILE) {
    name = 'NUANCHENG_AUDIT_KEY_FILE';
    try {
      text = readFileSync(env.NUANCHENG_AUDIT_KEY_FILE, 'utf8').trim();
    } catch (error) {
      throw new Error(
        `${name}: cannot read ${env.NUANCHENG_AUDIT_KEY_FILE} (${(error as NodeJS.ErrnoException).code})`,
        {
          cause: error,
        },
      );
    }
  }
  if (!text) return null;
  const key = Buffer.from(text, 'utf8');
  if (key.length < MIN_AUDIT_KEY_BYTES)
    throw new Error(`${name}: the audit key needs at least ${MIN_AUDIT_KEY_BYTES} bytes (e.g. openssl rand -hex 32)`);
  return key;
}

function marginOf(env: NodeJS.ProcessEnv): number {
  const text = env.NUANCHENG_AIR_RISK_MARGIN_DAYS ?? '10';
  const days = Number(text);
  if (!/^\d+$/.test(text) || days > 366)
    throw new Error(`NUANCHENG_AIR_RISK_MARGIN_DAYS: expected a number of days from 0 to 366, got "${text}"`);
  return days;
}

/** Reads the environment once; a bad value stops the start with a message naming the variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT: expected a port number, got "${env.PORT}"`);
  const dataDir = resolve(env.NUANCHENG_DATA_DIR ?? './data');
  const publicUrl = (env.NUANCHENG_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+(\/\S*)?$/.test(publicUrl))
    throw new Error(
      `NUANCHENG_PUBLIC_URL: expected an http(s) URL such as https://yj.ordos.gov.cn, got "${publicUrl}"`,
    );
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || join(dataDir, 'nuancheng.sqlite'),
    logLevel: env.LOG_LEVEL ?? 'info',
    adminPassword: env.NUANCHENG_ADMIN_PASSWORD || undefined,
    publicUrl,
    auditKey: auditKeyOf(env),
    eventBus: readEventBusConfig(env),
    airInbox: env.NUANCHENG_AIR_INBOX ? resolve(env.NUANCHENG_AIR_INBOX) : null,
    airRiskMarginDays: marginOf(env),
  };
}

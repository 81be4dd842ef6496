import { join, resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string;
  logLevel: string;
  /** The first admin's password; unset, a random one is printed once on the first start. */
  adminPassword: string | undefined;
}

/** Reads the environment once; a bad value stops the start with a message naming the variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT: expected a port number, got "${env.PORT}"`);
  const dataDir = resolve(env.NUANCHENG_DATA_DIR ?? './data');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || join(dataDir, 'nuancheng.sqlite'),
    logLevel: env.LOG_LEVEL ?? 'info',
    adminPassword: env.NUANCHENG_ADMIN_PASSWORD || undefined,
  };
}

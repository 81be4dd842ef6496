import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureWebBuild } from '../../src/startup/web-build.ts';

// One fresh PostgreSQL database per test run; every store test then gets a schema of its own inside it.
const adminUrl = process.env.NUANCHENG_TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Built once before the tests, so the servers they start as processes serve the console without building it.
  await ensureWebBuild();
  if (process.env.NUANCHENG_SKIP_PG === '1') {
    project.provide('postgresUrl', null);
    return async () => {};
  }
  const database = `nuancheng_test_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  project.provide('postgresUrl', url.toString());
  return async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await client.end();
  };
}

import pg from 'pg';
import { report } from './support.ts';

/**
 * Runs `use` against a PostgreSQL database of its own, created for the bench and dropped after it
 * (`NUANCHENG_BENCH_PG_ADMIN_URL`, default the local server). Without a server the figures are reported as skipped,
 * so `npm run bench` still prints the SQLite half.
 */
export async function withBenchDatabase(name: string, use: (url: string) => Promise<void>): Promise<void> {
  const adminUrl = process.env.NUANCHENG_BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `nuancheng_bench_${name}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    report('PostgreSQL', `skipped: ${(error as Error).message}`);
    return;
  }
  try {
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    await use(url.toString());
  } finally {
    // Without FORCE: the pool's last connections may still be closing, and DROP waits (a few seconds) for them
    // instead of cutting them off under the pool.
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.end();
  }
}

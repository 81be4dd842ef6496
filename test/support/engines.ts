import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore, type Engine, type Store } from '../../src/store/database.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';

/** The engines every store test runs on; PostgreSQL is left out only when NUANCHENG_SKIP_PG=1. */
export const engines: Engine[] = inject('postgresUrl') ? ['sqlite', 'postgres'] : ['sqlite'];

/**
 * A migrated, empty store: in-memory SQLite, or a fresh schema in this run's PostgreSQL database.
 * Call `close()` when done (PostgreSQL schemas are dropped with the run's database).
 */
export async function openTestStore(engine: Engine): Promise<Store> {
  if (engine === 'sqlite') {
    const store = openStore(':memory:');
    await migrateToLatest(store.db);
    return store;
  }
  const store = openStore(await freshPostgresUrl());
  await migrateToLatest(store.db);
  return store;
}

/** The URL of a fresh, empty PostgreSQL schema, for tests that open the store themselves (CLI, server). */
export async function freshPostgresUrl(): Promise<string> {
  const base = inject('postgresUrl');
  if (!base) throw new Error('PostgreSQL is not available for this run');
  const schema = `s_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

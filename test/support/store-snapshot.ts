import { sql } from 'kysely';
import type { Store } from '../../src/store/database.ts';
import type { Database } from '../../src/store/schema.ts';

async function allTables({ db, engine }: Store): Promise<string[]> {
  const query =
    engine === 'sqlite'
      ? sql<{ name: string }>`select name from sqlite_master where type = 'table'`
      : sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`;
  return (await query.execute(db)).rows.map((row) => row.name).sort();
}

/**
 * Every row of the given tables (all of them when none are named) in a canonical order, as one string: equal
 * before and after a refused input means nothing was written, not even part of it.
 */
export async function storeSnapshot(store: Store, tables?: ReadonlyArray<keyof Database>): Promise<string> {
  const parts: Record<string, string[]> = {};
  for (const table of tables ?? (await allTables(store))) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(store.db);
    parts[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return JSON.stringify(parts);
}

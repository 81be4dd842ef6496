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
export async function storeSnapshot(
  store: Store,
  tables?: ReadonlyArray<keyof Database>,
  options: { except?: ReadonlyArray<string> } = {},
): Promise<string> {
  const parts: Record<string, string[]> = {};
  for (const table of (tables ?? (await allTables(store))).filter((name) => !options.except?.includes(name))) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(store.db);
    parts[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return JSON.stringify(parts);
}

/**
 * What a refused request may write: its own record in the audit log (every refusal is audited) and, for a failed
 * sign-in, the lockout's count, and for observations or forecast grids that cannot be read, their dead letter (contracts/observations.md:
 * bad input is set aside with its reason, never dropped). Compare the rest with `storeSnapshot(store, undefined, { except: refusalRecords })`,
 * and check the new audit entries with `actionsAfter`.
 */
export const refusalRecords = ['audit_log', 'audit_head', 'sign_in_failures', 'observation_rejects'];
export const refusalActions = [
  'access.denied',
  'auth.login.failed',
  'auth.login.locked',
  'observations.set-aside',
  'forecasts.set-aside',
];

/** The actions of the audit entries written after `seq`. */
export async function actionsAfter(store: Store, seq: number): Promise<string[]> {
  const rows = await store.db.selectFrom('audit_log').select('action').where('seq', '>', seq).execute();
  return rows.map((row) => row.action);
}

export async function auditHead(store: Store): Promise<number> {
  const row = await store.db.selectFrom('audit_head').select('seq').executeTakeFirstOrThrow();
  return Number(row.seq);
}

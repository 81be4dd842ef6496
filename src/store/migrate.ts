import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { isPostgres } from './database.ts';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

class StaticMigrations implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

/** Brings the schema up to date; the same migrations serve SQLite and PostgreSQL. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in every schema unless told which; with several schemas in one
  // database (tests, or a shared server) it must be the one this connection writes to.
  const migrationTableSchema = isPostgres(db)
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
    : undefined;
  // Domains add migrations side by side; one registered with a lower number after a store ran a higher one must
  // still run there rather than stop the start (a migration creates its own tables and may alter only tables of
  // migrations that had landed before its branch began).
  const migrator = new Migrator({
    db,
    provider: new StaticMigrations(),
    migrationTableSchema,
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

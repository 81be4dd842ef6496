import type { Kysely } from 'kysely';

// Portable column types only: text, integer, double precision. Times are ISO 8601 text in UTC, JSON is text,
// booleans are integers 0/1 (SQLite has no boolean), ids are text chosen by the application.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_versions')
    .addColumn('plan_id', 'text', (col) => col.notNull())
    .addColumn('version', 'text', (col) => col.notNull())
    .addColumn('content_hash', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('first_loaded_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('plan_versions_pk', ['plan_id', 'content_hash'])
    .execute();

  await db.schema
    .createTable('divisions')
    .addColumn('code', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('area_km2', 'double precision', (col) => col.notNull())
    .addColumn('geometry', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('weather_stations')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('station_type', 'text', (col) => col.notNull())
    .addColumn('lat', 'double precision', (col) => col.notNull())
    .addColumn('lon', 'double precision', (col) => col.notNull())
    .addColumn('alt_m', 'double precision', (col) => col.notNull())
    .addColumn('division_code', 'text', (col) => col.notNull().references('divisions.code'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('weather_stations').execute();
  await db.schema.dropTable('divisions').execute();
  await db.schema.dropTable('plan_versions').execute();
}

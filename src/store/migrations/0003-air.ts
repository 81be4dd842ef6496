import type { Kysely } from 'kysely';

// Portable types only (text, integer, double precision). One row per station-hour with a column per
// pollutant: a year of ~1,700 stations is ~15 million rows, six times fewer than one row per value.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('air_stations')
    .addColumn('code', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('city', 'text', (col) => col.notNull())
    .addColumn('lon', 'double precision')
    .addColumn('lat', 'double precision')
    .execute();

  await db.schema
    .createTable('air_hourly')
    .addColumn('station', 'text', (col) => col.notNull())
    .addColumn('date', 'text', (col) => col.notNull())
    .addColumn('hour', 'integer', (col) => col.notNull())
    .addColumn('pm25', 'double precision')
    .addColumn('pm10', 'double precision')
    .addColumn('so2', 'double precision')
    .addColumn('no2', 'double precision')
    .addColumn('o3', 'double precision')
    .addColumn('co', 'double precision')
    .addPrimaryKeyConstraint('air_hourly_pk', ['station', 'date', 'hour'])
    .execute();
  // The year's evaluation reads every station of a date range.
  await db.schema.createIndex('air_hourly_date').on('air_hourly').columns(['date', 'hour']).execute();

  await db.schema
    .createTable('air_imports')
    .addColumn('sha256', 'text', (col) => col.primaryKey())
    .addColumn('file', 'text', (col) => col.notNull())
    .addColumn('station_hours', 'integer', (col) => col.notNull())
    .addColumn('first_hour', 'text', (col) => col.notNull())
    .addColumn('last_hour', 'text', (col) => col.notNull())
    .addColumn('imported_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('air_dust_days')
    .addColumn('region', 'text', (col) => col.notNull())
    .addColumn('date', 'text', (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('flagged_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('air_dust_days_pk', ['region', 'date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('air_dust_days').execute();
  await db.schema.dropTable('air_imports').execute();
  await db.schema.dropIndex('air_hourly_date').execute();
  await db.schema.dropTable('air_hourly').execute();
  await db.schema.dropTable('air_stations').execute();
}

import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Raw station observations as received, one row per station and hour end (or sub-hourly time): a resend of the
  // same (station, at) is a no-op, so every ingestion path can retry without counting a value twice.
  await db.schema
    .createTable('observations')
    .addColumn('station', 'text', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('precip_mm_1h', 'double precision')
    .addColumn('snow_mm_1h', 'double precision')
    .addColumn('temp_c', 'double precision')
    .addColumn('ground_temp_c', 'double precision')
    .addColumn('wind_mean_ms', 'double precision')
    .addColumn('wind_gust_ms', 'double precision')
    .addColumn('visibility_m', 'double precision')
    .addColumn('phenomenon', 'text')
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('received_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('observations_station_at', ['station', 'at'])
    .execute();
  // The derivations read every station's series over a window ending at a time.
  await db.schema.createIndex('observations_at').on('observations').columns(['at', 'station']).execute();

  // What was set aside (dead letters): the raw payload as it came, where from and why, never dropped silently.
  await db.schema
    .createTable('observation_rejects')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('raw', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('received_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('observation_rejects_received')
    .on('observation_rejects')
    .columns(['received_at', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('observation_rejects').execute();
  await db.schema.dropTable('observations').execute();
}

import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Received forecast grids, one row per source and issue time: a resend (or a later copy of the same issue) is a
  // no-op, so every ingestion path can retry. The grid and its values are kept as the validated JSON document.
  await db.schema
    .createTable('forecast_grids')
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('issued_at', 'text', (col) => col.notNull())
    .addColumn('valid_from', 'text', (col) => col.notNull())
    .addColumn('valid_to', 'text', (col) => col.notNull())
    .addColumn('valid_times', 'text', (col) => col.notNull())
    .addColumn('grid', 'text', (col) => col.notNull())
    .addColumn('values_json', 'text', (col) => col.notNull())
    .addColumn('transport', 'text', (col) => col.notNull())
    .addColumn('received_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('forecast_grids_source_issued', ['source', 'issued_at'])
    .execute();
  // The latest forecast is the one issued last.
  await db.schema.createIndex('forecast_grids_issued').on('forecast_grids').columns(['issued_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('forecast_grids').execute();
}

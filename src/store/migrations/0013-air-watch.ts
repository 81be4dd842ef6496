import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Which notices (beyond warnings) an endpoint receives, e.g. ["air-target-risk"] for the ecology bureau.
  await db.schema
    .alterTable('outbox_endpoints')
    .addColumn('notices', 'text', (col) => col.notNull().defaultTo(sql`'[]'`))
    .execute();

  // Each state a year's air target has reached (at risk, lost), once: the key that makes the ecology bureau's
  // notice go out once, however often the tracking runs and on however many servers.
  await db.schema
    .createTable('air_target_risks')
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('region', 'text', (col) => col.notNull())
    .addColumn('target_id', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('as_of', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('noticed_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('air_target_risks_pk', ['year', 'region', 'target_id', 'status'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('air_target_risks').execute();
  await db.schema.alterTable('outbox_endpoints').dropColumn('notices').execute();
}

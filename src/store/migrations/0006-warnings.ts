import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per warning: the chain of CAP messages (Alert, Updates, Cancel) about one hazard episode.
  await db.schema
    .createTable('warnings')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('hazard', 'text', (col) => col.notNull())
    .addColumn('cap_status', 'text', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('level', 'text', (col) => col.notNull())
    .addColumn('area_codes', 'text', (col) => col.notNull())
    .addColumn('onset', 'text', (col) => col.notNull())
    .addColumn('expires', 'text')
    .addColumn('latest_message_id', 'text', (col) => col.notNull())
    // "<cap_status>:<hazard>" while in force, null once cancelled: one warning per hazard at a time, and an
    // exercise never takes the place of a real warning.
    .addColumn('open_key', 'text', (col) => col.unique())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('plan_id', 'text', (col) => col.notNull())
    .addColumn('plan_version', 'text', (col) => col.notNull())
    .addColumn('plan_hash', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('warning_messages')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('warning_id', 'text', (col) => col.notNull().references('warnings.id'))
    // GB/T 35965.1 identifier; unique, so an identifier is never given twice.
    .addColumn('identifier', 'text', (col) => col.notNull().unique())
    .addColumn('sender', 'text', (col) => col.notNull())
    .addColumn('sent', 'text', (col) => col.notNull())
    .addColumn('sent_at', 'text', (col) => col.notNull())
    .addColumn('msg_type', 'text', (col) => col.notNull())
    .addColumn('cap_status', 'text', (col) => col.notNull())
    .addColumn('hazard', 'text', (col) => col.notNull())
    .addColumn('level', 'text', (col) => col.notNull())
    .addColumn('area_codes', 'text', (col) => col.notNull())
    .addColumn('onset', 'text')
    .addColumn('expires', 'text')
    .addColumn('headline_zh', 'text', (col) => col.notNull())
    .addColumn('description_zh', 'text', (col) => col.notNull())
    .addColumn('references_text', 'text')
    .addColumn('reasons', 'text', (col) => col.notNull())
    .addColumn('cap_xml', 'text', (col) => col.notNull())
    // The audit entry that records this message: a gapless, commit-ordered sequence for feeds to resume from.
    .addColumn('audit_seq', 'integer', (col) => col.notNull().unique())
    .addColumn('issued_by', 'text', (col) => col.notNull())
    .addColumn('clause', 'text', (col) => col.notNull())
    .addColumn('plan_version', 'text', (col) => col.notNull())
    .addColumn('plan_hash', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('warning_messages_warning')
    .on('warning_messages')
    .columns(['warning_id', 'audit_seq'])
    .execute();
  await db.schema.createIndex('warnings_state').on('warnings').columns(['cap_status', 'state']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('warning_messages').execute();
  await db.schema.dropTable('warnings').execute();
}

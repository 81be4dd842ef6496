import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // What a grading implies for the warnings (issue, update or cancel), kept for the duty officer to confirm,
  // change or cancel: nothing is published without a person (3.3.2).
  await db.schema
    .createTable('warning_drafts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('assessment_id', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('hazard', 'text', (col) => col.notNull())
    .addColumn('level', 'text')
    .addColumn('area_codes', 'text', (col) => col.notNull())
    .addColumn('expires', 'text')
    .addColumn('warning_id', 'text')
    .addColumn('reasons', 'text', (col) => col.notNull())
    .addColumn('clause', 'text', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull())
    // "<hazard>" while the draft awaits a decision: a newer grading's draft of the same hazard replaces it.
    .addColumn('open_key', 'text', (col) => col.unique())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('message_id', 'text')
    .addColumn('plan_version', 'text', (col) => col.notNull())
    .addColumn('plan_hash', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('warning_drafts_created').on('warning_drafts').columns(['created_at', 'id']).execute();

  // The feeds ask for the newest message of a status on every request (has anything changed?).
  await db.schema
    .createIndex('warning_messages_status_seq')
    .on('warning_messages')
    .columns(['cap_status', 'audit_seq'])
    .execute();

  // One row per scheduled job: whoever holds the lease runs the job's current slot, once across all servers.
  await db.schema
    .createTable('job_leases')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('slot', 'integer', (col) => col.notNull())
    .addColumn('holder', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_started_at', 'text')
    .addColumn('last_finished_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('job_leases').execute();
  await db.schema.dropIndex('warning_messages_status_seq').execute();
  await db.schema.dropTable('warning_drafts').execute();
}

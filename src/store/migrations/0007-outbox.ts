import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outbox_endpoints')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('channels', 'text', (col) => col.notNull())
    .addColumn('reports_to', 'text', (col) => col.notNull())
    .addColumn('addresses', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('sms_subscribers')
    .addColumn('phone', 'text', (col) => col.primaryKey())
    .addColumn('division_code', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('outbox_payloads')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('warning_id', 'text', (col) => col.notNull())
    .addColumn('identifier', 'text', (col) => col.notNull())
    .addColumn('endpoint_id', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('purpose', 'text', (col) => col.notNull())
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('routing', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('outbox_payloads_warning').on('outbox_payloads').column('warning_id').execute();

  await db.schema
    .createTable('outbox_messages')
    .addColumn('payload_id', 'text', (col) => col.notNull())
    .addColumn('endpoint_id', 'text', (col) => col.notNull())
    .addColumn('recipient', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('next_attempt_at', 'text', (col) => col.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('last_error', 'text')
    .addColumn('receipt', 'text')
    .addColumn('sent_at', 'text')
    // No foreign key to the payload: both are written in one transaction, and a check per row would slow the
    // queueing of a whole city's phones.
    .addPrimaryKeyConstraint('outbox_messages_pk', ['payload_id', 'recipient'])
    .execute();
  // Only pending messages are ever looked for by time, so sent ones leave the index and it stays small.
  await db.schema
    .createIndex('outbox_messages_due')
    .on('outbox_messages')
    .columns(['endpoint_id', 'next_attempt_at'])
    .where(sql.ref('status'), '=', sql.lit('pending'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outbox_messages').execute();
  await db.schema.dropTable('outbox_payloads').execute();
  await db.schema.dropTable('sms_subscribers').execute();
  await db.schema.dropTable('outbox_endpoints').execute();
}

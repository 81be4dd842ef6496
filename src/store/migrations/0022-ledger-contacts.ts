import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Who a unit's ledger reminders reach (issue #12 item 3): its liaison(s) before and on the deadline, its head
  // after the escalation delay. One row per unit, kind and name; a phone or an e-mail address or both.
  await db.schema
    .createTable('unit_contacts')
    .addColumn('unit_id', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('unit_contacts_pk', ['unit_id', 'kind', 'name'])
    .execute();
  // A reminder row is written once per (task, kind, deadline, recipient): its key is the primary key, so a re-run
  // or a second server adds nothing. A unit without contacts is recorded too (status no_contact, recipient '').
  await db.schema
    .alterTable('ledger_reminders')
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('queued'))
    .execute();
  await db.schema
    .alterTable('ledger_reminders')
    .addColumn('channel', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('ledger_reminders')
    .addColumn('unit_id', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('ledger_reminders_task').on('ledger_reminders').columns(['task_id', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('ledger_reminders_task').execute();
  for (const column of ['unit_id', 'channel', 'status'])
    await db.schema.alterTable('ledger_reminders').dropColumn(column).execute();
  await db.schema.dropTable('unit_contacts').execute();
}

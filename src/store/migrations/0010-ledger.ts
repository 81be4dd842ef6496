import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The supervision ledger (督查督办台账): a plan's yearly tasks, each identified by plan, year and 序号.
  await db.schema
    .createTable('ledger_tasks')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('plan_id', 'text', (col) => col.notNull())
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('number', 'text', (col) => col.notNull())
    .addColumn('number_order', 'double precision')
    .addColumn('list_order', 'double precision', (col) => col.notNull())
    .addColumn('action_clause', 'text', (col) => col.notNull())
    .addColumn('measure_clause', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('deadline', 'text')
    .addColumn('ongoing', 'integer', (col) => col.notNull())
    .addColumn('deadline_text', 'text', (col) => col.notNull())
    .addColumn('expected_result', 'text')
    .addColumn('indicator_ref', 'text')
    .addColumn('node', 'text', (col) => col.notNull())
    .addColumn('set_up_at', 'text')
    .addColumn('set_up_by', 'text')
    .addColumn('assigned_at', 'text')
    .addColumn('assigned_by', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('signed_by', 'text')
    .addColumn('handling_at', 'text')
    .addColumn('feedback_at', 'text')
    .addColumn('feedback_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('source_ref', 'text', (col) => col.notNull())
    .addColumn('plan_version', 'text', (col) => col.notNull())
    .addColumn('plan_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('ledger_tasks_identity', ['plan_id', 'year', 'number'])
    .execute();
  // The list's order (year, 序号 as a number) and its keyset pagination.
  await db.schema
    .createIndex('ledger_tasks_order')
    .on('ledger_tasks')
    .columns(['plan_id', 'list_order', 'id'])
    .execute();
  await db.schema.createIndex('ledger_tasks_deadline').on('ledger_tasks').columns(['deadline', 'node']).execute();

  await db.schema
    .createTable('ledger_task_units')
    .addColumn('task_id', 'text', (col) => col.notNull().references('ledger_tasks.id'))
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('unit', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('ledger_task_units_pk', ['task_id', 'role', 'position'])
    .execute();
  // "My unit's tasks": the unit filter and the scorecards read by unit.
  await db.schema.createIndex('ledger_task_units_unit').on('ledger_task_units').columns(['unit', 'role']).execute();

  await db.schema
    .createTable('ledger_events')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('task_id', 'text', (col) => col.notNull().references('ledger_tasks.id'))
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('node_before', 'text')
    .addColumn('node_after', 'text', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('detail', 'text', (col) => col.notNull())
    .addUniqueConstraint('ledger_events_task_seq', ['task_id', 'seq'])
    .execute();

  await db.schema
    .createTable('ledger_reports')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('task_id', 'text', (col) => col.notNull().references('ledger_tasks.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('unit', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('ledger_reports_task').on('ledger_reports').columns(['task_id', 'at']).execute();

  await db.schema
    .createTable('ledger_evidence')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('report_id', 'text', (col) => col.notNull().references('ledger_reports.id'))
    .addColumn('task_id', 'text', (col) => col.notNull().references('ledger_tasks.id'))
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('media_type', 'text', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('ledger_evidence_report').on('ledger_evidence').columns(['report_id']).execute();
  // Evidence content, kept by its sha256 in the store itself: written in the report's transaction (never half
  // a file), in every backup, the same file uploaded twice kept once. Base64 text: portable across both engines.
  await db.schema
    .createTable('ledger_files')
    .addColumn('sha256', 'text', (col) => col.primaryKey())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('content_base64', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('ledger_returns')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('task_id', 'text', (col) => col.notNull().references('ledger_tasks.id'))
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('ledger_returns_task').on('ledger_returns').columns(['task_id']).execute();

  // One row per reminder sent: the key (task, kind, deadline) makes each reminder go out once.
  await db.schema
    .createTable('ledger_reminders')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('task_id', 'text', (col) => col.notNull().references('ledger_tasks.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('deadline', 'text', (col) => col.notNull())
    .addColumn('recipient', 'text', (col) => col.notNull())
    .addColumn('message_id', 'text', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'ledger_reminders',
    'ledger_returns',
    'ledger_files',
    'ledger_evidence',
    'ledger_reports',
    'ledger_events',
    'ledger_task_units',
    'ledger_tasks',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The member units of the plan in force, kept so records made under an older plan still resolve their names.
  await db.schema
    .createTable('member_units')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('plan_id', 'text', (col) => col.notNull())
    .addColumn('plan_hash', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('responses')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('plan_id', 'text', (col) => col.notNull())
    .addColumn('plan_version', 'text', (col) => col.notNull())
    .addColumn('plan_hash', 'text', (col) => col.notNull())
    .addColumn('level', 'text')
    .addColumn('highest_level', 'text', (col) => col.notNull())
    .addColumn('hazards', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    // 'city' while the response is in force, null once ended: the unique index allows one response at a time.
    .addColumn('active_key', 'text', (col) => col.unique())
    .addColumn('started_at', 'text', (col) => col.notNull())
    .addColumn('ended_at', 'text')
    .execute();

  await db.schema
    .createTable('proposals')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('response_id', 'text', (col) => col.references('responses.id'))
    .addColumn('order_kind', 'text', (col) => col.notNull())
    .addColumn('from_level', 'text')
    .addColumn('to_level', 'text')
    .addColumn('hazards', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('assessment_id', 'text')
    .addColumn('justification', 'text')
    .addColumn('source_reference', 'text')
    .addColumn('condition_clause', 'text', (col) => col.notNull())
    .addColumn('signer_role', 'text', (col) => col.notNull())
    .addColumn('proposed_by', 'text', (col) => col.notNull())
    .addColumn('proposed_at', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    // The change of level while pending, null once decided: a second identical proposal finds the first.
    .addColumn('pending_key', 'text', (col) => col.unique())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('rejection_reason', 'text')
    .addColumn('plan_version', 'text', (col) => col.notNull())
    .addColumn('plan_hash', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('orders')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('response_id', 'text', (col) => col.notNull().references('responses.id'))
    .addColumn('proposal_id', 'text', (col) => col.notNull().references('proposals.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('from_level', 'text')
    .addColumn('to_level', 'text')
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('signer_role', 'text', (col) => col.notNull())
    .addColumn('signed_by', 'text', (col) => col.notNull())
    .addColumn('signed_at', 'text', (col) => col.notNull())
    .addColumn('clause', 'text', (col) => col.notNull())
    .addColumn('plan_version', 'text', (col) => col.notNull())
    .addColumn('plan_hash', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('unit_tasks')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('response_id', 'text', (col) => col.notNull().references('responses.id'))
    .addColumn('order_id', 'text', (col) => col.notNull().references('orders.id'))
    .addColumn('unit_id', 'text', (col) => col.notNull())
    .addColumn('unit_name', 'text', (col) => col.notNull())
    .addColumn('level', 'text', (col) => col.notNull())
    .addColumn('duties', 'text', (col) => col.notNull())
    .addColumn('due_at', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('acknowledged_by', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('escalated_at', 'text')
    .execute();
  await db.schema.createIndex('unit_tasks_open').on('unit_tasks').columns(['status', 'due_at']).execute();

  await db.schema
    .createTable('report_obligations')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('response_id', 'text', (col) => col.notNull().references('responses.id'))
    .addColumn('order_id', 'text', (col) => col.notNull().references('orders.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('to_bodies', 'text', (col) => col.notNull())
    .addColumn('due_at', 'text')
    .addColumn('clause', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('filed_at', 'text')
    .addColumn('filed_by', 'text')
    .addColumn('content', 'text')
    .execute();

  await db.schema
    .createTable('unit_reports')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('response_id', 'text', (col) => col.notNull().references('responses.id'))
    .addColumn('unit_id', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('filed_by', 'text', (col) => col.notNull())
    .addColumn('filed_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('aftermath_records')
    .addColumn('response_id', 'text', (col) => col.primaryKey().references('responses.id'))
    .addColumn('record', 'text', (col) => col.notNull())
    .addColumn('clause', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.notNull())
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'aftermath_records',
    'unit_reports',
    'report_obligations',
    'unit_tasks',
    'orders',
    'proposals',
    'responses',
    'member_units',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

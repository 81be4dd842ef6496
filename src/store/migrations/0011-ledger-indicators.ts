import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Who answers for a plan target (the coordinator assigns it; the plans name no unit for their targets).
  await db.schema
    .createTable('ledger_indicator_units')
    .addColumn('plan_id', 'text', (col) => col.notNull())
    .addColumn('target_id', 'text', (col) => col.notNull())
    .addColumn('unit', 'text', (col) => col.notNull())
    .addColumn('assigned_at', 'text', (col) => col.notNull())
    .addColumn('assigned_by', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('ledger_indicator_units_pk', ['plan_id', 'target_id'])
    .execute();
  await db.schema.createIndex('ledger_indicator_units_unit').on('ledger_indicator_units').columns(['unit']).execute();

  // A target's value history: append-only; a later report for the same period supersedes the earlier one.
  await db.schema
    .createTable('ledger_indicator_values')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('plan_id', 'text', (col) => col.notNull())
    .addColumn('target_id', 'text', (col) => col.notNull())
    .addColumn('unit', 'text', (col) => col.notNull())
    .addColumn('period', 'text', (col) => col.notNull())
    .addColumn('period_end', 'text', (col) => col.notNull())
    .addColumn('value', 'double precision', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('evidence', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('reported_at', 'text', (col) => col.notNull())
    .addColumn('reported_by', 'text', (col) => col.notNull())
    .addColumn('plan_version', 'text', (col) => col.notNull())
    .addColumn('plan_hash', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('ledger_indicator_values_target')
    .on('ledger_indicator_values')
    .columns(['plan_id', 'target_id', 'period_end', 'reported_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ledger_indicator_values').execute();
  await db.schema.dropTable('ledger_indicator_units').execute();
}

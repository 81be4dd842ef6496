import type { Kysely } from 'kysely';

// One row per graded weather situation: what came in, what the grading said, and the exact plan text (id and
// content hash, kept in plan_versions) that said it, so an assessment can be recalled and re-read later.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assessments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('created_at', 'text', (col) => col.notNull())
    // The username that asked for it; null when graded by the system itself.
    .addColumn('created_by', 'text')
    .addColumn('situation_at', 'text', (col) => col.notNull())
    .addColumn('plan_id', 'text', (col) => col.notNull())
    .addColumn('plan_version', 'text', (col) => col.notNull())
    .addColumn('plan_content_hash', 'text', (col) => col.notNull())
    .addColumn('overall_level', 'text')
    .addColumn('overall_hazards', 'text', (col) => col.notNull())
    .addColumn('input', 'text', (col) => col.notNull())
    .addColumn('result', 'text', (col) => col.notNull())
    .addForeignKeyConstraint('assessments_plan_fk', ['plan_id', 'plan_content_hash'], 'plan_versions', [
      'plan_id',
      'content_hash',
    ])
    .execute();
  await db.schema.createIndex('assessments_created_at').on('assessments').columns(['created_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assessments').execute();
}

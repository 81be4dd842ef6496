import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Where a grading came from: a person's request (POST /api/assessments, `assess`), the continuous grading of the
  // stored observations, or a backfill over a past period. The data version names the observations a grading read
  // (their count and newest receipt in the hour's window), so grading one hour twice on the same data stores once.
  await db.schema
    .alterTable('assessments')
    .addColumn('source', 'text', (col) => col.notNull().defaultTo('request'))
    .execute();
  await db.schema.alterTable('assessments').addColumn('data_version', 'text').execute();
  await db.schema
    .createIndex('assessments_source_hour_version')
    .unique()
    .on('assessments')
    .columns(['source', 'situation_at', 'data_version'])
    .where(sql.ref('data_version'), 'is not', sql.lit(null))
    .execute();
  await db.schema
    .createIndex('assessments_source_created')
    .on('assessments')
    .columns(['source', 'created_at'])
    .execute();
  // "What arrived since the last grading?" is asked every run of the job: by receipt time, not by a scan.
  await db.schema.createIndex('observations_received').on('observations').column('received_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('observations_received').execute();
  await db.schema.dropIndex('assessments_source_created').execute();
  await db.schema.dropIndex('assessments_source_hour_version').execute();
  await db.schema.alterTable('assessments').dropColumn('data_version').execute();
  await db.schema.alterTable('assessments').dropColumn('source').execute();
}

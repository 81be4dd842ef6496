import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A token's public id (listed, revoked by it) apart from its secret; rows issued before get one from their hash.
  await db.schema.alterTable('user_credentials').addColumn('id', 'text').execute();
  await sql`update user_credentials set id = substr(token_hash, 1, 16) where id is null`.execute(db);
  await db.schema.createIndex('user_credentials_id').on('user_credentials').column('id').unique().execute();
  await db.schema.createIndex('user_credentials_user').on('user_credentials').column('user_id').execute();

  await db.schema.alterTable('users').addColumn('deactivated_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('password_changed_at', 'text').execute();

  // Failed sign-ins per username and per address, for the temporary lockout (one row per key).
  await db.schema
    .createTable('sign_in_failures')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('failures', 'integer', (col) => col.notNull())
    .addColumn('first_at', 'text', (col) => col.notNull())
    .addColumn('locked_until', 'text')
    .execute();

  // The audit anchor: an HMAC of each entry's hash (and of the head) with a key kept outside the database.
  await db.schema.alterTable('audit_log').addColumn('mac', 'text').execute();
  await db.schema.alterTable('audit_head').addColumn('mac', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_head').dropColumn('mac').execute();
  await db.schema.alterTable('audit_log').dropColumn('mac').execute();
  await db.schema.dropTable('sign_in_failures').execute();
  await db.schema.alterTable('users').dropColumn('password_changed_at').execute();
  await db.schema.alterTable('users').dropColumn('deactivated_at').execute();
  await db.schema.dropIndex('user_credentials_user').execute();
  await db.schema.dropIndex('user_credentials_id').execute();
  await db.schema.alterTable('user_credentials').dropColumn('id').execute();
}

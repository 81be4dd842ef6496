import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Whether the store answers a trivial query. */
export async function storeAnswers(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

import type { Migration } from 'kysely';
import * as foundation from './0001-foundation.ts';
import * as auditAndAccess from './0004-audit-and-access.ts';

/** Every migration, by name; names sort in the order they run. Add new ones at the end. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0004-audit-and-access': auditAndAccess,
};

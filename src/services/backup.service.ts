import { statSync } from 'node:fs';
import type { Principal } from '../access/principal.ts';
import { verifyAuditLog } from '../store/audit.repository.ts';
import { backupSqliteFile, isPostgresUrl, sqliteIntegrity } from '../store/backup.ts';
import { openStore } from '../store/database.ts';
import { AccessDenied, decide } from '../access/policy.ts';
import type { PlanCatalog } from '../catalog/plan-files.ts';

/** How to back up and restore a PostgreSQL store: its own tools do it better than we could (docs/operations.md). */
export const pgDumpGuidance = [
  'The store is PostgreSQL: back it up with its own tools (nuancheng writes no copy of it).',
  '  backup:  pg_dump --format=custom --file=nuancheng.dump "$DATABASE_URL"',
  '  restore: createdb nuancheng_restored && pg_restore --no-owner --dbname=postgres://…/nuancheng_restored nuancheng.dump',
  '  then:    DATABASE_URL=postgres://…/nuancheng_restored npx nuancheng audit verify',
  "pg_dump takes one consistent snapshot while the server runs; use the pg_dump of the server's major version.",
];

export { isPostgresUrl } from '../store/backup.ts';

export type BackupOutcome =
  | { engine: 'sqlite'; file: string; bytes: number; pages: number; auditEntries: number }
  | { engine: 'postgres'; guidance: string[] };

export class BackupError extends Error {}

/**
 * Backs up the store at `databaseUrl` (the operator's act on the machine, asked of the policy like any other; the
 * store is not opened as a service context, whose start writes, because a backup must run beside a writer): SQLite through the online backup API into `destination`, then the copy is checked as a restore
 * would use it — SQLite's integrity check and the audit chain verified end to end. It writes nothing to the store
 * (a backup runs beside writers that may hold the store's lock). PostgreSQL: the pg_dump guidance, and nothing is
 * written.
 */
export async function backupStore(
  plans: PlanCatalog,
  principal: Principal,
  databaseUrl: string,
  destination: string,
): Promise<BackupOutcome> {
  const decision = decide(plans.meteo().plan, principal, 'store.backup');
  if (!decision.allowed) throw new AccessDenied('store.backup', decision);
  if (isPostgresUrl(databaseUrl)) return { engine: 'postgres', guidance: pgDumpGuidance };
  return copySqliteStore(databaseUrl, destination);
}

async function copySqliteStore(
  databaseUrl: string,
  destination: string,
): Promise<Extract<BackupOutcome, { engine: 'sqlite' }>> {
  const source = databaseUrl.replace(/^sqlite:(\/\/)?/, '');
  if (source === ':memory:') throw new BackupError('an in-memory store cannot be backed up');
  let pages: number;
  try {
    ({ pages } = await backupSqliteFile(source, destination));
  } catch (error) {
    throw new BackupError((error as Error).message, { cause: error });
  }
  const integrity = sqliteIntegrity(destination);
  if (integrity !== 'ok') throw new BackupError(`the copy ${destination} fails SQLite's integrity check: ${integrity}`);
  const copy = openStore(destination);
  try {
    const verdict = await verifyAuditLog(copy.db);
    if (!verdict.ok)
      throw new BackupError(
        `the copy's audit chain is broken at entry ${verdict.firstBad.seq}: ${verdict.firstBad.reason}`,
      );
    return {
      engine: 'sqlite',
      file: destination,
      bytes: statSync(destination).size,
      pages,
      auditEntries: verdict.entries,
    };
  } finally {
    await copy.close();
  }
}

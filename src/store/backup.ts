import { existsSync } from 'node:fs';
import SQLite from 'better-sqlite3';

/** Whether a store URL names PostgreSQL (backed up with pg_dump, not by nuancheng). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * Copies an SQLite store to `destination` with SQLite's online backup API: pages are copied while other
 * connections go on reading and writing, and the copy is one consistent state of the store (what was committed
 * when the copy finished). Refuses to write over an existing file. Returns the copy's page count.
 */
export async function backupSqliteFile(sourceFile: string, destination: string): Promise<{ pages: number }> {
  if (!existsSync(sourceFile)) throw new Error(`no SQLite store at ${sourceFile}`);
  if (existsSync(destination)) throw new Error(`${destination} exists; a backup never writes over a file`);
  const source = new SQLite(sourceFile, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await source.backup(destination);
    return { pages: totalPages };
  } finally {
    source.close();
  }
}

/** SQLite's own check of a store file: "ok", or the first problems it finds. */
export function sqliteIntegrity(file: string): string {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    return rows.map((row) => row.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

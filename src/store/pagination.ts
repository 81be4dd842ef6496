import { sql, type Expression, type SqlBool } from 'kysely';

/**
 * Keyset pagination, the same for every list: rows ordered by a key and a unique tiebreaker (usually the id);
 * the cursor is the opaque text of the last row's key and tiebreaker, and the next page starts after it. A page
 * never skips or repeats a row when rows are added between requests, and costs the same deep in the list.
 */
export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

export interface Page<T> {
  items: T[];
  /** The cursor of the next page; null on the last one. */
  next: string | null;
}

export type CursorKey = [string | number, string];

/** A cursor that was not made by this server, or was tampered with: the caller's to fix. */
export class CursorError extends Error {
  constructor() {
    super('cursor 无效:请使用上一页返回的 next 原样传回');
    this.name = 'CursorError';
  }
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === 2 &&
      (typeof key[0] === 'string' || typeof key[0] === 'number') &&
      typeof key[1] === 'string'
    )
      return [key[0], key[1]];
  } catch {
    // falls through to the refusal
  }
  throw new CursorError();
}

/** `(key, id) < (cursor)` for a descending list, `>` for an ascending one (row values: both engines have them). */
export function after(
  columns: [string | Expression<unknown>, string],
  direction: 'asc' | 'desc',
  cursor: string,
): Expression<SqlBool> {
  const [key, id] = decodeCursor(cursor);
  const op = sql.raw(direction === 'desc' ? '<' : '>');
  const first = typeof columns[0] === 'string' ? sql.ref(columns[0]) : columns[0];
  return sql<SqlBool>`(${first}, ${sql.ref(columns[1])}) ${op} (${key}, ${id})`;
}

/** Rows fetched with `limit + 1` become a page: the extra row only says there is a next one. */
export function pageOf<R, T>(rows: R[], limit: number, keyOf: (row: R) => CursorKey, map: (row: R) => T): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items: items.map(map), next: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor, Role } from '../access/roles.ts';
import type { Database } from './schema.ts';
import type { UsersTable } from './tables/audit-and-access.ts';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  passwordHash: string;
}

function toActor(row: Pick<UsersTable, 'id' | 'username' | 'display_name' | 'role' | 'unit_id'>): Actor {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    unitId: row.unit_id,
  };
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createUser(db: Kysely<Database>, user: NewUser, now: Date): Promise<Actor> {
  const id = randomUUID();
  await db
    .insertInto('users')
    .values({
      id,
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      unit_id: user.unitId,
      password_hash: user.passwordHash,
      active: 1,
      created_at: now.toISOString(),
    })
    .execute();
  return { id, username: user.username, displayName: user.displayName, role: user.role, unitId: user.unitId };
}

export async function findUserByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<(Actor & { passwordHash: string; active: boolean }) | undefined> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  return row && { ...toActor(row), passwordHash: row.password_hash, active: row.active === 1 };
}

export async function listUsers(db: Kysely<Database>): Promise<Actor[]> {
  const rows = await db.selectFrom('users').selectAll().where('active', '=', 1).orderBy('username').execute();
  return rows.map(toActor);
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Issues a secret for a user (a login session or an API token). Only its sha256 is stored, so a copy of the
 * database does not hand out working credentials.
 */
export async function issueCredential(
  db: Kysely<Database>,
  userId: string,
  kind: 'session' | 'api-token',
  now: Date,
  options: { ttlMs?: number; label?: string } = {},
): Promise<{ token: string; expiresAt: string | null }> {
  const token = `nc_${randomBytes(32).toString('base64url')}`;
  const expiresAt = options.ttlMs ? new Date(now.getTime() + options.ttlMs).toISOString() : null;
  await db
    .insertInto('user_credentials')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      kind,
      label: options.label ?? null,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      revoked_at: null,
    })
    .execute();
  return { token, expiresAt };
}

/** The active user a secret belongs to, if it is known, unexpired and not revoked. */
export async function actorForCredential(db: Kysely<Database>, token: string, now: Date): Promise<Actor | undefined> {
  const row = await db
    .selectFrom('user_credentials')
    .innerJoin('users', 'users.id', 'user_credentials.user_id')
    .select([
      'users.id',
      'users.username',
      'users.display_name',
      'users.role',
      'users.unit_id',
      'user_credentials.expires_at',
    ])
    .where('user_credentials.token_hash', '=', hashToken(token))
    .where('user_credentials.revoked_at', 'is', null)
    .where('users.active', '=', 1)
    .executeTakeFirst();
  if (!row || (row.expires_at !== null && row.expires_at <= now.toISOString())) return undefined;
  return toActor(row);
}

export async function revokeCredential(db: Kysely<Database>, token: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('user_credentials')
    .set({ revoked_at: now.toISOString() })
    .where('token_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor, Role } from '../access/roles.ts';
import { after, pageOf, type Page, type PageRequest } from './pagination.ts';
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
      deactivated_at: null,
      password_changed_at: now.toISOString(),
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

export async function findUserById(
  db: Kysely<Database>,
  id: string,
): Promise<(Actor & { active: boolean }) | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...toActor(row), active: row.active === 1 };
}

export type UserRecord = Actor & { active: boolean; createdAt: string; deactivatedAt: string | null };

/** Users by username; the deactivated ones only when asked for. */
export async function listUsers(
  db: Kysely<Database>,
  page: PageRequest = { limit: 500 },
  options: { includeInactive?: boolean } = {},
): Promise<Page<UserRecord>> {
  let query = db.selectFrom('users').selectAll();
  if (!options.includeInactive) query = query.where('active', '=', 1);
  if (page.cursor) query = query.where(after(['username', 'id'], 'asc', page.cursor));
  const rows = await query
    .orderBy('username')
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return pageOf(
    rows,
    page.limit,
    (row) => [row.username, row.id],
    (row) => ({
      ...toActor(row),
      active: row.active === 1,
      createdAt: row.created_at,
      deactivatedAt: row.deactivated_at,
    }),
  );
}

export async function setPasswordHash(
  db: Kysely<Database>,
  userId: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, password_changed_at: now.toISOString() })
    .where('id', '=', userId)
    .execute();
}

/** Deactivates a user; false when already inactive. Their credentials stop working at once (see actorForCredential). */
export async function deactivateUser(db: Kysely<Database>, userId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ active: 0, deactivated_at: now.toISOString() })
    .where('id', '=', userId)
    .where('active', '=', 1)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
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
): Promise<{ id: string; token: string; expiresAt: string | null }> {
  const token = `nc_${randomBytes(32).toString('base64url')}`;
  const id = randomUUID();
  const expiresAt = options.ttlMs ? new Date(now.getTime() + options.ttlMs).toISOString() : null;
  await db
    .insertInto('user_credentials')
    .values({
      id,
      token_hash: hashToken(token),
      user_id: userId,
      kind,
      label: options.label ?? null,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      revoked_at: null,
    })
    .execute();
  return { id, token, expiresAt };
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

/** The public id of the credential a secret is, if any. */
export async function credentialIdOf(db: Kysely<Database>, token: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('user_credentials')
    .select('id')
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  return row?.id;
}

export interface CredentialRecord {
  id: string;
  userId: string;
  username: string;
  kind: 'session' | 'api-token';
  label: string | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export async function findCredential(db: Kysely<Database>, id: string): Promise<CredentialRecord | undefined> {
  const row = await credentialQuery(db).where('user_credentials.id', '=', id).executeTakeFirst();
  return row && toCredential(row);
}

function credentialQuery(db: Kysely<Database>) {
  return db
    .selectFrom('user_credentials')
    .innerJoin('users', 'users.id', 'user_credentials.user_id')
    .select([
      'user_credentials.id',
      'user_credentials.user_id',
      'users.username',
      'user_credentials.kind',
      'user_credentials.label',
      'user_credentials.created_at',
      'user_credentials.expires_at',
      'user_credentials.revoked_at',
    ]);
}

function toCredential(row: {
  id: string;
  user_id: string;
  username: string;
  kind: 'session' | 'api-token';
  label: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}): CredentialRecord {
  return {
    id: row.id,
    userId: row.user_id,
    username: row.username,
    kind: row.kind,
    label: row.label,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

/** Sessions and tokens, newest first: of one user, or everyone's; those still valid at `validAt` only when asked. */
export async function listCredentials(
  db: Kysely<Database>,
  filter: { userId?: string | undefined; validAt?: string | undefined },
  page: PageRequest,
): Promise<Page<CredentialRecord>> {
  let query = credentialQuery(db);
  if (filter.userId) query = query.where('user_credentials.user_id', '=', filter.userId);
  const validAt = filter.validAt;
  if (validAt)
    query = query
      .where('user_credentials.revoked_at', 'is', null)
      .where((eb) =>
        eb.or([eb('user_credentials.expires_at', 'is', null), eb('user_credentials.expires_at', '>', validAt)]),
      );
  if (page.cursor)
    query = query.where(after(['user_credentials.created_at', 'user_credentials.id'], 'desc', page.cursor));
  const rows = await query
    .orderBy('user_credentials.created_at', 'desc')
    .orderBy('user_credentials.id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return pageOf(rows, page.limit, (row) => [row.created_at, row.id], toCredential);
}

/** Revokes one credential by its public id, or every credential of a user; returns how many it revoked. */
export async function revokeCredentials(
  db: Kysely<Database>,
  which: { id: string } | { userId: string },
  now: Date,
): Promise<number> {
  let query = db.updateTable('user_credentials').set({ revoked_at: now.toISOString() }).where('revoked_at', 'is', null);
  query = 'id' in which ? query.where('id', '=', which.id) : query.where('user_id', '=', which.userId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The failures counted against one key (a username or an address) in the lockout window. */
export async function signInFailures(
  db: Kysely<Database>,
  key: string,
): Promise<{ failures: number; firstAt: string; lockedUntil: string | null } | undefined> {
  const row = await db.selectFrom('sign_in_failures').selectAll().where('key', '=', key).executeTakeFirst();
  return row && { failures: Number(row.failures), firstAt: row.first_at, lockedUntil: row.locked_until };
}

export async function saveSignInFailures(
  db: Kysely<Database>,
  key: string,
  state: { failures: number; firstAt: string; lockedUntil: string | null },
): Promise<void> {
  await db
    .insertInto('sign_in_failures')
    .values({ key, failures: state.failures, first_at: state.firstAt, locked_until: state.lockedUntil })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ failures: state.failures, first_at: state.firstAt, locked_until: state.lockedUntil }),
    )
    .execute();
}

export async function clearSignInFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
}

import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '../access/password.ts';
import { passwordProblem } from '../access/password-policy.ts';
import { operationsFor, type OperationView } from '../access/policy.ts';
import { principalName, systemPrincipal, userPrincipal, type Principal } from '../access/principal.ts';
import { roleNamesZh, type Actor, type Role } from '../access/roles.ts';
import { afterFailure, defaultLockout, lockedUntil } from '../access/sign-in-lockout.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import { appendAudit } from '../store/audit.repository.ts';
import {
  actorForCredential,
  clearSignInFailures,
  countUsers,
  createUser,
  credentialIdOf,
  deactivateUser,
  findCredential,
  findUserById,
  findUserByUsername,
  issueCredential,
  listCredentials,
  listUsers,
  revokeCredentials,
  saveSignInFailures,
  setPasswordHash,
  signInFailures,
  type CredentialRecord,
  type UserRecord,
} from '../store/users.repository.ts';
import type { ServiceContext } from './context.ts';
import type { Page, PageRequest } from './pagination.ts';
import { change, read } from './use-case.ts';

export type { CredentialRecord, UserRecord } from '../store/users.repository.ts';

export const SESSION_TTL_MS = 12 * 3600_000;
/** API tokens expire: 90 days unless asked otherwise, a year at most. */
export const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_MAX_DAYS = 365;

/** A sign-in or credential the door does not accept: 401, or 429 while a lockout lasts. */
export class SignInRefused extends Error {
  constructor(
    readonly status: 401 | 429,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'SignInRefused';
  }
}

// Checked against when the username is unknown, so a wrong username costs what a wrong password costs and the
// answer's timing does not tell which usernames exist.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword(randomBytes(18).toString('base64url')));

/** The person a session or API token belongs to; an unknown, expired or revoked one is refused. */
export async function authenticate(ctx: ServiceContext, credential: string): Promise<Principal> {
  const actor = await actorForCredential(ctx.store.db, credential, ctx.clock());
  if (!actor) throw new SignInRefused(401, 'invalid_credentials', '会话或令牌无效、已过期或已被吊销,请重新登录');
  return userPrincipal(actor);
}

function checkedPassword(password: string, username: string, path = 'password'): string {
  const problem = passwordProblem(password, username);
  if (problem) throw new WorkflowError('invalid', 'weak_password', problem, null, path);
  return password;
}

async function auditAs(
  ctx: ServiceContext,
  actor: string,
  event: { action: string; subjectId: string; payload: unknown },
) {
  await ctx.store.db
    .transaction()
    .execute((trx) => appendAudit(trx, { at: ctx.clock().toISOString(), actor, subjectType: 'user', ...event }));
}

/**
 * Signs a person in: a temporary lockout per username and per address after repeated failures, one answer for an
 * unknown user and a wrong password (same words, same cost), every attempt audited. Returns a 12-hour session.
 */
export async function signIn(
  ctx: ServiceContext,
  request: { username: string; password: string; address: string },
): Promise<{ token: string; expiresAt: string | null; user: Actor }> {
  const db = ctx.store.db;
  const now = ctx.clock();
  const keys = { user: `user:${request.username}`, address: `address:${request.address}` };
  const actorName = `anonymous@${request.address}`;
  const locks = [await signInFailures(db, keys.user), await signInFailures(db, keys.address)]
    .map((count) => lockedUntil(count, now))
    .filter((until): until is string => until !== null);
  if (locks.length > 0) {
    const until = locks.sort().at(-1)!;
    await auditAs(ctx, actorName, {
      action: 'auth.login.locked',
      subjectId: request.username,
      payload: { address: request.address, lockedUntil: until },
    });
    const seconds = Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 1000));
    throw new SignInRefused(
      429,
      'sign_in_locked',
      `登录失败次数过多,已暂时锁定,请在 ${Math.ceil(seconds / 60)} 分钟后再试`,
      seconds,
    );
  }
  const user = await findUserByUsername(db, request.username);
  const passwordOk = await verifyPassword(request.password, user?.passwordHash ?? (await dummy()));
  if (!user || !user.active || !passwordOk) {
    await saveSignInFailures(
      db,
      keys.user,
      afterFailure(await signInFailures(db, keys.user), defaultLockout.user, now),
    );
    await saveSignInFailures(
      db,
      keys.address,
      afterFailure(await signInFailures(db, keys.address), defaultLockout.address, now),
    );
    await auditAs(ctx, actorName, {
      action: 'auth.login.failed',
      subjectId: request.username,
      payload: { address: request.address },
    });
    throw new SignInRefused(401, 'invalid_login', '用户名或密码错误');
  }
  await clearSignInFailures(db, keys.user);
  const { passwordHash: _hash, active: _active, ...actor } = user;
  const session = await issueCredential(db, actor.id, 'session', now, { ttlMs: SESSION_TTL_MS });
  await auditAs(ctx, principalName(userPrincipal(actor)), {
    action: 'auth.login',
    subjectId: actor.username,
    payload: { address: request.address, credentialId: session.id, expiresAt: session.expiresAt },
  });
  return { token: session.token, expiresAt: session.expiresAt, user: actor };
}

/** Ends the session (or revokes the token) the request came with. */
export async function signOut(ctx: ServiceContext, principal: Principal, credential: string): Promise<void> {
  await change(ctx, principal, 'session.end', async ({ trx, at, audit }) => {
    const id = await credentialIdOf(trx, credential);
    if (!id) return;
    await revokeCredentials(trx, { id }, at);
    await audit({ action: 'auth.logout', subjectType: 'credential', subjectId: id, payload: null });
  });
}

export interface Me extends Actor {
  roleZh: string;
  /** Every operation, whether this person may attempt it and why not (what the console shows on its buttons). */
  operations: OperationView[];
}

export async function me(ctx: ServiceContext, principal: Principal): Promise<Me> {
  return read(ctx, principal, 'me.read', async () => {
    if (principal.kind !== 'user') throw new Error('me.read is for signed-in people');
    const { user } = principal;
    return { ...user, roleZh: roleNamesZh[user.role], operations: operationsFor(ctx.plans.meteo().plan, principal) };
  });
}

/** Issues an API token for the person asking (shown once); it expires after `expiresInDays`. */
export async function issueToken(
  ctx: ServiceContext,
  principal: Principal,
  request: { label: string; expiresInDays?: number },
): Promise<{ id: string; token: string; label: string; expiresAt: string | null }> {
  const days = request.expiresInDays ?? TOKEN_DEFAULT_DAYS;
  return change(ctx, principal, 'tokens.issue', async ({ trx, at, principal: who, audit }) => {
    if (who.kind !== 'user') throw new Error('tokens are issued to people');
    const issued = await issueCredential(trx, who.user.id, 'api-token', at, {
      label: request.label,
      ttlMs: days * 86_400_000,
    });
    await audit({
      action: 'auth.token.issued',
      subjectType: 'credential',
      subjectId: issued.id,
      payload: { userId: who.user.id, label: request.label, expiresAt: issued.expiresAt },
    });
    return { id: issued.id, token: issued.token, label: request.label, expiresAt: issued.expiresAt };
  });
}

/**
 * Sessions and tokens: a person's own, or (the administrator, the operator) everyone's or one user's. Only those
 * still valid unless `all` is asked.
 */
export async function listTokens(
  ctx: ServiceContext,
  principal: Principal,
  query: { username?: string; includeEnded?: boolean } & PageRequest,
): Promise<Page<CredentialRecord>> {
  const db = ctx.store.db;
  const owner =
    query.username !== undefined
      ? await findUserByUsername(db, query.username)
      : principal.kind === 'user'
        ? principal.user
        : undefined;
  if (query.username !== undefined && !owner)
    throw new WorkflowError('not-found', 'user_not_found', `没有用户「${query.username}」`, null, 'username');
  return read(
    ctx,
    principal,
    'tokens.list',
    (reader) =>
      listCredentials(
        reader,
        { userId: owner?.id, validAt: query.includeEnded ? undefined : ctx.clock().toISOString() },
        query,
      ),
    owner ? { ownerId: owner.id } : {},
  );
}

/** Revokes a session or token by its id: one's own, or anyone's for the administrator and the operator. */
export async function revokeToken(ctx: ServiceContext, principal: Principal, id: string): Promise<CredentialRecord> {
  return change(ctx, principal, 'tokens.revoke', async ({ trx, at, allow, audit }) => {
    const credential = await findCredential(trx, id);
    if (!credential) throw new WorkflowError('not-found', 'token_not_found', `没有编号为 ${id} 的令牌`, null, 'id');
    allow({ ownerId: credential.userId });
    if ((await revokeCredentials(trx, { id }, at)) === 0)
      throw new WorkflowError('conflict', 'token_revoked', '这个令牌已被吊销');
    await audit({
      action: 'auth.token.revoked',
      subjectType: 'credential',
      subjectId: id,
      payload: { userId: credential.userId, kind: credential.kind },
    });
    return (await findCredential(trx, id))!;
  });
}

export async function listUserAccounts(
  ctx: ServiceContext,
  principal: Principal,
  query: { includeInactive?: boolean } & PageRequest,
): Promise<Page<UserRecord>> {
  return read(ctx, principal, 'users.list', (db) =>
    listUsers(db, query, { includeInactive: query.includeInactive === true }),
  );
}

export interface NewUserRequest {
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  password: string;
}

/** The administrator creates a person (a liaison bound to a member unit of 2.1), with a password meeting the policy. */
export async function createUserAccount(
  ctx: ServiceContext,
  principal: Principal,
  request: NewUserRequest,
): Promise<Actor> {
  const { username, displayName, role, unitId, password } = request;
  return change(ctx, principal, 'users.create', async ({ trx, at, audit }) => {
    if (role === 'unitLiaison' && !unitId)
      throw new WorkflowError('invalid', 'unit_required', '成员单位联络员须指定所属成员单位', '2.2.3', 'unitId');
    if (role !== 'unitLiaison' && unitId)
      throw new WorkflowError(
        'invalid',
        'unit_not_allowed',
        `只有成员单位联络员绑定成员单位,${roleNamesZh[role]}不绑定`,
        null,
        'unitId',
      );
    // A liaison speaks for a meteo member unit (2.2.3) or, for the supervision ledger, any unit of the city
    // registry (plans/city/units.json holds every member unit under the same id).
    if (unitId && !ctx.plans.units().byUnitId(unitId))
      throw new WorkflowError('invalid', 'unknown_unit', `单位名录中没有单位「${unitId}」`, '2.1', 'unitId');
    checkedPassword(password, username);
    if (await findUserByUsername(trx, username))
      throw new WorkflowError('conflict', 'username_taken', `用户名「${username}」已被使用`, null, 'username');
    const user = await createUser(
      trx,
      { username, displayName, role, unitId, passwordHash: await hashPassword(password) },
      at,
    );
    await audit({
      action: 'user.created',
      subjectType: 'user',
      subjectId: user.id,
      payload: { username, displayName, role, unitId },
    });
    return user;
  });
}

async function userNamed(db: ServiceContext['store']['db'], ref: { id: string } | { username: string }) {
  const user = 'id' in ref ? await findUserById(db, ref.id) : await findUserByUsername(db, ref.username);
  if (!user)
    throw new WorkflowError(
      'not-found',
      'user_not_found',
      `没有用户「${'id' in ref ? ref.id : ref.username}」`,
      null,
      'id' in ref ? 'id' : 'username',
    );
  return user;
}

/** Sets a new password (the administrator, or the operator on the command line); every session and token ends. */
export async function resetPassword(
  ctx: ServiceContext,
  principal: Principal,
  ref: { id: string } | { username: string },
  password: string,
): Promise<{ revoked: number }> {
  return change(ctx, principal, 'users.resetPassword', async ({ trx, at, audit }) => {
    const user = await userNamed(trx, ref);
    checkedPassword(password, user.username);
    await setPasswordHash(trx, user.id, await hashPassword(password), at);
    const revoked = await revokeCredentials(trx, { userId: user.id }, at);
    await clearSignInFailures(trx, `user:${user.username}`);
    await audit({ action: 'user.password.reset', subjectType: 'user', subjectId: user.id, payload: { revoked } });
    return { revoked };
  });
}

/** Deactivates a person: they can no longer sign in, and their sessions and tokens stop working at once. */
export async function deactivateAccount(
  ctx: ServiceContext,
  principal: Principal,
  ref: { id: string } | { username: string },
): Promise<{ revoked: number }> {
  return change(ctx, principal, 'users.deactivate', async ({ trx, at, allow, audit }) => {
    const user = await userNamed(trx, ref);
    allow({ ownerId: user.id });
    if (!(await deactivateUser(trx, user.id, at)))
      throw new WorkflowError('conflict', 'user_inactive', `用户「${user.username}」已停用`);
    const revoked = await revokeCredentials(trx, { userId: user.id }, at);
    await audit({ action: 'user.deactivated', subjectType: 'user', subjectId: user.id, payload: { revoked } });
    return { revoked };
  });
}

/**
 * On the server's first start (no user yet) creates the `admin` account: with the configured password (which must
 * meet the policy), else with a random one returned to be shown once. Only the server does this; a store command
 * never creates users. Returns null when users exist already.
 */
export async function ensureAdmin(
  ctx: ServiceContext,
  given: string | undefined,
): Promise<{ password: string | null } | null> {
  if ((await countUsers(ctx.store.db)) > 0) return null;
  if (given !== undefined) {
    const problem = passwordProblem(given, 'admin');
    if (problem) throw new Error(`NUANCHENG_ADMIN_PASSWORD: ${problem}`);
  }
  const password = given ?? randomBytes(15).toString('base64url');
  const passwordHash = await hashPassword(password);
  await ctx.store.db.transaction().execute(async (trx) => {
    const at = ctx.clock();
    const user = await createUser(
      trx,
      { username: 'admin', displayName: '系统管理员', role: 'admin', unitId: null, passwordHash },
      at,
    );
    await appendAudit(trx, {
      at: at.toISOString(),
      actor: principalName(systemPrincipal()),
      action: 'user.created',
      subjectType: 'user',
      subjectId: user.id,
      payload: { username: 'admin', role: 'admin', seeded: true },
    });
  });
  return { password: given === undefined ? password : null };
}

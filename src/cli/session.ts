import { userInfo } from 'node:os';
import { AccessDenied } from '../access/policy.ts';
import { operatorPrincipal, type Principal } from '../access/principal.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import type { ServiceContext } from '../services/context.ts';
import { authenticate, SignInRefused } from '../services/users.service.ts';
import { readConfig } from '../startup/config.ts';
import { openContext } from '../startup/context.ts';
import { InputError } from './input-error.ts';

/**
 * Opens the configured store (DATABASE_URL, else the SQLite file in the data folder; `--database` overrides),
 * created and migrated on a new data folder, with the plans and the audit key, for one command.
 */
export async function withServices<T>(use: (ctx: ServiceContext) => Promise<T>, databaseUrl?: string): Promise<T> {
  const config = readConfig();
  const ctx = await openContext({ databaseUrl: databaseUrl ?? config.databaseUrl, auditKey: config.auditKey });
  try {
    return await refusalsAsInput(() => use(ctx));
  } finally {
    await ctx.store.close();
  }
}

/** The local operator who holds the store: who a store command without a token acts as (audited by name). */
export function operator(): Principal {
  let name = process.env.USER ?? 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // No passwd entry (a container's numeric user): the environment's name stands.
  }
  return operatorPrincipal(name);
}

/** The person a `--token` (or NUANCHENG_TOKEN) belongs to, checked against the store like an HTTP request. */
export async function signedIn(ctx: ServiceContext, token: string | undefined): Promise<Principal> {
  const given = token ?? process.env.NUANCHENG_TOKEN;
  if (!given) throw new InputError('--token(或 NUANCHENG_TOKEN):需要 API 令牌;登录后用 POST /api/auth/tokens 申领');
  return authenticate(ctx, given);
}

/** A refusal by the policy or the plan, or a sign-in refused, is the user's to fix: one line, exit 2. */
export async function refusalsAsInput<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AccessDenied || error instanceof WorkflowError || error instanceof SignInRefused)
      throw new InputError(`${error.code}: ${error.message}`);
    throw error;
  }
}

import type { CapSigner } from '../../src/alerts/cap/signature.ts';
import type { Engine } from '../../src/store/database.ts';
import { buildApp, type App } from '../../src/server/app.ts';
import { defaultServerOptions, type AppContext, type ServerOptions } from '../../src/server/context.ts';
import { ensureAdmin } from '../../src/services/users.service.ts';
import { openContext } from '../../src/startup/context.ts';
import { freshPostgresUrl } from './engines.ts';

export const TEST_ADMIN_PASSWORD = 'door-keeper-for-tests';

/** The whole application on a fresh store of the given engine, with its admin, for `app.inject` tests. */
export async function openTestApp(
  engine: Engine,
  options?: Partial<ServerOptions> & { capSigner?: CapSigner },
): Promise<{ app: App; ctx: AppContext; close: () => Promise<void> }> {
  const databaseUrl = engine === 'sqlite' ? ':memory:' : await freshPostgresUrl();
  const ctx = await openContext({ databaseUrl, capSigner: options?.capSigner ?? null });
  await ensureAdmin(ctx, TEST_ADMIN_PASSWORD);
  const app = await buildApp(ctx, {
    ...defaultServerOptions,
    ...(options?.publicUrl ? { publicUrl: options.publicUrl } : {}),
  });
  return {
    app,
    ctx,
    close: async () => {
      await app.close();
      await ctx.store.close();
    },
  };
}

export const TEST_PASSWORD = 'correct horse battery';

/** Signs in as the admin and returns its bearer header. */
export async function adminHeaders(app: App): Promise<{ authorization: string }> {
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin', password: TEST_ADMIN_PASSWORD },
  });
  return { authorization: `Bearer ${login.json().token}` };
}

/** Creates a person of a role (through the admin, as in life) and returns their bearer header. */
export async function personHeaders(
  app: App,
  person: { username: string; role: string; unitId?: string },
): Promise<{ authorization: string }> {
  const created = await app.inject({
    method: 'POST',
    url: '/api/users',
    headers: await adminHeaders(app),
    payload: { displayName: person.username, password: TEST_PASSWORD, ...person },
  });
  if (created.statusCode !== 201) throw new Error(`creating ${person.username}: ${created.body}`);
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: person.username, password: TEST_PASSWORD },
  });
  return { authorization: `Bearer ${login.json().token}` };
}

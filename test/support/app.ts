import type { CapSigner } from '../../src/alerts/cap/signature.ts';
import type { Engine } from '../../src/store/database.ts';
import { buildApp, type App } from '../../src/server/app.ts';
import type { AppContext } from '../../src/server/context.ts';
import { openContext } from '../../src/startup/context.ts';
import { freshPostgresUrl } from './engines.ts';

export const TEST_ADMIN_PASSWORD = 'admin-password-for-tests';

/** The whole application on a fresh store of the given engine, for `app.inject` tests. */
export async function openTestApp(
  engine: Engine,
  options: { capSigner?: CapSigner } = {},
): Promise<{ app: App; ctx: AppContext; close: () => Promise<void> }> {
  const databaseUrl = engine === 'sqlite' ? ':memory:' : await freshPostgresUrl();
  const ctx = await openContext({
    databaseUrl,
    adminPassword: TEST_ADMIN_PASSWORD,
    capSigner: options.capSigner ?? null,
  });
  const app = await buildApp(ctx);
  return {
    app,
    ctx,
    close: async () => {
      await app.close();
      await ctx.store.close();
    },
  };
}

import { pino, type Logger } from 'pino';
import type { CapSigner } from '../alerts/cap/signature.ts';
import { PlanCatalog } from '../catalog/plan-files.ts';
import { loadGeography } from '../catalog/geography.ts';
import { openStore } from '../store/database.ts';
import { saveGeography } from '../store/geography.repository.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { recordPlanVersions } from '../store/plans.repository.ts';
import { saveMemberUnits } from '../store/response.repository.ts';
import { seedAdmin } from './seed-admin.ts';
import type { AppContext } from '../server/context.ts';

/**
 * The composition root: validates the plans (nothing starts with a broken plan), opens and migrates the store,
 * and writes the reference data (plan versions, divisions, stations) into it.
 */
export async function openContext(options: {
  databaseUrl: string;
  logger?: Logger;
  plansDir?: string;
  adminPassword?: string;
  capSigner?: CapSigner | null;
}): Promise<AppContext> {
  const logger = options.logger ?? pino({ level: 'silent' });
  const plans = PlanCatalog.load(options.plansDir);
  const geography = loadGeography();
  const store = openStore(options.databaseUrl);
  try {
    const applied = await migrateToLatest(store.db);
    if (applied.length > 0) logger.info({ migrations: applied }, 'store migrated');
    await recordPlanVersions(
      store.db,
      plans.list().map((plan) => ({
        planId: plan.id,
        version: plan.version,
        contentHash: plan.contentHash,
        kind: plan.kind,
        content: plan.plan,
      })),
      new Date(),
    );
    await saveGeography(store.db, geography);
    const meteo = plans.meteo();
    await saveMemberUnits(store.db, meteo.plan.command.memberUnits, meteo.id, meteo.contentHash);
    await seedAdmin(store, logger, options.adminPassword);
  } catch (error) {
    await store.close();
    throw error;
  }
  return { store, plans, geography, logger, capSigner: options.capSigner ?? null };
}

import { pino, type Logger } from 'pino';
import type { CapSigner } from '../alerts/cap/signature.ts';
import { loadGeography } from '../catalog/geography.ts';
import { PlanCatalog } from '../catalog/plan-files.ts';
import type { Geography } from '../geo/types.ts';
import type { ServiceContext } from '../services/context.ts';
import { eventsOf, type EventBus } from '../services/events.ts';
import { useAuditKey } from '../store/audit.repository.ts';
import { openStore, type Store } from '../store/database.ts';
import { saveGeography } from '../store/geography.repository.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { openEventBus, type EventBusConfig } from './event-bus.ts';
import { recordPlanVersions } from '../store/plans.repository.ts';
import { saveMemberUnits } from '../store/response.repository.ts';

export interface ContextOptions {
  databaseUrl: string;
  logger?: Logger;
  plansDir?: string;
  plans?: PlanCatalog;
  geography?: Geography;
  /** A drill runs on its scenario's clock. */
  clock?: () => Date;
  /** The audit anchor's key (undefined: leave the process's setting as it is). */
  auditKey?: Buffer | null;
  /** Signs every CAP message (null or absent: unsigned). */
  capSigner?: CapSigner | null;
  /** The bus to the other servers on this store (absent: this process only, as a command or a test needs). */
  eventBus?: EventBusConfig;
}

/**
 * The composition root: validates the plans (nothing starts with a broken plan), opens and migrates the store,
 * writes the reference data (plan versions, divisions, member units) into it, and builds the services' context.
 * It creates no user: only the server's first start creates the admin (`ensureAdmin`).
 */
export async function openContext(options: ContextOptions): Promise<ServiceContext> {
  const logger = options.logger ?? pino({ level: 'silent' });
  const plans = options.plans ?? PlanCatalog.load(options.plansDir);
  const geography = options.geography ?? loadGeography();
  if (options.auditKey !== undefined) useAuditKey(options.auditKey);
  const opened = openStore(options.databaseUrl);
  // Everything that opens a context closes its store; the bus to the other servers is closed with it.
  let events = eventsOf(opened.db) as EventBus;
  const store: Store = { ...opened, close: async () => (await events.close(), await opened.close()) };
  try {
    const applied = await migrateToLatest(store.db);
    if (applied.length > 0) logger.info({ migrations: applied }, 'store migrated');
    const clock = options.clock ?? (() => new Date());
    await recordPlanVersions(
      store.db,
      plans.list().map((plan) => ({
        planId: plan.id,
        version: plan.version,
        contentHash: plan.contentHash,
        kind: plan.kind,
        content: plan.plan,
      })),
      clock(),
    );
    await saveGeography(store.db, geography);
    const meteo = plans.meteo();
    await saveMemberUnits(store.db, meteo.plan.command.memberUnits, meteo.id, meteo.contentHash);
    if (options.eventBus) events = await openEventBus(opened, options.databaseUrl, options.eventBus, logger);
    return {
      store,
      plans,
      geography,
      logger,
      clock,
      events,
      capSigner: options.capSigner ?? null,
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

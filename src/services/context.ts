import type { Logger } from 'pino';
import type { CapSigner } from '../alerts/cap/signature.ts';
import type { PlanCatalog } from '../catalog/plan-files.ts';
import type { Geography } from '../geo/types.ts';
import type { Store } from '../store/database.ts';
import type { EventBus } from './events.ts';

/**
 * What every service may use: the store, the plans in force, the city's geography, the clock (a drill runs on
 * its scenario's clock), the event bus that hears of committed changes, the log, and the CAP signer. Built once at start by the
 * composition root (`src/startup/context.ts`), or by a test.
 */
export interface ServiceContext {
  store: Store;
  plans: PlanCatalog;
  geography: Geography;
  logger: Logger;
  clock: () => Date;
  events: EventBus;
  /** Signs every CAP message (XML-DSig) when NUANCHENG_CAP_SIGNING_KEY and _CERT are set; null: unsigned. */
  capSigner: CapSigner | null;
}

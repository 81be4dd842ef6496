import type { Logger } from 'pino';
import type { CapSigner } from '../alerts/cap/signature.ts';
import type { PlanCatalog } from '../catalog/plan-files.ts';
import type { Geography } from '../geo/types.ts';
import type { Store } from '../store/database.ts';

/** What every route may use; built once at start by `main.ts` (or by a test). */
export interface AppContext {
  store: Store;
  plans: PlanCatalog;
  geography: Geography;
  logger: Logger;
  /** The CAP signer (NUANCHENG_CAP_SIGNING_KEY and _CERT), or null: warnings go out unsigned. */
  capSigner: CapSigner | null;
}

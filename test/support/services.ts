import { pino } from 'pino';
import { loadGeography } from '../../src/catalog/geography.ts';
import { PlanCatalog } from '../../src/catalog/plan-files.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { eventsOf } from '../../src/services/events.ts';
import type { Store } from '../../src/store/database.ts';

const plans = PlanCatalog.load();
const geography = loadGeography();

/** The services' context over a test store, on a clock the test moves. */
export function serviceContext(store: Store, clock: () => Date = () => new Date()): ServiceContext {
  return {
    store,
    plans,
    geography,
    logger: pino({ level: 'silent' }),
    clock,
    events: eventsOf(store.db),
    capSigner: null,
  };
}

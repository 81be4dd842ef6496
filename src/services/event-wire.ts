import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { messageByIdentifier } from '../store/warnings.repository.ts';
import type { ServiceEvent } from './events.ts';

/**
 * An event as it travels between servers: small (PostgreSQL's NOTIFY carries at most 8000 bytes), naming what
 * the receiver loads from the shared store rather than carrying it. The store is committed before any event is
 * published, so what it names is there to read.
 */
export type WireEvent =
  | { type: 'warning.message'; identifier: string }
  // Small enough to travel whole (at most one change per hazard).
  | Extract<ServiceEvent, { type: 'warning.draft' | 'observations.stored' | 'assessment.levels' | 'forecasts.stored' }>;

export function toWire(event: ServiceEvent): WireEvent {
  switch (event.type) {
    case 'warning.message':
      return { type: event.type, identifier: event.message.identifier };
    case 'warning.draft':
    case 'observations.stored':
    case 'assessment.levels':
    case 'forecasts.stored':
      return event;
  }
}

/** The event a wire event names, loaded from the store; null when it names nothing there (another store's). */
export async function fromWire(db: Kysely<Database>, wire: WireEvent): Promise<ServiceEvent | null> {
  switch (wire.type) {
    case 'warning.message': {
      const message = await messageByIdentifier(db, wire.identifier);
      return message ? { type: 'warning.message', message } : null;
    }
    case 'warning.draft':
    case 'observations.stored':
    case 'assessment.levels':
    case 'forecasts.stored':
      return wire;
  }
}

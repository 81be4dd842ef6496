import { eventsOf, type CommittedWarningMessage } from './events.ts';

export type { CommittedWarningMessage } from './events.ts';

/** The committed warning messages of one store's event bus: what the feeds and the event stream follow. */
export interface WarningEvents {
  subscribe(listener: (message: CommittedWarningMessage) => void): () => void;
}

export function warningEventsOf(store: object): WarningEvents {
  const bus = eventsOf(store);
  return {
    subscribe: (listener) =>
      bus.subscribe((event) => {
        if (event.type === 'warning.message') listener(event.message);
      }),
  };
}

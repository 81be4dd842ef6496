import type { CommittedWarningMessage, EventBus } from './events.ts';

export type { CommittedWarningMessage } from './events.ts';

/** The committed warning messages of an event bus: what the feeds and the event stream follow. */
export interface WarningEvents {
  subscribe(listener: (message: CommittedWarningMessage) => void): () => void;
}

export function warningEventsOf(bus: EventBus): WarningEvents {
  return {
    subscribe: (listener) =>
      bus.subscribe((event) => {
        if (event.type === 'warning.message') listener(event.message);
      }),
  };
}

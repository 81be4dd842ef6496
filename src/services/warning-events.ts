import type { WarningMessageRecord } from '../store/warnings.repository.ts';

export type CommittedWarningMessage = WarningMessageRecord & { capXml: string };
type Listener = (message: CommittedWarningMessage) => void;

/**
 * Tells the feeds of this process about each warning message once it is committed (never before: a message
 * whose transaction rolled back was never sent). A listener that throws does not stop the others.
 */
export class WarningEvents {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(message: CommittedWarningMessage): void {
    for (const listener of this.listeners) {
      try {
        listener(message);
      } catch {
        // A broken subscriber (a closed stream) must not keep the message from the others.
      }
    }
  }

  get subscribers(): number {
    return this.listeners.size;
  }
}

const buses = new WeakMap<object, WarningEvents>();

/** The event bus of one store: everything in this process that writes or serves its warnings shares it. */
export function warningEventsOf(store: object): WarningEvents {
  let bus = buses.get(store);
  if (!bus) buses.set(store, (bus = new WarningEvents()));
  return bus;
}

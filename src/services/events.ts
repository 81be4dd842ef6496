import type { WarningMessageRecord } from '../store/warnings.repository.ts';

export type CommittedWarningMessage = WarningMessageRecord & { capXml: string };

/** What services tell the rest of the process once their transaction has committed (never before). */
export type ServiceEvent =
  | { type: 'warning.message'; message: CommittedWarningMessage }
  | { type: 'warning.draft'; draftId: string; state: string }
  /** New station observations were stored (what continuous grading listens for); `latestAt` ISO UTC. */
  | { type: 'observations.stored'; stored: number; latestAt: string }
  /** A new forecast grid was stored; times ISO UTC. */
  | { type: 'forecasts.stored'; source: string; issuedAt: string; validTimes: string[] };

type Listener = (event: ServiceEvent) => void;

/**
 * The event bus of one store in this process: feeds, streams and other listeners subscribe; services publish
 * after commit. A listener that throws does not stop the others.
 */
export class ServiceEvents {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: ServiceEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A broken subscriber (a closed stream) must not keep the event from the others.
      }
    }
  }

  get subscribers(): number {
    return this.listeners.size;
  }
}

const buses = new WeakMap<object, ServiceEvents>();

/** The bus of one store: everything in this process that writes or serves its data shares it. */
export function eventsOf(store: object): ServiceEvents {
  let bus = buses.get(store);
  if (!bus) buses.set(store, (bus = new ServiceEvents()));
  return bus;
}

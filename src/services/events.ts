import type { WarningMessageRecord } from '../store/warnings.repository.ts';
import type { LevelChange } from '../weather/live/level-changes.ts';

export type CommittedWarningMessage = WarningMessageRecord & { capXml: string };

/** What services tell the rest of the system once their transaction has committed (never before). */
export type ServiceEvent =
  | { type: 'warning.message'; message: CommittedWarningMessage }
  | { type: 'warning.draft'; draftId: string; state: string }
  /** New station observations were stored (what continuous grading listens for); `latestAt` ISO UTC. */
  | { type: 'observations.stored'; stored: number; latestAt: string }
  /** The continuous grading reached or changed a level (3.2); the draft and proposal wait for the duty officer. */
  | { type: 'assessment.levels'; assessmentId: string; at: string; changes: LevelChange[] }
  /** A new forecast grid was stored; times ISO UTC (the first and last valid time: small enough for any bus). */
  | { type: 'forecasts.stored'; source: string; issuedAt: string; validFrom: string; validTo: string; steps: number };

export type EventListener = (event: ServiceEvent) => void;

/**
 * The event bus the services publish on (`ServiceContext.events`) and feeds, streams and other listeners
 * subscribe to. One server alone uses the in-process bus below; several servers on one store use a cluster bus
 * (`src/messaging/event-bus/`) that also hands each event to the other servers, so every instance's subscribers
 * hear every event exactly once.
 */
export interface EventBus {
  publish(event: ServiceEvent): void;
  subscribe(listener: EventListener): () => void;
  /** Stops listening to the other servers (the in-process bus has nothing to stop). */
  close(): Promise<void>;
}

/**
 * The event bus of one store in this process. A listener that throws does not stop the others.
 */
export class ServiceEvents implements EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
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

  async close(): Promise<void> {}

  get subscribers(): number {
    return this.listeners.size;
  }
}

const buses = new WeakMap<object, ServiceEvents>();

/** The in-process bus of one store: everything in this process that writes or serves its data shares it. */
export function eventsOf(store: object): ServiceEvents {
  let bus = buses.get(store);
  if (!bus) buses.set(store, (bus = new ServiceEvents()));
  return bus;
}

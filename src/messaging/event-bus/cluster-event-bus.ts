import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { ServiceEvents, type EventBus, type EventListener, type ServiceEvent } from '../../services/events.ts';
import type { WireEvent } from '../../services/event-wire.ts';
import type { EventTransport } from './transport.ts';

/** What travels: the event's wire form, tagged with the instance that published it. */
interface Envelope {
  origin: string;
  event: WireEvent;
}

export interface ClusterEventBusOptions {
  transport: EventTransport;
  toWire: (event: ServiceEvent) => WireEvent;
  /** Loads the full event a wire event names from the shared store (null: not in this store). */
  fromWire: (wire: WireEvent) => Promise<ServiceEvent | null>;
  logger: Logger;
  /** This server's id on the bus; a fresh UUID unless a test names it. */
  instanceId?: string;
}

/**
 * The event bus of one server among several on one store. An event published here reaches this server's
 * subscribers at once (as alone) and is sent to the others; an envelope coming back is recognised by its origin
 * and skipped, so each instance's subscribers hear each event exactly once. Received events are delivered in the
 * order they arrive (each is loaded from the store before the next is delivered).
 */
export class ClusterEventBus implements EventBus {
  readonly instanceId: string;
  private readonly local = new ServiceEvents();
  private delivering: Promise<void> = Promise.resolve();

  private constructor(private readonly options: ClusterEventBusOptions) {
    this.instanceId = options.instanceId ?? randomUUID();
  }

  /** Joins the bus: from the moment this resolves, events of the other servers are heard. */
  static async start(options: ClusterEventBusOptions): Promise<ClusterEventBus> {
    const bus = new ClusterEventBus(options);
    await options.transport.start((payload) => bus.received(payload));
    return bus;
  }

  subscribe(listener: EventListener): () => void {
    return this.local.subscribe(listener);
  }

  publish(event: ServiceEvent): void {
    this.local.publish(event);
    const envelope: Envelope = { origin: this.instanceId, event: this.options.toWire(event) };
    // The change is committed; a bus that is down costs the other servers' live streams this event, not the
    // change (their clients catch up from the store when they reconnect with Last-Event-ID).
    this.options.transport
      .send(JSON.stringify(envelope))
      .catch((error: unknown) =>
        this.options.logger.error(
          { err: error, event: envelope.event },
          `event bus (${this.options.transport.name}): an event could not be sent to the other servers`,
        ),
      );
  }

  async close(): Promise<void> {
    await this.options.transport.close();
    await this.delivering;
  }

  get subscribers(): number {
    return this.local.subscribers;
  }

  private received(payload: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(payload) as Envelope;
    } catch {
      this.options.logger.warn({ payload: payload.slice(0, 200) }, 'event bus: an envelope that is not JSON');
      return;
    }
    if (envelope.origin === this.instanceId) return;
    this.delivering = this.delivering.then(async () => {
      try {
        const event = await this.options.fromWire(envelope.event);
        if (event) this.local.publish(event);
      } catch (error) {
        this.options.logger.error({ err: error, event: envelope.event }, 'event bus: a received event not loaded');
      }
    });
  }
}

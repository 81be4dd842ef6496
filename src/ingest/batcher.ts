import type { ServiceContext } from '../services/context.ts';
import { ingestObservations, type IncomingObservation, type IngestOutcome } from '../services/observations.service.ts';
import type { Principal } from '../access/principal.ts';
import { oneLine } from '../weather/observations/observation.ts';

/** The dead letter's reason for a message the store refused `attempts` times: the store's own error, on one line. */
export function refusedByStore(attempts: number, error: unknown): string {
  return `存储连续 ${attempts} 次未能接收:${oneLine(error instanceof Error ? error.message : String(error))}`;
}

/** How many messages one transaction takes at most, and how long a message waits for others to join it. */
const MAX_BATCH = 2000;
const MAX_WAIT_MS = 50;

interface Waiting {
  item: IncomingObservation;
  settle: (error: Error | null) => void;
}

/**
 * Gathers messages that arrive one at a time (MQTT, NATS) into batches: one transaction and one audit entry per
 * batch instead of per message. Each message's promise settles once its batch is committed (the moment a
 * transport may acknowledge it) or fails with the store's error (the transport redelivers it).
 */
export class ObservationBatcher {
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly principal: Principal,
    private readonly source: 'mqtt' | 'nats',
    private readonly onBatch: (outcome: IngestOutcome) => void = () => {},
  ) {}

  add(item: IncomingObservation): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, settle: (error) => (error ? reject(error) : resolve()) });
      if (this.waiting.length >= MAX_BATCH) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), MAX_WAIT_MS);
    });
  }

  /** Stores what is waiting; batches are committed one after another, in arrival order. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length === 0) return this.flushing;
    this.flushing = this.flushing.then(async () => {
      try {
        const outcome = await ingestObservations(
          this.ctx,
          this.principal,
          this.source,
          batch.map((w) => w.item),
        );
        for (const waiting of batch) waiting.settle(null);
        this.onBatch(outcome);
      } catch (error) {
        if (batch.length === 1) batch[0]!.settle(error as Error);
        else await this.oneByOne(batch);
      }
    });
    return this.flushing;
  }

  /**
   * A batch the store refused, taken again one message at a time: one message the store cannot take (the transport
   * retries it, then sets it aside) does not hold back the others. With the store down, each fails on its own.
   */
  private async oneByOne(batch: Waiting[]): Promise<void> {
    for (const waiting of batch) {
      try {
        this.onBatch(await ingestObservations(this.ctx, this.principal, this.source, [waiting.item]));
        waiting.settle(null);
      } catch (error) {
        waiting.settle(error as Error);
      }
    }
  }
}

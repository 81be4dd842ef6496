import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { defaultRetryPolicy, type RetryPolicy } from '../alerts/dissemination/backoff.ts';
import { idempotencyKey } from '../alerts/dissemination/idempotency.ts';
import {
  msUntilToken,
  newBucket,
  returnTokens,
  takeTokens,
  type TokenBucket,
} from '../alerts/dissemination/token-bucket.ts';
import {
  claimDueMessages,
  payloadById,
  type ClaimedMessage,
  type StoredPayload,
} from '../store/outbox-dispatch.repository.ts';
import type { Database } from '../store/schema.ts';
import type { ChannelSender, OutgoingPayload, SendResult } from './channels/sender.ts';
import { recordOutcome, type DispatchSummary } from './record-outcome.ts';

export type DispatchLogger = Pick<Logger, 'info' | 'warn' | 'error'>;
export type { DispatchSummary } from './record-outcome.ts';

export interface DispatcherOptions {
  db: Kysely<Database>;
  senders: readonly ChannelSender[];
  retry?: RetryPolicy;
  /** How long a claim keeps other dispatchers off a message; longer than any send may take. */
  leaseMs?: number;
  /** How often an idle endpoint looks for due messages. */
  pollMs?: number;
  /** Names this dispatcher in claims; unique per process by default. */
  owner?: string;
  logger: DispatchLogger;
  now?: () => Date;
  random?: () => number;
}

interface Lane {
  sender: ChannelSender;
  bucket: TokenBucket;
}

/**
 * Sends what the outbox holds. Each endpoint is a lane of its own, with its own rate limit, workers and retries,
 * so an endpoint that is down or slow holds up nothing but itself. Messages are claimed with a lease before
 * they are sent and marked after, so a crash between the two leaves them to be sent again (at least once; a
 * receiver that honours the idempotency key sees each once).
 */
export class Dispatcher {
  readonly owner: string;
  private readonly lanes: Lane[];
  private readonly retry: RetryPolicy;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly payloads = new Map<string, StoredPayload>();
  private abort = new AbortController();
  private running: Promise<void>[] = [];

  constructor(private readonly options: DispatcherOptions) {
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.retry = options.retry ?? defaultRetryPolicy;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.pollMs = options.pollMs ?? 1_000;
    this.now = options.now ?? (() => new Date());
    this.random = options.random ?? Math.random;
    const at = this.now().getTime();
    this.lanes = options.senders.map((sender) => ({
      sender,
      bucket: newBucket(sender.rate.perSecond, sender.rate.burst, at),
    }));
  }

  /** Sends everything due now on every endpoint (waiting for rate limits), then returns. */
  async runOnce(): Promise<DispatchSummary> {
    const summary: DispatchSummary = { sent: 0, retried: 0, dead: 0 };
    await Promise.all(this.lanes.flatMap((lane) => workers(lane).map(() => this.work(lane, 'once', summary))));
    return summary;
  }

  /** Keeps sending until `stop()`. */
  start(): void {
    if (this.running.length > 0) return;
    this.abort = new AbortController();
    const summary: DispatchSummary = { sent: 0, retried: 0, dead: 0 };
    this.running = this.lanes.flatMap((lane) => workers(lane).map(() => this.work(lane, 'forever', summary)));
  }

  /** Lets sends in flight finish and record, then closes the transports. */
  async stop(): Promise<void> {
    this.abort.abort();
    await Promise.all(this.running);
    this.running = [];
    await Promise.all(this.lanes.map((lane) => lane.sender.close?.()));
  }

  private async work(lane: Lane, mode: 'once' | 'forever', summary: DispatchSummary): Promise<void> {
    const { sender } = lane;
    while (!this.abort.signal.aborted) {
      const now = this.now();
      const take = takeTokens(lane.bucket, now.getTime(), sender.batchSize);
      lane.bucket = take.bucket;
      if (take.granted === 0) {
        await this.sleep(msUntilToken(lane.bucket, now.getTime()));
        continue;
      }
      let claimed: ClaimedMessage[];
      try {
        claimed = await claimDueMessages(this.options.db, {
          endpointId: sender.endpointId,
          owner: this.owner,
          now,
          leaseUntil: new Date(now.getTime() + this.leaseMs),
          limit: take.granted,
        });
      } catch (error) {
        lane.bucket = returnTokens(lane.bucket, take.granted);
        this.options.logger.error({ err: error, endpoint: sender.endpointId }, 'outbox: claiming messages failed');
        if (mode === 'once') throw error;
        await this.sleep(this.pollMs);
        continue;
      }
      lane.bucket = returnTokens(lane.bucket, take.granted - claimed.length);
      if (claimed.length === 0) {
        if (mode === 'once') return;
        await this.sleep(this.pollMs);
        continue;
      }
      await this.deliver(lane, claimed, summary);
    }
  }

  private async deliver(lane: Lane, claimed: readonly ClaimedMessage[], summary: DispatchSummary): Promise<void> {
    const byPayload = new Map<string, ClaimedMessage[]>();
    for (const message of claimed)
      byPayload.set(message.payloadId, [...(byPayload.get(message.payloadId) ?? []), message]);
    for (const [payloadId, messages] of byPayload) {
      const payload = await this.payload(payloadId);
      const result = payload
        ? await this.send(lane.sender, payload, messages)
        : { ok: false as const, permanent: true, error: `payload ${payloadId} is missing` };
      try {
        await recordOutcome({
          db: this.options.db,
          owner: this.owner,
          retry: this.retry,
          now: this.now(),
          jitter: this.random(),
          endpointId: lane.sender.endpointId,
          kind: lane.sender.kind,
          payload,
          payloadId,
          messages,
          result,
          summary,
        });
      } catch (error) {
        // The send happened but is not marked: the lease runs out and it is sent again, with the same keys.
        this.options.logger.error({ err: error, endpoint: lane.sender.endpointId }, 'outbox: recording a send failed');
      }
      if (!result.ok)
        this.options.logger.warn(
          { endpoint: lane.sender.endpointId, messages: messages.length, error: result.error },
          'outbox: send failed',
        );
    }
  }

  private async send(
    sender: ChannelSender,
    payload: StoredPayload,
    messages: readonly ClaimedMessage[],
  ): Promise<SendResult> {
    const outgoing: OutgoingPayload = {
      id: payload.id,
      warningId: payload.warningId,
      identifier: payload.identifier,
      endpointId: payload.endpointId,
      purpose: payload.purpose,
      content: payload.content,
    };
    try {
      return await sender.send(
        outgoing,
        messages.map((message) => ({
          recipient: message.recipient,
          idempotencyKey: idempotencyKey(payload.identifier, payload.endpointId, message.recipient),
        })),
      );
    } catch (error) {
      return { ok: false, permanent: false, error: (error as Error).message };
    }
  }

  private async payload(id: string): Promise<StoredPayload | undefined> {
    const cached = this.payloads.get(id);
    if (cached) return cached;
    const payload = await payloadById(this.options.db, id);
    if (!payload) return undefined;
    // A few warnings are live at a time; the cache only spares a read per batch.
    if (this.payloads.size >= 256) this.payloads.clear();
    this.payloads.set(id, payload);
    return payload;
  }

  private async sleep(ms: number): Promise<void> {
    try {
      await delay(ms, undefined, { signal: this.abort.signal });
    } catch {
      // Aborted by stop(): the loop checks the signal and ends.
    }
  }
}

function workers(lane: Lane): number[] {
  return Array.from({ length: Math.max(1, lane.sender.concurrency) }, (_, i) => i);
}

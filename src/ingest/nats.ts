import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  StorageType,
  type ConsumerMessages,
  type JsMsg,
} from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import { refusedByStore } from './batcher.ts';
import type { Feed } from './mqtt.ts';

/** How long a feed waits before it tries to reach a server that did not answer. */
const RECONNECT_MS = 5000;

export interface NatsNames {
  stream: string;
  subject: string;
  consumer: string;
  /** Set when the consumer is created: a message not acknowledged within this time is delivered again. */
  ackWaitMs: number;
  /** How long a message the store refused waits before it comes again. */
  retryMs: number;
  /** Deliveries after which a message the store still refuses is set aside (`NatsTaker.setAside`). */
  maxDeliveries: number;
}

/** The stream and the durable consumer, created when missing: messages published while no server runs are kept. */
export async function ensureStream(
  nc: NatsConnection,
  names: Pick<NatsNames, 'stream' | 'subject' | 'consumer' | 'ackWaitMs'>,
): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const subjects = [`${names.subject}.*`];
  try {
    await jsm.streams.info(names.stream);
  } catch {
    await jsm.streams.add({ name: names.stream, subjects, storage: StorageType.File });
  }
  try {
    await jsm.consumers.info(names.stream, names.consumer);
  } catch {
    await jsm.consumers.add(names.stream, {
      durable_name: names.consumer,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: subjects[0],
      ack_wait: names.ackWaitMs * 1_000_000,
      max_ack_pending: 20_000,
    });
  }
}

/** What a stream's messages are for: `take` resolves once a message is committed (stored or set aside). */
export interface NatsTaker {
  /** `observations`, `forecasts`: for the log. */
  what: string;
  /** `tail`: the subject after `<subject>.` (a station, a forecast source). */
  take(tail: string, message: JsMsg): Promise<unknown>;
  /** Puts a message the store kept refusing in the dead letters with `reason`; fails when the store is down. */
  setAside(tail: string, message: JsMsg, reason: string): Promise<unknown>;
  /** Commits what is still held (a batch) before the feed stops. */
  flush(): Promise<void>;
}

/**
 * Consumes a stream (OBSERVATIONS, FORECASTS) through a durable consumer shared by every server: a message is
 * acknowledged only once it is committed, so one that was pulled by a server killed before its commit comes back.
 */
export async function startNatsFeed(url: string, names: NatsNames, taker: NatsTaker, logger: Logger): Promise<Feed> {
  let stopped = false;
  let nc: NatsConnection | null = null;
  let messages: ConsumerMessages | null = null;
  let retry: NodeJS.Timeout | null = null;

  const handle = (message: JsMsg) => {
    const tail = message.subject.slice(names.subject.length + 1);
    taker.take(tail, message).then(
      () => message.ack(),
      (error: unknown) => {
        const { subject } = message;
        const deliveries = message.info.deliveryCount;
        if (deliveries < names.maxDeliveries) {
          logger.error({ err: error, subject, deliveries }, `nats: ${taker.what}: not stored; redelivered`);
          return message.nak(names.retryMs);
        }
        const reason = refusedByStore(deliveries, error);
        taker.setAside(tail, message, reason).then(
          () => {
            logger.error({ err: error, subject, deliveries }, `nats: ${taker.what}: not stored; set aside`);
            message.ack();
          },
          (again: unknown) => {
            logger.error({ err: again, subject, deliveries }, `nats: ${taker.what}: not stored; redelivered`);
            message.nak(names.retryMs);
          },
        );
      },
    );
  };

  const start = async (first: boolean): Promise<void> => {
    try {
      nc = await connect({ servers: url, maxReconnectAttempts: -1, reconnectTimeWait: 2000, timeout: 3000 });
      await ensureStream(nc, names);
      const consumer = await jetstream(nc).consumers.get(names.stream, names.consumer);
      messages = await consumer.consume({ max_messages: 1000 });
      logger.info({ url, stream: names.stream, consumer: names.consumer }, `nats: consuming ${taker.what}`);
      void (async () => {
        for await (const message of messages!) handle(message);
      })().catch((error: unknown) => logger.error({ err: error }, 'nats: the consumer stopped'));
    } catch (error) {
      await nc?.close().catch(() => {});
      nc = null;
      if (first)
        logger.warn(
          { url, err: error },
          `nats: the server does not answer; ${taker.what} over NATS wait in JetStream until it does (retrying)`,
        );
      if (!stopped) retry = setTimeout(() => void start(false), RECONNECT_MS);
    }
  };
  await start(true);

  return {
    stop: async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      messages?.stop();
      await taker.flush();
      await nc?.drain().catch(() => {});
    },
  };
}

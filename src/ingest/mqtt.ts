import mqtt, { type MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { refusedByStore, type ObservationBatcher } from './batcher.ts';

export interface Feed {
  stop(): Promise<void>;
}

/** How long the start waits for the broker before saying it does not answer (the client keeps trying). */
const FIRST_CONNECT_WAIT_MS = 3000;

export interface MqttNames {
  topic: string;
  clientId: string;
  shareGroup: string;
}

/** What to do with a message the store refuses: try again after `retryMs`, set it aside after `maxAttempts` tries. */
export interface StoreRetryPolicy {
  retryMs: number;
  maxAttempts: number;
  setAside(text: string, reason: string): Promise<unknown>;
}

/**
 * Subscribes to `<topic>/+` (one topic per station) with QoS 1 and a persistent session, as a shared subscription
 * (`$share/<group>/…`) so that several servers share the messages instead of each storing every one. Each message
 * goes to the batcher with the station its topic names.
 */
export async function startMqttFeed(
  url: string,
  { topic, clientId, shareGroup }: MqttNames,
  batcher: ObservationBatcher,
  retryPolicy: StoreRetryPolicy,
  logger: Logger,
): Promise<Feed> {
  const client: MqttClient = mqtt.connect(url, {
    clientId,
    clean: false,
    reconnectPeriod: 5000,
    connectTimeout: FIRST_CONNECT_WAIT_MS,
  });
  const filter = `$share/${shareGroup}/${topic}/+`;
  client.on('connect', () => {
    client.subscribe(filter, { qos: 1 }, (error) => {
      if (error) logger.error({ err: error, url, topic: filter }, 'mqtt: could not subscribe');
      else logger.info({ url, topic: filter }, 'mqtt: subscribed to station observations');
    });
  });
  // The broker has its acknowledgement once a message is received: one the store refuses is kept here and tried
  // again, then set aside; only a stop (or a crash) while it waits loses it, and the log says how many.
  const waiting = new Set<NodeJS.Timeout>();
  const later = (retry: () => void) => {
    const timer = setTimeout(() => {
      waiting.delete(timer);
      retry();
    }, retryPolicy.retryMs);
    waiting.add(timer);
  };
  const take = (received: string, text: string, attempt: number): void => {
    const stationFromChannel = received.slice(topic.length + 1);
    batcher.add({ text, stationFromChannel }).catch((error: unknown) => {
      if (attempt < retryPolicy.maxAttempts) {
        logger.error({ err: error, topic: received, attempt }, 'mqtt: an observation was not stored; tried again');
        return later(() => take(received, text, attempt + 1));
      }
      const reason = refusedByStore(attempt, error);
      retryPolicy.setAside(text, reason).then(
        () => logger.error({ err: error, topic: received, attempt }, 'mqtt: an observation was not stored; set aside'),
        (again: unknown) => {
          logger.error({ err: again, topic: received, attempt }, 'mqtt: an observation was not stored; tried again');
          later(() => take(received, text, attempt));
        },
      );
    });
  };
  client.on('message', (received, payload) => take(received, payload.toString('utf8'), 1));
  let warned = false;
  client.on('error', (error) => {
    if (!warned) logger.warn({ err: error, url }, 'mqtt: broker error');
    warned = true;
  });
  const connected = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), FIRST_CONNECT_WAIT_MS);
    client.once('connect', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  if (!connected)
    logger.warn({ url }, 'mqtt: the broker does not answer; observations over MQTT wait until it does (retrying)');
  return {
    stop: async () => {
      await client.endAsync();
      await batcher.flush();
      for (const timer of waiting) clearTimeout(timer);
      if (waiting.size > 0)
        logger.error({ count: waiting.size }, 'mqtt: stopped with observations the store had refused: not stored');
    },
  };
}

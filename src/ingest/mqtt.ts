import mqtt, { type MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import type { ObservationBatcher } from './batcher.ts';

export interface Feed {
  stop(): Promise<void>;
}

/** How long the start waits for the broker before saying it does not answer (the client keeps trying). */
const FIRST_CONNECT_WAIT_MS = 3000;

/**
 * Subscribes to `<topic>/+` (one topic per station) with QoS 1 and a persistent session, so the broker keeps what
 * arrives while this server is away. Each message goes to the batcher with the station its topic names.
 */
export async function startMqttFeed(
  url: string,
  topic: string,
  clientId: string,
  batcher: ObservationBatcher,
  logger: Logger,
): Promise<Feed> {
  const client: MqttClient = mqtt.connect(url, {
    clientId,
    clean: false,
    reconnectPeriod: 5000,
    connectTimeout: FIRST_CONNECT_WAIT_MS,
  });
  const filter = `${topic}/+`;
  client.on('connect', () => {
    client.subscribe(filter, { qos: 1 }, (error) => {
      if (error) logger.error({ err: error, url, topic: filter }, 'mqtt: could not subscribe');
      else logger.info({ url, topic: filter }, 'mqtt: subscribed to station observations');
    });
  });
  client.on('message', (received, payload) => {
    const station = received.slice(topic.length + 1);
    batcher
      .add({ text: payload.toString('utf8'), stationFromChannel: station })
      .catch((error: unknown) => logger.error({ err: error, topic: received }, 'mqtt: an observation was not stored'));
  });
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
    },
  };
}

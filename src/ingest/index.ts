import type { Logger } from 'pino';
import { systemPrincipal } from '../access/principal.ts';
import type { ServiceContext } from '../services/context.ts';
import { ObservationBatcher } from './batcher.ts';
import type { IngestConfig } from './config.ts';
import { startInboxFeed } from './inbox.ts';
import { startMqttFeed, type Feed } from './mqtt.ts';
import { startNatsFeed } from './nats.ts';

export { readIngestConfig, type IngestConfig } from './config.ts';

/**
 * Starts every configured way in for observations (MQTT, NATS JetStream, the watched folder), each as the system
 * (`system:ingest.<source>` in the audit log). A broker that does not answer is logged and retried; the server
 * starts all the same.
 */
export async function startIngestion(ctx: ServiceContext, config: IngestConfig, logger: Logger): Promise<Feed> {
  const feeds: Feed[] = [];
  const log = (outcome: { accepted: number; rejected: unknown[] }, source: string) => {
    if (outcome.rejected.length > 0)
      logger.warn({ source, accepted: outcome.accepted, rejected: outcome.rejected.length }, 'observations set aside');
  };
  if (config.mqttUrl) {
    const principal = systemPrincipal('ingest.mqtt');
    const batcher = new ObservationBatcher(ctx, principal, 'mqtt', (o) => log(o, 'mqtt'));
    feeds.push(await startMqttFeed(config.mqttUrl, config.mqttTopic, config.mqttClientId, batcher, logger));
  } else logger.info('mqtt: off (NUANCHENG_MQTT_URL=off)');
  if (config.natsUrl) {
    const principal = systemPrincipal('ingest.nats');
    const batcher = new ObservationBatcher(ctx, principal, 'nats', (o) => log(o, 'nats'));
    const names = {
      stream: config.natsStream,
      subject: config.natsSubject,
      consumer: config.natsConsumer,
      ackWaitMs: config.natsAckWaitMs,
    };
    feeds.push(await startNatsFeed(config.natsUrl, names, batcher, logger));
  } else logger.info('nats: off (NUANCHENG_NATS_URL=off)');
  if (config.inbox)
    feeds.push(startInboxFeed(ctx, systemPrincipal('ingest.file'), config.inbox, config.inboxPollMs, logger));
  return { stop: async () => void (await Promise.all(feeds.map((feed) => feed.stop()))) };
}

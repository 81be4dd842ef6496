import type { JsMsg } from '@nats-io/jetstream';
import type { Logger } from 'pino';
import { systemPrincipal } from '../access/principal.ts';
import type { ServiceContext } from '../services/context.ts';
import { incomingForecastFile, ingestForecast, setAsideForecast } from '../services/forecasts.service.ts';
import { setAsideObservations } from '../services/observations.service.ts';
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
    const names = { topic: config.mqttTopic, clientId: config.mqttClientId, shareGroup: config.mqttShareGroup };
    const retryPolicy = {
      retryMs: config.storeRetryMs,
      maxAttempts: config.storeMaxAttempts,
      setAside: (text: string, reason: string) => setAsideObservations(ctx, principal, 'mqtt', text, reason),
    };
    feeds.push(await startMqttFeed(config.mqttUrl, names, batcher, retryPolicy, logger));
  } else logger.info('mqtt: off (NUANCHENG_MQTT_URL=off)');
  if (config.natsUrl) {
    const principal = systemPrincipal('ingest.nats');
    const batcher = new ObservationBatcher(ctx, principal, 'nats', (o) => log(o, 'nats'));
    const names = {
      stream: config.natsStream,
      subject: config.natsSubject,
      consumer: config.natsConsumer,
      ackWaitMs: config.natsAckWaitMs,
      retryMs: config.storeRetryMs,
      maxDeliveries: config.storeMaxAttempts,
    };
    const observations = {
      what: 'station observations',
      take: (station: string, message: JsMsg) => batcher.add({ text: message.string(), stationFromChannel: station }),
      setAside: (_station: string, message: JsMsg, reason: string) =>
        setAsideObservations(ctx, principal, 'nats', message.string(), reason),
      flush: () => batcher.flush(),
    };
    feeds.push(await startNatsFeed(config.natsUrl, names, observations, logger));
    // Forecast grids on subjects `forecasts.<source>`: one message, one grid (NetCDF bytes or the JSON grid).
    const forecastNames = { ...names, stream: config.natsForecastStream, subject: config.natsForecastSubject };
    const forecasts = {
      what: 'forecast grids',
      take: async (source: string, message: JsMsg) => {
        const outcome = await ingestForecast(
          ctx,
          principal,
          'nats',
          incomingForecastFile(message.subject, message.data),
          source,
        );
        if (!outcome.accepted) logger.warn({ subject: message.subject, reason: outcome.reason }, 'forecast set aside');
      },
      setAside: (source: string, message: JsMsg, reason: string) =>
        setAsideForecast(ctx, principal, 'nats', incomingForecastFile(message.subject, message.data), reason, source),
      flush: async () => {},
    };
    feeds.push(await startNatsFeed(config.natsUrl, forecastNames, forecasts, logger));
  } else logger.info('nats: off (NUANCHENG_NATS_URL=off)');
  const filePrincipal = systemPrincipal('ingest.file');
  if (config.inbox)
    feeds.push(startInboxFeed(ctx, filePrincipal, config.inbox, 'observations', config.inboxPollMs, logger));
  if (config.forecastInbox)
    feeds.push(startInboxFeed(ctx, filePrincipal, config.forecastInbox, 'forecasts', config.inboxPollMs, logger));
  return { stop: async () => void (await Promise.all(feeds.map((feed) => feed.stop()))) };
}

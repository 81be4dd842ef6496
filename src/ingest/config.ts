/**
 * Where observations come from (contracts/observations.md), read from the environment. The names of the topic,
 * stream, subjects and consumer can be changed so that tests (or two deployments on one broker) do not share them.
 */
import { hostname } from 'node:os';

export interface IngestConfig {
  /** null: MQTT is off (NUANCHENG_MQTT_URL=off). */
  mqttUrl: string | null;
  /** Topics `<mqttTopic>/<station>`. */
  mqttTopic: string;
  /** Stable per server (host and port), so its persistent session survives a restart. */
  mqttClientId: string;
  /** The shared-subscription group: several servers share the topics, each message goes to one of them. */
  mqttShareGroup: string;
  natsUrl: string | null;
  natsStream: string;
  /** Subjects `<natsSubject>.<station>`. */
  natsSubject: string;
  /** The durable consumer: every server of one deployment shares it, so each message is stored by one of them. */
  natsConsumer: string;
  /** A message pulled but not acknowledged within this time (its server died before the commit) comes again. */
  natsAckWaitMs: number;
  /** Forecast grids: stream and subjects `<natsForecastSubject>.<source>` (the same consumer name). */
  natsForecastStream: string;
  natsForecastSubject: string;
  /** The watched folder; null when not set. */
  inbox: string | null;
  inboxPollMs: number;
  /** A watched folder of forecast grids only (`.nc`, `.json`); null when not set. */
  forecastInbox: string | null;
}

const off = (value: string | undefined, fallback: string) =>
  value === undefined || value === '' ? fallback : value.toLowerCase() === 'off' ? null : value;

export function readIngestConfig(env: NodeJS.ProcessEnv = process.env): IngestConfig {
  const pollMs = Number(env.NUANCHENG_OBSERVATIONS_INBOX_POLL_MS ?? 1000);
  if (!Number.isInteger(pollMs) || pollMs < 50)
    throw new Error(`NUANCHENG_OBSERVATIONS_INBOX_POLL_MS: expected milliseconds ≥ 50, got "${pollMs}"`);
  const ackWaitMs = Number(env.NUANCHENG_NATS_ACK_WAIT_MS ?? 30_000);
  if (!Number.isInteger(ackWaitMs) || ackWaitMs < 1000)
    throw new Error(
      `NUANCHENG_NATS_ACK_WAIT_MS: expected milliseconds ≥ 1000, got "${env.NUANCHENG_NATS_ACK_WAIT_MS}"`,
    );
  return {
    mqttUrl: off(env.NUANCHENG_MQTT_URL, 'mqtt://127.0.0.1:1883'),
    mqttTopic: env.NUANCHENG_MQTT_TOPIC || 'nuancheng/observations',
    mqttClientId: env.NUANCHENG_MQTT_CLIENT_ID || `nuancheng-ingest-${hostname()}-${env.PORT || 8080}`,
    mqttShareGroup: env.NUANCHENG_MQTT_SHARE_GROUP || 'nuancheng',
    natsUrl: off(env.NUANCHENG_NATS_URL, 'nats://127.0.0.1:4222'),
    natsStream: env.NUANCHENG_NATS_STREAM || 'OBSERVATIONS',
    natsSubject: env.NUANCHENG_NATS_SUBJECT || 'observations',
    natsConsumer: env.NUANCHENG_NATS_CONSUMER || 'nuancheng-ingest',
    natsAckWaitMs: ackWaitMs,
    natsForecastStream: env.NUANCHENG_NATS_FORECAST_STREAM || 'FORECASTS',
    natsForecastSubject: env.NUANCHENG_NATS_FORECAST_SUBJECT || 'forecasts',
    inbox: env.NUANCHENG_OBSERVATIONS_INBOX || null,
    inboxPollMs: pollMs,
    forecastInbox: env.NUANCHENG_FORECASTS_INBOX || null,
  };
}

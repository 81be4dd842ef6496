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
  /** How long a message the store refused (MQTT, NATS) waits before it is tried again. */
  storeRetryMs: number;
  /**
   * Tries (NATS: deliveries) after which a message the store still refuses is set aside in the dead letters with the
   * store's error, so that one message it cannot take is not retried for ever. With the store down, setting aside
   * fails too and the message is kept: in JetStream (NATS), in the server's memory (MQTT, acknowledged on receipt).
   */
  storeMaxAttempts: number;
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

/** A whole number from the environment, at least `min`; else a refusal naming the variable and what it expects. */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, unit: string): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name}: expected ${unit} ≥ ${min}, got "${env[name]}"`);
  return value;
}

export function readIngestConfig(env: NodeJS.ProcessEnv = process.env): IngestConfig {
  const pollMs = wholeNumber(env, 'NUANCHENG_OBSERVATIONS_INBOX_POLL_MS', 1000, 50, 'milliseconds');
  const ackWaitMs = wholeNumber(env, 'NUANCHENG_NATS_ACK_WAIT_MS', 30_000, 1000, 'milliseconds');
  const retryMs = wholeNumber(env, 'NUANCHENG_INGEST_RETRY_MS', 5000, 100, 'milliseconds');
  const maxAttempts = wholeNumber(env, 'NUANCHENG_INGEST_MAX_ATTEMPTS', 5, 1, 'a whole number');
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
    storeRetryMs: retryMs,
    storeMaxAttempts: maxAttempts,
    natsForecastStream: env.NUANCHENG_NATS_FORECAST_STREAM || 'FORECASTS',
    natsForecastSubject: env.NUANCHENG_NATS_FORECAST_SUBJECT || 'forecasts',
    inbox: env.NUANCHENG_OBSERVATIONS_INBOX || null,
    inboxPollMs: pollMs,
    forecastInbox: env.NUANCHENG_FORECASTS_INBOX || null,
  };
}

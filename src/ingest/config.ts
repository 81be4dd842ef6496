/**
 * Where observations come from (contracts/observations.md), read from the environment. The names of the topic,
 * stream, subjects and consumer can be changed so that tests (or two deployments on one broker) do not share them.
 */
export interface IngestConfig {
  /** null: MQTT is off (NUANCHENG_MQTT_URL=off). */
  mqttUrl: string | null;
  /** Topics `<mqttTopic>/<station>`. */
  mqttTopic: string;
  mqttClientId: string;
  natsUrl: string | null;
  natsStream: string;
  /** Subjects `<natsSubject>.<station>`. */
  natsSubject: string;
  /** The durable consumer: every server of one deployment shares it, so each message is stored by one of them. */
  natsConsumer: string;
  /** A message pulled but not acknowledged within this time (its server died before the commit) comes again. */
  natsAckWaitMs: number;
  /** The watched folder; null when not set. */
  inbox: string | null;
  inboxPollMs: number;
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
    mqttClientId: env.NUANCHENG_MQTT_CLIENT_ID || 'nuancheng-ingest',
    natsUrl: off(env.NUANCHENG_NATS_URL, 'nats://127.0.0.1:4222'),
    natsStream: env.NUANCHENG_NATS_STREAM || 'OBSERVATIONS',
    natsSubject: env.NUANCHENG_NATS_SUBJECT || 'observations',
    natsConsumer: env.NUANCHENG_NATS_CONSUMER || 'nuancheng-ingest',
    natsAckWaitMs: ackWaitMs,
    inbox: env.NUANCHENG_OBSERVATIONS_INBOX || null,
    inboxPollMs: pollMs,
  };
}

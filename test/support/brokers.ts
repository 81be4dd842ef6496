import { randomBytes } from 'node:crypto';

/** The machine's brokers (`.ci/run` starts them when down). */
export const MQTT_URL = 'mqtt://127.0.0.1:1883';
export const NATS_URL = 'nats://127.0.0.1:4222';

/**
 * Names of a test's own: an MQTT topic prefix, a JetStream stream with its subjects and durable consumer, so tests
 * that run at once (or another session's run on the same broker) never see each other's messages.
 */
export function brokerNames() {
  const id = randomBytes(5).toString('hex');
  return {
    mqttTopic: `test-${id}/observations`,
    mqttClientId: `test-${id}`,
    natsStream: `TEST_OBSERVATIONS_${id.toUpperCase()}`,
    natsSubject: `test_${id}.observations`,
    natsConsumer: `test-${id}`,
    natsForecastStream: `TEST_FORECASTS_${id.toUpperCase()}`,
    natsForecastSubject: `test_${id}.forecasts`,
  };
}

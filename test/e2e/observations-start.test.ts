import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { afterAll, describe, expect, it } from 'vitest';
import { brokerNames, MQTT_URL, NATS_URL } from '../support/brokers.ts';
import { freePort } from '../support/free-port.ts';
import { tempDir } from '../support/temp-dir.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** `npm start`'s entry with the feeds configured; resolves once the log shows `until`, with the log so far. */
async function startUntil(dataDir: string, env: Record<string, string>, until: RegExp[]) {
  const child = spawn(process.execPath, ['bin/serve.js'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(await freePort()),
      NUANCHENG_DATA_DIR: dataDir,
      DATABASE_URL: '',
      NUANCHENG_ADMIN_PASSWORD: 'start-test-password-1',
      NUANCHENG_CAP_SIGNING_KEY: '',
      NUANCHENG_CAP_SIGNING_CERT: '',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${until.join(', ')} in:\n${log}`)), 40_000);
      child.stdout.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (until.every((pattern) => pattern.test(log))) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    return log;
  } finally {
    child.kill('SIGTERM');
  }
}

describe('npm start and the observation feeds (contracts/observations.md "Ways in")', () => {
  const data = tempDir();
  afterAll(() => data.remove());

  it('subscribes to MQTT and consumes the JetStream stream when they answer', async () => {
    const names = brokerNames();
    const nc = await connect({ servers: NATS_URL });
    try {
      const log = await startUntil(
        data.path,
        {
          NUANCHENG_MQTT_URL: MQTT_URL,
          NUANCHENG_MQTT_TOPIC: names.mqttTopic,
          NUANCHENG_MQTT_CLIENT_ID: names.mqttClientId,
          NUANCHENG_NATS_URL: NATS_URL,
          NUANCHENG_NATS_STREAM: names.natsStream,
          NUANCHENG_NATS_SUBJECT: names.natsSubject,
          NUANCHENG_NATS_CONSUMER: names.natsConsumer,
          NUANCHENG_NATS_FORECAST_STREAM: names.natsForecastStream,
          NUANCHENG_NATS_FORECAST_SUBJECT: names.natsForecastSubject,
        },
        [/mqtt: subscribed to station observations/, /nats: consuming station observations/],
      );
      expect(log).toContain(`${names.mqttTopic}/+`);
      expect(log).toContain(names.natsStream);
    } finally {
      const jsm = await jetstreamManager(nc);
      await jsm.streams.delete(names.natsStream).catch(() => {});
      await jsm.streams.delete(names.natsForecastStream).catch(() => {});
      await nc.close();
    }
  });

  it('says so when a broker does not answer, and starts all the same', async () => {
    const log = await startUntil(
      data.path,
      { NUANCHENG_MQTT_URL: 'mqtt://127.0.0.1:9', NUANCHENG_NATS_URL: 'nats://127.0.0.1:9' },
      [/mqtt: the broker does not answer/, /nats: the server does not answer/, /nuancheng listening on/],
    );
    expect(log).toContain('mqtt://127.0.0.1:9');
  });
});

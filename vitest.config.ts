import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Servers and contexts that tests start do not join the machine's MQTT broker or the OBSERVATIONS stream;
    // the tests of the feeds set their own URL and a topic, stream and consumer of their own.
    env: { NUANCHENG_MQTT_URL: 'off', NUANCHENG_NATS_URL: 'off' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results.json' },
  },
});

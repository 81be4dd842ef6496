import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelsSample } from '../../test/fuzz/samples.ts';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { fuzzEntry, fuzzTimeout, jsonInputText } from '../../test/support/fuzz.ts';
import { storeSnapshot } from '../../test/support/store-snapshot.ts';
import { tempDir } from '../../test/support/temp-dir.ts';
import { PlanCatalog } from '../catalog/plan-files.ts';
import type { Store } from '../store/database.ts';
import { ChannelsConfigError } from './channels-config.ts';
import { setUpDissemination } from './dissemination-setup.ts';

const plan = PlanCatalog.load().meteo().plan;

describe.each(engines)('channel configuration under fuzzing (%s)', (engine) => {
  let store: Store;
  const dir = tempDir('nuancheng-fuzz-channels-');
  beforeAll(async () => {
    store = await openTestStore(engine);
  });
  afterAll(async () => {
    await store?.close();
    dir.remove();
  });

  it(
    'NUANCHENG_CHANNELS edited at random: refused naming where (the stored endpoints untouched), or set up',
    async () => {
      let before = '';
      const stats = await fuzzEntry({
        name: `channel configuration (NUANCHENG_CHANNELS, setUpDissemination, ${engine})`,
        runs: engine === 'sqlite' ? 150 : 60,
        valid: [JSON.stringify(channelsSample)],
        input: jsonInputText([channelsSample]),
        attempt: async (text) => {
          before = await storeSnapshot(store, ['outbox_endpoints']);
          const setup = await setUpDissemination({
            db: store.db,
            plan,
            env: { NUANCHENG_CHANNELS: text, SMS_TOKEN: 'sms-token' },
            dataDir: dir.path,
            logger: pino({ level: 'silent' }),
          });
          expect(setup.source).toBe(text ? 'NUANCHENG_CHANNELS' : null);
          await setup.dispatcher?.stop();
        },
        isRefusal: (error) =>
          error instanceof ChannelsConfigError && /^NUANCHENG_CHANNELS: [^\n]+$/.test(error.message),
        afterEach: async (outcome) => {
          if (outcome === 'refused') expect(await storeSnapshot(store, ['outbox_endpoints'])).toBe(before);
        },
      });
      expect(stats.refused).toBeGreaterThan(0);
      expect(stats.accepted).toBeGreaterThan(0);
    },
    fuzzTimeout(150),
  );
});

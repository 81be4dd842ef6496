import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliAsync } from '../../../test/support/cli-async.ts';
import { meteoPlan, sampleWarning } from '../../../test/support/dissemination.ts';
import { engines, freshPostgresUrl } from '../../../test/support/engines.ts';
import { startReceiver, type Receiver } from '../../../test/support/http-receiver.ts';
import { tempDir } from '../../../test/support/temp-dir.ts';
import { enqueueWarningDissemination } from '../../messaging/outbox.ts';
import { openStore } from '../../store/database.ts';

// Each command is a process of its own that compiles the sources through tsx: seconds apiece on a busy machine.
const cliTestMs = 120_000;

describe.each(engines)('nuancheng outbox on %s', (engine) => {
  let dir: ReturnType<typeof tempDir> | undefined;
  let receiver: Receiver | undefined;
  afterEach(async () => {
    await receiver?.close();
    dir?.remove();
  });

  async function setUp(): Promise<{ env: NodeJS.ProcessEnv; database: string }> {
    dir = tempDir();
    const database = engine === 'postgres' ? await freshPostgresUrl() : join(dir.path, 'nuancheng.sqlite');
    return {
      env: { NUANCHENG_DATA_DIR: dir.path, DATABASE_URL: '', NUANCHENG_CHANNELS: '', NUANCHENG_CHANNELS_FILE: '' },
      database,
    };
  }

  it(
    'imports subscribers, sends a queued warning through channels.json, and reports the outbox',
    async () => {
      const { env, database } = await setUp();
      receiver = await startReceiver();
      writeFileSync(
        join(dir!.path, 'subscribers.csv'),
        'phone,division_code\n13900000001,150602\n13900000002,150627\n13900000003,152501\n',
      );
      writeFileSync(
        join(dir!.path, 'channels.json'),
        JSON.stringify({
          endpoints: [
            { id: 'sms-gateway', kind: 'sms', url: `${receiver.url}/sms`, token: { env: 'TEST_SMS_TOKEN' } },
            {
              id: 'website',
              kind: 'webhook',
              url: `${receiver.url}/website`,
              secret: 'website-secret',
              channels: ['website'],
            },
          ],
        }),
      );
      const withToken = { ...env, TEST_SMS_TOKEN: 'sms-token' };
      const imported = await runCliAsync(
        ['outbox', 'subscribers', 'import', join(dir!.path, 'subscribers.csv'), '--database', database],
        { env },
      );
      expect(imported).toMatchObject({ status: 0, stdout: 'imported 3 subscribers (3 lines)\n' });
      // The first dispatch stores the routes of channels.json; the warning is then committed and queued.
      expect(
        (await runCliAsync(['outbox', 'dispatch', '--once', '--database', database], { env: withToken })).stdout,
      ).toBe('sent 0, to retry 0, given up 0\n');
      const store = openStore(database);
      await store.db
        .transaction()
        .execute((trx) => enqueueWarningDissemination(trx, sampleWarning({ areaCodes: ['150600'] }), meteoPlan()));
      await store.close();

      const sent = await runCliAsync(['outbox', 'dispatch', '--once', '--database', database], { env: withToken });
      expect(sent).toMatchObject({ status: 0, stdout: 'sent 3, to retry 0, given up 0\n' });
      expect(receiver.requests.find((r) => r.path === '/sms')?.headers.authorization).toBe('Bearer sms-token');
      const status = await runCliAsync(['outbox', 'status', '--json', '--database', database], { env });
      const counts = (
        JSON.parse(status.stdout) as { counts: { endpointId: string; status: string; messages: number }[] }
      ).counts;
      expect(counts.map(({ endpointId, status: s, messages }) => [endpointId, s, messages])).toEqual([
        ['sms-gateway', 'sent', 2],
        ['website', 'sent', 1],
      ]);
      const pruned = await runCliAsync(
        ['outbox', 'prune', '--before', new Date(Date.now() + 60_000).toISOString(), '--database', database],
        { env },
      );
      expect(pruned).toMatchObject({ status: 0, stdout: 'deleted 3 sent messages\n' });
      const empty = await runCliAsync(['outbox', 'status', '--warning', 'msg-0001', '--database', database], { env });
      expect(empty.stdout).toBe('the outbox is empty\n');
    },
    cliTestMs,
  );

  it(
    'refuses a bad subscriber line and a broken channels.json with exit 2, naming the place',
    async () => {
      const { env, database } = await setUp();
      writeFileSync(join(dir!.path, 'subscribers.csv'), 'phone,division_code\n13900000001,150602\n2390000000,150602\n');
      const bad = await runCliAsync(
        ['outbox', 'subscribers', 'import', join(dir!.path, 'subscribers.csv'), '--database', database],
        { env },
      );
      expect(bad.status).toBe(2);
      expect(bad.stderr).toBe(
        `${join(dir!.path, 'subscribers.csv')}:3: "2390000000" is not a mainland mobile number (11 digits starting with 1)\n`,
      );
      const file = join(dir!.path, 'channels.json');
      writeFileSync(
        file,
        JSON.stringify({
          endpoints: [{ id: 'gov', kind: 'webhook', url: 'http://127.0.0.1:9/x', secret: 's', reportsTo: ['市政府'] }],
        }),
      );
      const broken = await runCliAsync(['outbox', 'dispatch', '--once', '--database', database], { env });
      expect(broken.status).toBe(2);
      expect(broken.stderr).toContain(`${file}: endpoints[0].reportsTo[0]: "市政府" is not a 3.3.2 first-report body`);
      writeFileSync(
        file,
        JSON.stringify({
          endpoints: [{ id: 'site', kind: 'webhook', url: 'ftp://x', secret: 's', channels: ['website'] }],
        }),
      );
      const url = await runCliAsync(['outbox', 'dispatch', '--once', '--database', database], { env });
      expect(url.stderr).toBe(`${file}: endpoints[0].url: an http(s) URL\n`);
    },
    cliTestMs,
  );

  it(
    'with no channel configured, says so and sends nothing',
    async () => {
      const { env, database } = await setUp();
      const none = await runCliAsync(['outbox', 'dispatch', '--once', '--database', database], { env });
      expect(none).toMatchObject({ status: 0, stdout: 'no channel configured: nothing sent\n' });
      expect(none.stderr).toContain('no dissemination channel is configured');
    },
    cliTestMs,
  );
});

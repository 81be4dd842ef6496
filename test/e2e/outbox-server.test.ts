import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { meteoPlan, sampleWarning } from '../support/dissemination.ts';
import { engines, freshPostgresUrl } from '../support/engines.ts';
import { startReceiver, type Receiver } from '../support/http-receiver.ts';
import { freePort } from '../support/free-port.ts';
import { tempDir } from '../support/temp-dir.ts';
import { enqueueWarningDissemination } from '../../src/messaging/outbox.ts';
import { openStore } from '../../src/store/database.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`waited a minute for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe.each(engines)('the server sends the outbox (%s)', (engine) => {
  let child: ChildProcess | undefined;
  let receiver: Receiver | undefined;
  let data: ReturnType<typeof tempDir> | undefined;
  afterEach(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await receiver?.close();
    data?.remove();
  });

  it('a warning committed while the server runs reaches its channel; SIGTERM stops the dispatcher with the server', async () => {
    data = tempDir();
    receiver = await startReceiver();
    const databaseUrl = engine === 'postgres' ? await freshPostgresUrl() : join(data.path, 'nuancheng.sqlite');
    const port = await freePort();
    const channels = {
      endpoints: [
        { id: 'website', kind: 'webhook', url: `${receiver.url}/website`, secret: 'shared', channels: ['website'] },
      ],
      pollMs: 100,
    };
    child = spawn(process.execPath, ['bin/serve.js'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(port),
        NUANCHENG_DATA_DIR: data.path,
        DATABASE_URL: databaseUrl,
        LOG_LEVEL: 'warn',
        NUANCHENG_CHANNELS: JSON.stringify(channels),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await until(
      async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.ok === true,
      'the server',
    );

    const store = openStore(databaseUrl);
    const queued = await store.db
      .transaction()
      .execute((trx) => enqueueWarningDissemination(trx, sampleWarning(), meteoPlan()));
    expect(queued).toEqual({ messages: 1 });
    await until(() => receiver!.delivered.size === 1, 'the webhook');
    expect([...receiver.delivered]).toEqual(['CN-150600-20240701T0800-rainstorm-1/website']);
    await until(
      async () => (await store.db.selectFrom('outbox_messages').select('status').executeTakeFirst())?.status === 'sent',
      'the receipt',
    );
    await store.close();

    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
  }, 120_000);

  it('a broken channel configuration stops the start, naming the field', async () => {
    data = tempDir();
    const databaseUrl = engine === 'postgres' ? await freshPostgresUrl() : join(data.path, 'nuancheng.sqlite');
    const channels = {
      endpoints: [{ id: 'gov', kind: 'wecom', url: 'http://127.0.0.1:9/bot', reportsTo: ['市政府办公室'] }],
    };
    child = spawn(process.execPath, ['bin/serve.js'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(await freePort()),
        NUANCHENG_DATA_DIR: data.path,
        DATABASE_URL: databaseUrl,
        LOG_LEVEL: 'warn',
        NUANCHENG_CHANNELS: JSON.stringify(channels),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    expect(await exited(child)).toBe(1);
    expect(out).toContain(
      'NUANCHENG_CHANNELS: endpoints[0].reportsTo[0]: \\"市政府办公室\\" is not a 3.3.2 first-report body',
    );
  }, 120_000);
});

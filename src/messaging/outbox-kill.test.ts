import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { engines, freshPostgresUrl } from '../../test/support/engines.ts';
import { startReceiver, type Answer, type ReceivedRequest, type Receiver } from '../../test/support/http-receiver.ts';
import { tempDir } from '../../test/support/temp-dir.ts';
import { verifyAuditLog } from '../store/audit.repository.ts';
import { openStore } from '../store/database.ts';

const child = fileURLToPath(new URL('../../test/support/outbox-child.ts', import.meta.url));
const phones = 30;
const identifier = 'CN-150600-20240701T0800-rainstorm-1';
/** Every message the warning must produce, written out here rather than derived by the code under test. */
const expectedKeys = [
  `${identifier}/website`,
  `${identifier}/screens`,
  `${identifier}/gov-bot`,
  ...Array.from({ length: phones }, (_, i) => `${identifier}/sms-gateway/${13_700_000_000 + i}`),
].sort();

function startChild(
  mode: 'commit' | 'dispatch',
  databaseUrl: string,
  receiverUrl: string,
): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', child], {
    env: {
      ...process.env,
      MODE: mode,
      DATABASE_URL: databaseUrl,
      RECEIVER_URL: receiverUrl,
      LEASE_MS: '1500',
      PHONES: String(phones),
    },
  });
}

function line(process: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    process.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = pattern.exec(out);
      if (match) resolve(match[0]);
    });
    process.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    process.on('exit', (code, signal) =>
      reject(new Error(`child ended (${code ?? signal}) before ${pattern}: ${out}${err}`)),
    );
  });
}

function exited(process: ChildProcessWithoutNullStreams): Promise<NodeJS.Signals | number | null> {
  if (process.exitCode !== null || process.signalCode !== null)
    return Promise.resolve(process.signalCode ?? process.exitCode);
  return new Promise((resolve) => process.once('exit', (code, signal) => resolve(signal ?? code)));
}

function ok(request: ReceivedRequest): Answer {
  return request.path === '/wecom' ? { status: 200, body: '{"errcode":0,"errmsg":"ok"}' } : { status: 200 };
}

async function storeUrl(engine: (typeof engines)[number], dir: string): Promise<string> {
  return engine === 'postgres' ? freshPostgresUrl() : join(dir, 'outbox.sqlite');
}

async function statuses(url: string): Promise<string[]> {
  const store = openStore(url);
  try {
    const rows = await store.db.selectFrom('outbox_messages').select('status').execute();
    return rows.map((row) => row.status);
  } finally {
    await store.close();
  }
}

describe.each(engines)('killing the dispatcher (SIGKILL) on %s', (engine) => {
  let receiver: Receiver | undefined;
  let dir: ReturnType<typeof tempDir> | undefined;
  const children: ChildProcessWithoutNullStreams[] = [];
  afterEach(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await receiver?.close();
    dir?.remove();
  });

  it('between commit and send: nothing is lost, and after a restart each message arrives once', async () => {
    dir = tempDir();
    receiver = await startReceiver(ok);
    const url = await storeUrl(engine, dir.path);
    const first = startChild('commit', url, receiver.url);
    children.push(first);
    expect(await line(first, /committed \d+/)).toBe(`committed ${expectedKeys.length}`);
    first.kill('SIGKILL');
    expect(await exited(first)).toBe('SIGKILL');
    expect(receiver.requests).toEqual([]);

    const restart = startChild('dispatch', url, receiver.url);
    children.push(restart);
    await line(restart, /drained/);
    expect([...receiver.delivered].sort()).toEqual(expectedKeys);
    expect([...receiver.arrivals.values()].every((count) => count === 1)).toBe(true);
    expect((await statuses(url)).every((status) => status === 'sent')).toBe(true);
  }, 120_000);

  it('while sending, after a receiver took a message but before the answer came back: resent, delivered once', async () => {
    dir = tempDir();
    const sender: { process?: ChildProcessWithoutNullStreams } = {};
    receiver = await startReceiver(async (request) => {
      // The third request is taken and then its sender is killed before it can hear the answer.
      if (sender.process && receiver!.requests.length === 3) {
        sender.process.kill('SIGKILL');
        await exited(sender.process);
      }
      return ok(request);
    });
    const url = await storeUrl(engine, dir.path);
    const first = startChild('commit', url, receiver.url);
    sender.process = first;
    children.push(first);
    await line(first, /committed \d+/);
    first.stdin.write('send\n');
    expect(await exited(first)).toBe('SIGKILL');
    const beforeRestart = receiver.requests.length;
    expect(beforeRestart).toBeGreaterThanOrEqual(3);

    const restart = startChild('dispatch', url, receiver.url);
    children.push(restart);
    await line(restart, /drained/);
    // Exactly once at the receiver that honours keys; at least once, with no loss, on the wire.
    expect([...receiver.delivered].sort()).toEqual(expectedKeys);
    expect(expectedKeys.every((key) => (receiver!.arrivals.get(key) ?? 0) >= 1)).toBe(true);
    expect([...receiver.arrivals.values()].some((count) => count > 1)).toBe(true);
    expect((await statuses(url)).every((status) => status === 'sent')).toBe(true);
  }, 120_000);

  it('killed three times while sending: each restart goes on where the last stopped; delivered once, audit chain whole', async () => {
    dir = tempDir();
    const sender: { process?: ChildProcessWithoutNullStreams } = {};
    // The requests at which the sending process of the moment is killed, each after the receiver took it.
    const killAt = new Set([2, 6, 11]);
    receiver = await startReceiver(async (request) => {
      if (sender.process && killAt.has(receiver!.requests.length)) {
        sender.process.kill('SIGKILL');
        await exited(sender.process);
      }
      return ok(request);
    });
    const url = await storeUrl(engine, dir.path);
    const first = startChild('commit', url, receiver.url);
    sender.process = first;
    children.push(first);
    await line(first, /committed \d+/);
    first.stdin.write('send\n');
    expect(await exited(first)).toBe('SIGKILL');
    for (let kills = 1; kills < killAt.size; kills++) {
      const next = startChild('dispatch', url, receiver.url);
      sender.process = next;
      children.push(next);
      expect(await exited(next)).toBe('SIGKILL');
    }
    sender.process = undefined;
    const last = startChild('dispatch', url, receiver.url);
    children.push(last);
    await line(last, /drained/);
    expect([...receiver.delivered].sort()).toEqual(expectedKeys);
    expect((await statuses(url)).every((status) => status === 'sent')).toBe(true);
    const store = openStore(url);
    try {
      const verdict = await verifyAuditLog(store.db);
      expect(verdict.ok).toBe(true);
      // Every message is recorded sent once: the batches' counts add up to the messages, no key twice.
      const sent = (
        await store.db.selectFrom('audit_log').select('payload').where('action', '=', 'warning.message.sent').execute()
      ).map((entry) => JSON.parse(entry.payload) as { messages: number; idempotencyKey?: string });
      expect(sent.reduce((total, entry) => total + entry.messages, 0)).toBe(expectedKeys.length);
      const keys = sent.flatMap((entry) => (entry.idempotencyKey ? [entry.idempotencyKey] : []));
      expect(new Set(keys).size).toBe(keys.length);
    } finally {
      await store.close();
    }
  }, 180_000);
});

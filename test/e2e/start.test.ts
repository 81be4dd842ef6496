import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { testSigningKey } from '../support/cap-signing.ts';
import { freePort } from '../support/free-port.ts';
import { tempDir } from '../support/temp-dir.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

async function waitFor(url: string, deadlineMs: number): Promise<Response> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** `npm start`'s entry as a child process on a free port, its log collected. */
async function startServer(dataDir: string, env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/serve.js'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      NUANCHENG_DATA_DIR: dataDir,
      DATABASE_URL: '',
      NUANCHENG_CAP_SIGNING_KEY: '',
      NUANCHENG_CAP_SIGNING_CERT: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { child, base: `http://127.0.0.1:${port}`, log: '' };
  child.stdout.on('data', (chunk: Buffer) => (out.log += chunk.toString()));
  return out;
}

describe('npm start on a fresh data folder', () => {
  const data = tempDir();
  afterAll(() => data.remove());

  it('creates and migrates the SQLite file, then answers /healthz and serves the plans', async () => {
    const server = await startServer(data.path, { LOG_LEVEL: 'warn' });
    const { child, base } = server;
    try {
      const health = await waitFor(`${base}/healthz`, 20_000);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', store: 'sqlite' });
      expect(existsSync(join(data.path, 'nuancheng.sqlite'))).toBe(true);
      const plans = (await (await fetch(`${base}/api/plans`)).json()) as { plans: unknown[] };
      expect(plans.plans).toHaveLength(3);
      expect(server.log).toContain('CAP messages are NOT signed');
      expect((await fetch(`${base}/api/warnings/signing-certificate.pem`)).status).toBe(404);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('with a CAP signing key and certificate configured, says so and publishes the certificate', async () => {
    const key = testSigningKey();
    const server = await startServer(data.path, {
      LOG_LEVEL: 'info',
      NUANCHENG_CAP_SIGNING_KEY: key.keyFile,
      NUANCHENG_CAP_SIGNING_CERT: key.certificateFile,
    });
    const { child, base } = server;
    try {
      expect((await waitFor(`${base}/healthz`, 20_000)).status).toBe(200);
      const certificate = await fetch(`${base}/api/warnings/signing-certificate.pem`);
      expect(certificate.status).toBe(200);
      expect(await certificate.text()).toBe(key.certificatePem);
      expect(server.log).toContain('CAP messages are signed (XML-DSig, RSA-SHA256)');
      expect(server.log).toContain(key.signer.identity.fingerprint256);
    } finally {
      child.kill('SIGTERM');
      key.remove();
    }
  });

  it('a signing key without its certificate stops the start, naming the missing variable', async () => {
    const key = testSigningKey();
    const server = await startServer(data.path, { NUANCHENG_CAP_SIGNING_KEY: key.keyFile });
    const { child } = server;
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    key.remove();
    expect(code).toBe(1);
    expect(server.log).toContain(
      'NUANCHENG_CAP_SIGNING_CERT: CAP signing needs both a private key and its certificate',
    );
  });
});

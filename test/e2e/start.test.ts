import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
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

describe('npm start on a fresh data folder', () => {
  const data = tempDir();
  afterAll(() => data.remove());

  it('creates and migrates the SQLite file, then answers /healthz and serves the plans', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['bin/serve.js'], {
      cwd: repoRoot,
      env: { ...process.env, PORT: String(port), NUANCHENG_DATA_DIR: data.path, DATABASE_URL: '', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const health = await waitFor(`http://127.0.0.1:${port}/healthz`, 20_000);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', store: 'sqlite' });
      expect(existsSync(join(data.path, 'nuancheng.sqlite'))).toBe(true);
      const plans = (await (await fetch(`http://127.0.0.1:${port}/api/plans`)).json()) as { plans: unknown[] };
      expect(plans.plans).toHaveLength(3);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

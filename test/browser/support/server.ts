import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../support/free-port.ts';
import { tempDir } from '../../support/temp-dir.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface RunningServer {
  origin: string;
  adminPassword: string;
  stop: () => Promise<void>;
}

/** `npm start` as a process on a fresh SQLite store, on 127.0.0.1 only; resolves once /healthz answers. */
export async function startServer(): Promise<RunningServer> {
  const data = tempDir('nuancheng-browser-');
  const port = await freePort();
  const adminPassword = 'keeper of the console in chromium';
  const child: ChildProcess = spawn(process.execPath, ['bin/serve.js'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NUANCHENG_DATA_DIR: data.path,
      NUANCHENG_ADMIN_PASSWORD: adminPassword,
      DATABASE_URL: '',
      NUANCHENG_CHANNELS: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch {
      if (attempt > 600) throw new Error('the server did not answer /healthz within 60 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    adminPassword,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      data.remove();
    },
  };
}

/** Creates the plan's people through the API as the admin (the admin screen is tested on its own). */
export async function createPeople(
  server: RunningServer,
  people: Array<{ username: string; displayName: string; role: string; unitId?: string }>,
  password: string,
): Promise<void> {
  const login = await fetch(`${server.origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: server.adminPassword }),
  });
  const { token } = (await login.json()) as { token: string };
  for (const person of people) {
    const response = await fetch(`${server.origin}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ unitId: null, ...person, password }),
    });
    if (response.status !== 201) throw new Error(`creating ${person.username}: ${await response.text()}`);
  }
}

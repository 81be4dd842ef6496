import { startServerProcess } from '../../support/server-process.ts';
import { tempDir } from '../../support/temp-dir.ts';

export interface RunningServer {
  origin: string;
  adminPassword: string;
  stop: () => Promise<void>;
}

/** `npm start` as a process on a fresh SQLite store, on 127.0.0.1 only; resolves once /healthz answers. */
export async function startServer(): Promise<RunningServer> {
  const data = tempDir('nuancheng-browser-');
  const adminPassword = 'keeper of the console in chromium';
  const server = await startServerProcess({
    NUANCHENG_DATA_DIR: data.path,
    NUANCHENG_ADMIN_PASSWORD: adminPassword,
    DATABASE_URL: '',
  });
  return {
    origin: server.origin,
    adminPassword,
    stop: async () => {
      await server.stop();
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

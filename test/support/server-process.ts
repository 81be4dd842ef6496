import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcess {
  origin: string;
  child: ChildProcess;
  /** SIGTERM, then the exit code. */
  stop: () => Promise<number | null>;
}

/**
 * `npm start` as a process on 127.0.0.1 and a free port, with `env` over the test's environment; resolves once
 * /healthz answers (a minute at most).
 */
export async function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['bin/serve.js'], {
    cwd: repoRoot,
    env: { ...process.env, NUANCHENG_CHANNELS: '', LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch {
      if (attempt > 600) {
        child.kill('SIGKILL');
        throw new Error('the server did not answer /healthz within 60 s');
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

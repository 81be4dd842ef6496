import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The web console's sources (`web/`) and where its built files go (`web/dist`, never committed). */
export const webRoot = fileURLToPath(new URL('../../web/', import.meta.url));
export const webDist = join(webRoot, 'dist');
const stampFile = '.built-at';
const lockFile = join(webRoot, '.build.lock');
const sourceEntries = ['src', 'index.html', 'vite.config.ts', 'public'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Built files are stale when missing, or older than any file of `web/` they are built from. */
export function webBuildIsStale(): boolean {
  const stamp = join(webDist, stampFile);
  if (!existsSync(stamp) || !existsSync(join(webDist, 'index.html'))) return true;
  const sources = Math.max(...sourceEntries.map((entry) => newestMtime(join(webRoot, entry))));
  return sources > statSync(stamp).mtimeMs;
}

function viteBin(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  } catch {
    return null;
  }
}

/** Pre-compressed copies of the text files, served as they are (`@fastify/static` `preCompressed`). */
async function compressAssets(folder: string): Promise<void> {
  for (const entry of await readdir(folder, { recursive: true })) {
    if (!/\.(js|css|html|svg|json)$/.test(entry)) continue;
    const path = join(folder, entry);
    const content = await readFile(path);
    await writeFile(`${path}.gz`, gzipSync(content, { level: 9 }));
    await writeFile(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}

function runVite(bin: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        bin,
        'build',
        '--config',
        join(webRoot, 'vite.config.ts'),
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      // A production build whatever the caller's NODE_ENV (Vitest sets it to "test", and Vite would honour it).
      { cwd: webRoot, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
    );
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`))));
  });
}

async function takeLock(): Promise<(() => Promise<void>) | null> {
  try {
    const handle = await open(lockFile, 'wx');
    await handle.writeFile(String(process.pid));
    await handle.close();
    return () => rm(lockFile, { force: true });
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits while another process builds; a lock left by a process that died is removed. */
async function waitForOtherBuild(): Promise<void> {
  for (;;) {
    const owner = Number(await readFile(lockFile, 'utf8').catch(() => ''));
    if (!existsSync(lockFile)) return;
    if (Number.isInteger(owner) && owner > 0 && !pidAlive(owner)) {
      await rm(lockFile, { force: true });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Builds the web console when its built files are missing or older than its sources, so `npm start` is the whole
 * set-up. The build goes to a folder of its own and replaces `web/dist` in one rename; several processes starting
 * at once build it once. Without Vite (installed without dev dependencies) the API still starts, without console.
 */
export async function ensureWebBuild(logger?: {
  info: (message: string) => void;
  warn: (message: string) => void;
}): Promise<'fresh' | 'built' | 'unavailable'> {
  for (;;) {
    if (!webBuildIsStale()) return 'fresh';
    const bin = viteBin();
    if (!bin || !existsSync(join(webRoot, 'index.html'))) {
      logger?.warn('the web console is not built and Vite is not installed (npm install): serving the API only');
      return 'unavailable';
    }
    const release = await takeLock();
    if (!release) {
      await waitForOtherBuild();
      continue;
    }
    try {
      if (!webBuildIsStale()) return 'fresh';
      logger?.info('building the web console (web/ → web/dist)');
      const staging = join(webRoot, `.dist-${process.pid}`);
      const old = join(webRoot, `.dist-old-${process.pid}`);
      await runVite(bin, staging);
      await compressAssets(staging);
      await mkdir(staging, { recursive: true });
      await writeFile(join(staging, stampFile), new Date().toISOString());
      if (existsSync(webDist)) await rename(webDist, old);
      await rename(staging, webDist);
      await rm(old, { recursive: true, force: true });
      return 'built';
    } finally {
      await release();
    }
  }
}

/** When the console was built (for a bench or a test that reads the built files). */
export async function webBuiltAt(): Promise<Date | null> {
  const info = await stat(join(webDist, stampFile)).catch(() => null);
  return info ? info.mtime : null;
}

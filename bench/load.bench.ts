// Load against a running server process (issue #14, item 3), on SQLite and on PostgreSQL: the public warning
// page, the warnings list, the Atom feed and one CAP message with autocannon; 1,000 clients on the event stream
// and the time a committed warning takes to reach all of them; sign-in, accepted and refused. Requests per
// second, p50/p99 latency and errors (socket errors, timeouts, 5xx). Target: no errors; p99 < 100 ms for the
// feeds. Only 127.0.0.1 is loaded, for a bounded time.
import { loadavg } from 'node:os';
import { request as httpRequest, type ClientRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { testSigningKey } from '../test/support/cap-signing.ts';
import { startServerProcess } from '../test/support/server-process.ts';
import { tempDir } from '../test/support/temp-dir.ts';
import { postJson, report } from './support.ts';

const seconds = Number(process.env.NUANCHENG_BENCH_LOAD_SECONDS ?? 8);
const streamClients = Number(process.env.NUANCHENG_BENCH_STREAM_CLIENTS ?? 1000);
const pgBase = process.env.NUANCHENG_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const adminPassword = 'bench-Ordos-2025!';

function line(result: autocannon.Result): string {
  const codes = Object.entries(result.statusCodeStats ?? {})
    .map(([code, stats]) => `${code}×${stats?.count ?? 0}`)
    .join(' ');
  const serverErrors = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => code.startsWith('5'))
    .reduce((sum, [, stats]) => sum + (stats?.count ?? 0), 0);
  const errors = result.errors + result.timeouts + serverErrors;
  return (
    `${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
    `errors ${errors} (${codes})`
  );
}

async function hammer(options: autocannon.Options): Promise<autocannon.Result> {
  return autocannon({ connections: 32, duration: seconds, ...options });
}

/** `count` clients on the event stream; resolves once every one has its first bytes. */
async function openStreams(
  base: string,
  count: number,
  onEvent: (client: number, identifier: string) => void,
): Promise<ClientRequest[]> {
  const requests: ClientRequest[] = [];
  const opened: Array<Promise<void>> = [];
  for (let client = 0; client < count; client++) {
    opened.push(
      new Promise((resolve, reject) => {
        const req = httpRequest(`${base}/api/warnings/stream`, { agent: false }, (res) => {
          let buffer = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            buffer += chunk;
            if (buffer.startsWith('retry:')) resolve();
            let end: number;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
              buffer = buffer.slice(end + 2);
              if (data) onEvent(client, (JSON.parse(data) as { identifier: string }).identifier);
            }
          });
        });
        req.on('error', (error) => (error.message === 'socket hang up' ? undefined : reject(error)));
        req.end();
        requests.push(req);
      }),
    );
  }
  await Promise.all(opened);
  return requests;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function streamDelivery(base: string, duty: string): Promise<string> {
  const arrivals = new Map<string, number[]>();
  const clients = await openStreams(base, streamClients, (_client, identifier) => {
    const list = arrivals.get(identifier) ?? [];
    list.push(performance.now());
    arrivals.set(identifier, list);
  });
  const latencies: number[] = [];
  const allReached: number[] = [];
  let warningId: string | undefined;
  try {
    for (let sample = 0; sample < 6; sample++) {
      const body = warningId
        ? { action: 'cancel', warningId }
        : { action: 'issue', hazard: 'sandstorm', level: 'III', areaCodes: ['150602'] };
      const message = await postJson(base, '/api/warnings', body, duty);
      const committed = performance.now();
      warningId = message.msgType === 'Cancel' ? undefined : (message.warningId as string);
      const identifier = message.identifier as string;
      const until = Date.now() + 30_000;
      while ((arrivals.get(identifier)?.length ?? 0) < streamClients && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, 5));
      const times = arrivals.get(identifier) ?? [];
      if (times.length < streamClients) return `only ${times.length} of ${streamClients} clients got a message`;
      if (sample === 0) continue; // warms the server up
      latencies.push(...times.map((t) => Math.max(0, t - committed)));
      allReached.push(Math.max(...times) - committed);
    }
  } finally {
    for (const client of clients) client.destroy();
  }
  latencies.sort((a, b) => a - b);
  allReached.sort((a, b) => a - b);
  return (
    `${streamClients} clients × ${allReached.length} warnings: from the commit's answer, p50 ${percentile(latencies, 0.5).toFixed(1)} ms, ` +
    `p99 ${percentile(latencies, 0.99).toFixed(1)} ms; all reached in median ${percentile(allReached, 0.5).toFixed(1)} ms, worst ${allReached.at(-1)!.toFixed(1)} ms`
  );
}

async function loadOn(engine: 'sqlite' | 'postgres'): Promise<void> {
  const dir = tempDir('nuancheng-load-');
  const key = testSigningKey();
  let databaseUrl = '';
  let dropDatabase = async () => {};
  if (engine === 'postgres') {
    const name = `nuancheng_load_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: pgBase });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(pgBase);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: pgBase });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }
  const server = await startServerProcess({
    LOG_LEVEL: 'error',
    NUANCHENG_DATA_DIR: dir.path,
    DATABASE_URL: databaseUrl,
    NUANCHENG_ADMIN_PASSWORD: adminPassword,
    NUANCHENG_CAP_SIGNING_KEY: key.keyFile,
    NUANCHENG_CAP_SIGNING_CERT: key.certificateFile,
  });
  const base = server.origin;
  try {
    const admin = (await postJson(base, '/api/auth/login', { username: 'admin', password: adminPassword }))
      .token as string;
    const password = 'bench desk password 7';
    await postJson(
      base,
      '/api/users',
      { username: 'duty', displayName: '值班员', role: 'dutyOfficer', password },
      admin,
    );
    const duty = (await postJson(base, '/api/auth/login', { username: 'duty', password })).token as string;
    // Warnings in force, so the feeds have something to show (signed, as a configured server signs them).
    let identifier = '';
    for (const hazard of ['rainstorm', 'gale', 'fog', 'highTemperature'])
      identifier = (await postJson(base, '/api/warnings', { action: 'issue', hazard, level: 'IV' }, duty))
        .identifier as string;

    const page = await fetch(`${base}/`);
    if (page.ok && page.headers.get('content-type')?.startsWith('text/html'))
      report(`${engine}: GET / (public warning page)`, line(await hammer({ url: `${base}/` })));
    else
      report(`${engine}: GET / (public warning page)`, `not measured: ${page.status} (the console is not there yet)`);
    report(`${engine}: GET /api/warnings`, line(await hammer({ url: `${base}/api/warnings` })));
    report(`${engine}: GET /api/warnings/feed.atom`, line(await hammer({ url: `${base}/api/warnings/feed.atom` })));
    report(
      `${engine}: GET /api/warnings/{id}.cap (signed)`,
      line(await hammer({ url: `${base}/api/warnings/${encodeURIComponent(identifier)}.cap` })),
    );
    report(`${engine}: event stream, committed warning → clients`, await streamDelivery(base, duty));
    // Sign-in costs a scrypt hash by design; its refusals (a wrong password, or the rate limit where one is on)
    // are counted by status code, not as errors.
    const login = (body: unknown) => ({
      url: `${base}/api/auth/login`,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      connections: 8,
    });
    report(
      `${engine}: POST /api/auth/login (right password)`,
      line(await hammer(login({ username: 'duty', password }))),
    );
    report(
      `${engine}: POST /api/auth/login (wrong password)`,
      line(await hammer(login({ username: 'duty', password: 'not the password' }))),
    );
  } finally {
    await server.stop();
    await dropDatabase();
    key.remove();
    dir.remove();
  }
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: pgBase, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export async function run(): Promise<void> {
  // The figures depend on what else the machine runs: say how busy it was.
  report('machine load (1-minute average, 2 cores)', loadavg()[0]!.toFixed(1));
  await loadOn('sqlite');
  if (await postgresReachable()) await loadOn('postgres');
  else report('postgres', `not measured: no PostgreSQL at ${pgBase} (NUANCHENG_BENCH_PG_URL)`);
}

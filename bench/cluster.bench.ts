// `npm run bench -- cluster` (issue #13, item 5): two `npm start` processes on one PostgreSQL, an event-stream
// client on each; a duty officer commits warning messages through A, one at a time. Fan-out latency is the time
// from a message reaching A's own stream client to it reaching B's: the hop over the event bus (PostgreSQL
// LISTEN/NOTIFY, and NATS when a NATS server answers), including B loading the message from the store.
import { randomBytes } from 'node:crypto';
import { request as httpRequest, type ClientRequest } from 'node:http';
import { connect as netConnect } from 'node:net';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { startServerProcess, type ServerProcess } from '../test/support/server-process.ts';
import { tempDir } from '../test/support/temp-dir.ts';
import { postJson, report } from './support.ts';

const pgBase = process.env.NUANCHENG_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const natsUrl = process.env.NUANCHENG_NATS_URL ?? 'nats://127.0.0.1:4222';
const messages = Number(process.env.NUANCHENG_BENCH_CLUSTER_MESSAGES ?? 200);
const adminPassword = 'bench-Ordos-cluster-2025!';

/** An event-stream client that notes when each message (by seq) arrived. */
function streamClient(base: string, arrived: Map<number, number>, onArrive: () => void): Promise<ClientRequest> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}/api/warnings/stream`, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith('retry:')) resolve(req);
          const id = /^id: (\d+)$/m.exec(block)?.[1];
          if (id !== undefined) {
            arrived.set(Number(id), performance.now());
            onArrive();
          }
        }
      });
    });
    req.on('error', reject);
    req.end();
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function withDatabase<T>(use: (url: string) => Promise<T>): Promise<T> {
  const name = `nuancheng_cluster_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: pgBase });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(pgBase);
  url.pathname = `/${name}`;
  try {
    return await use(url.toString());
  } finally {
    const client = new pg.Client({ connectionString: pgBase });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  }
}

async function fanOut(bus: 'postgres' | 'nats'): Promise<void> {
  const data = tempDir('nuancheng-cluster-');
  const servers: ServerProcess[] = [];
  const streams: ClientRequest[] = [];
  try {
    await withDatabase(async (databaseUrl) => {
      const env = {
        DATABASE_URL: databaseUrl,
        NUANCHENG_DATA_DIR: data.path,
        NUANCHENG_ADMIN_PASSWORD: adminPassword,
        LOG_LEVEL: 'error',
        ...(bus === 'nats'
          ? {
              NUANCHENG_EVENT_BUS: 'nats',
              NUANCHENG_NATS_URL: natsUrl,
              NUANCHENG_EVENT_SUBJECT: `nuancheng.bench.${randomBytes(4).toString('hex')}`,
            }
          : {}),
      };
      servers.push(await startServerProcess(env), await startServerProcess(env));
      const [a, b] = servers as [ServerProcess, ServerProcess];
      const admin = (await postJson(a.origin, '/api/auth/login', { username: 'admin', password: adminPassword }))
        .token as string;
      const password = 'correct horse battery';
      await postJson(
        a.origin,
        '/api/users',
        { username: 'duty', displayName: '值班员', role: 'dutyOfficer', unitId: null, password },
        admin,
      );
      const duty = (await postJson(a.origin, '/api/auth/login', { username: 'duty', password })).token as string;

      const onA = new Map<number, number>();
      const onB = new Map<number, number>();
      let wake = () => {};
      const arrival = () => wake();
      streams.push(await streamClient(a.origin, onA, arrival), await streamClient(b.origin, onB, arrival));
      const issued = await postJson(a.origin, '/api/warnings', { action: 'issue', hazard: 'gale', level: 'IV' }, duty);
      const latencies: number[] = [];
      for (let i = 0; i < messages; i++) {
        const sent = await postJson(
          a.origin,
          '/api/warnings',
          { action: 'update', warningId: issued.warningId, level: i % 2 === 0 ? 'III' : 'IV' },
          duty,
        );
        const seq = sent.seq as number;
        while (!(onA.has(seq) && onB.has(seq))) await new Promise<void>((resolve) => (wake = resolve));
        latencies.push(onB.get(seq)! - onA.get(seq)!);
      }
      latencies.sort((x, y) => x - y);
      // Before the database goes: the servers stop first.
      for (const stream of streams.splice(0)) stream.destroy();
      for (const server of servers.splice(0)) await server.stop();
      report(
        `fan-out A → B over ${bus === 'postgres' ? 'PostgreSQL LISTEN/NOTIFY' : 'NATS'} (${messages} messages)`,
        `median ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms, max ${latencies.at(-1)!.toFixed(2)} ms`,
      );
    });
  } finally {
    for (const stream of streams) stream.destroy();
    for (const server of servers) await server.stop();
    data.remove();
  }
}

async function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = netConnect({ host, port, timeout: 2000 }, () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => (socket.destroy(), resolve(false)));
  });
}

export async function run(): Promise<void> {
  report('machine load (1-minute average, 2 cores)', loadavg()[0]!.toFixed(1));
  const pgUrl = new URL(pgBase);
  if (!(await reachable(pgUrl.hostname, Number(pgUrl.port || 5432)))) {
    report('cluster', `not measured: no PostgreSQL at ${pgBase} (NUANCHENG_BENCH_PG_URL)`);
    return;
  }
  await fanOut('postgres');
  const nats = new URL(natsUrl.split(',')[0]!);
  if (await reachable(nats.hostname, Number(nats.port || 4222))) await fanOut('nats');
  else report('nats', `not measured: no NATS at ${natsUrl} (NUANCHENG_NATS_URL)`);
}

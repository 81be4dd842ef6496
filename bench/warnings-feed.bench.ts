// From a committed warning to its appearance in the public feeds: the Atom feed (conditional GET, as a
// client polling with If-None-Match would see it) and the server-sent event stream, against a real server on
// 127.0.0.1 with a SQLite file store. Each sample is one committed message (issue, then cancel, alternately).
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { userPrincipal } from '../src/access/principal.ts';
import type { Actor } from '../src/access/roles.ts';
import { buildApp } from '../src/server/app.ts';
import { actOnWarning } from '../src/services/warnings-manual.service.ts';
import { openContext } from '../src/startup/context.ts';
import { tempDir } from '../test/support/temp-dir.ts';
import { report } from './support.ts';

const samples = 40;
const duty: Actor = { id: 'bench', username: 'bench', displayName: '值班员', role: 'dutyOfficer', unitId: null };

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} ms, worst ${sorted.at(-1)!.toFixed(2)} ms (${sorted.length} messages)`;
}

/** Opens the event stream; resolves once the server has answered, and calls `onEvent` with each message's identifier. */
function openStream(base: string, onEvent: (identifier: string) => void): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}/api/warnings/stream`, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
          buffer = buffer.slice(end + 2);
          if (data) onEvent((JSON.parse(data) as { identifier: string }).identifier);
        }
      });
      resolve(() => req.destroy());
    });
    req.on('error', (error) => (error.message === 'socket hang up' ? undefined : reject(error)));
    req.end();
  });
}

export async function run(): Promise<void> {
  const dir = tempDir('nuancheng-bench-');
  const ctx = await openContext({ databaseUrl: join(dir.path, 'bench.sqlite') });
  const app = await buildApp(ctx);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const arrivals = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  const closeStream = await openStream(base, (identifier) => {
    arrivals.set(identifier, performance.now());
    waiters.get(identifier)?.();
  });
  let etag = '';
  const sse: number[] = [];
  const atom: number[] = [];
  const polls: number[] = [];
  let warningId: string | undefined;
  try {
    for (let i = 0; i < samples + 2; i++) {
      const message = warningId
        ? await actOnWarning(ctx, userPrincipal(duty), { action: 'cancel', warningId })
        : await actOnWarning(ctx, userPrincipal(duty), {
            action: 'issue',
            hazard: 'gale',
            level: 'III',
            areaCodes: ['150602', '150627'],
          });
      const committed = performance.now();
      warningId = message.msgType === 'Cancel' ? undefined : message.warningId;
      const streamed = arrivals.has(message.identifier)
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.set(message.identifier, resolve));

      // Poll the Atom feed as a client does, conditionally, until it shows this message.
      let seen: number | undefined;
      let tries = 0;
      while (seen === undefined && tries < 1000) {
        tries++;
        const response = await fetch(`${base}/api/warnings/feed.atom`, {
          headers: etag ? { 'if-none-match': etag } : {},
        });
        const body = response.status === 200 ? await response.text() : '';
        if (response.status === 200) etag = response.headers.get('etag') ?? '';
        const shows =
          message.msgType === 'Cancel'
            ? response.status === 200 && !body.includes('大风')
            : body.includes(`${message.identifier}.cap`);
        if (shows) seen = performance.now();
      }
      await streamed;
      waiters.delete(message.identifier);
      if (i < 2 || seen === undefined) continue; // the first two warm the server up
      atom.push(seen - committed);
      sse.push(arrivals.get(message.identifier)! - committed);
      polls.push(tries);
    }
  } finally {
    closeStream();
    await app.close();
    await ctx.store.close();
    dir.remove();
  }
  report('committed warning → event stream (SSE)', summary(sse));
  report('committed warning → Atom feed (conditional GET)', summary(atom));
  report('Atom polls needed per message', `max ${Math.max(...polls)}`);
}

import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Answer {
  status: number;
  body?: string;
}

/**
 * A real HTTP receiver on 127.0.0.1 that records every request and honours idempotency keys: a key seen before
 * is answered as before and not delivered again. Keys are read per message from an SMS batch's body
 * (`messages[].idempotencyKey`), else from the Idempotency-Key header.
 */
export interface Receiver {
  url: string;
  requests: ReceivedRequest[];
  /** How often each key arrived (at least once, if nothing is lost). */
  arrivals: Map<string, number>;
  /** Keys delivered, each once. */
  delivered: Set<string>;
  close(): Promise<void>;
}

export function keysOf(request: ReceivedRequest): string[] {
  try {
    const json = JSON.parse(request.body) as { messages?: { idempotencyKey?: string }[] };
    if (Array.isArray(json.messages)) return json.messages.map((message) => message.idempotencyKey ?? '');
  } catch {
    // Not JSON: the header names the message.
  }
  const header = request.headers['idempotency-key'];
  return typeof header === 'string' ? [header] : [];
}

/** `answer` decides each reply (200 `{}` by default); it may wait, e.g. for a test to kill the sender. */
export async function startReceiver(
  answer: (request: ReceivedRequest) => Answer | Promise<Answer> = () => ({ status: 200 }),
): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  const arrivals = new Map<string, number>();
  const delivered = new Set<string>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(request);
      const keys = keysOf(request);
      for (const key of keys) arrivals.set(key, (arrivals.get(key) ?? 0) + 1);
      void Promise.resolve(answer(request)).then((reply) => {
        if (reply.status >= 200 && reply.status < 300) for (const key of keys) delivered.add(key);
        if (res.destroyed) return;
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(reply.body ?? '{}');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    arrivals,
    delivered,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

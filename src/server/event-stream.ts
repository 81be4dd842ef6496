import type { ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A comment line now and then keeps proxies and load balancers from closing a quiet stream. */
const heartbeatMs = 15_000;

/**
 * Starts a server-sent event stream (text/event-stream) on `reply`, kept in `open` so the server can end it when it
 * stops; `onClose` runs once when the client goes or the stream is ended. Returns the response to write events to.
 */
export function startEventStream(
  request: FastifyRequest,
  reply: FastifyReply,
  open: Set<ServerResponse>,
  onClose: () => void,
): ServerResponse {
  const raw = reply.raw;
  reply.hijack();
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  raw.write('retry: 3000\n\n');
  open.add(raw);
  const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), heartbeatMs);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    open.delete(raw);
    onClose();
  };
  request.raw.on('close', close);
  raw.on('close', close);
  return raw;
}

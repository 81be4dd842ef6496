import type { ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { startEventStream } from '../../event-stream.ts';
import type { WarningEvents, CommittedWarningMessage } from '../../../services/warning-events.ts';
import type { CapStatusKept, WarningMessageRecord } from '../../../services/warnings-reads.service.ts';
import { messageView } from './present.ts';

export interface StreamSource {
  events: WarningEvents;
  /** Messages committed after `seq`, oldest first. */
  missed: (status: CapStatusKept, seq: number) => Promise<WarningMessageRecord[]>;
  /** Open streams, so the server can end them when it closes. */
  open: Set<ServerResponse>;
}

function frame(message: WarningMessageRecord): string {
  return `id: ${message.seq}\nevent: warning\ndata: ${JSON.stringify(messageView(message))}\n\n`;
}

/**
 * Server-sent events (text/event-stream): one `warning` event per committed message, its `id` the message's
 * seq. A client that reconnects with `Last-Event-ID` (or `?after=`) first gets what it missed from the store.
 * Live messages that arrive while the missed ones are read are held back and sent after them, once each.
 */
export async function streamWarnings(
  request: FastifyRequest,
  reply: FastifyReply,
  source: StreamSource,
  status: CapStatusKept,
  after: number | undefined,
): Promise<void> {
  let unsubscribe = () => {};
  const raw = startEventStream(request, reply, source.open, () => unsubscribe());
  let lastSent = -1;
  let held: CommittedWarningMessage[] | null = [];
  const send = (message: WarningMessageRecord) => {
    if (message.status !== status || message.seq <= lastSent || raw.writableEnded) return;
    lastSent = message.seq;
    raw.write(frame(message));
  };
  unsubscribe = source.events.subscribe((message) => (held ? held.push(message) : send(message)));

  const lastEventId = Number(request.headers['last-event-id']);
  const resumeFrom = after ?? (Number.isInteger(lastEventId) && lastEventId >= 0 ? lastEventId : undefined);
  try {
    if (resumeFrom !== undefined) for (const message of await source.missed(status, resumeFrom)) send(message);
  } finally {
    const pending = held;
    held = null;
    for (const message of pending) send(message);
  }
}

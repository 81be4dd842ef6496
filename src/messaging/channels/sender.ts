import type { MessageContent } from '../../alerts/dissemination/channel-texts.ts';
import type { ChannelKind } from '../../alerts/dissemination/warning.ts';

/** One warning's text for one endpoint, as the outbox keeps it. */
export interface OutgoingPayload {
  id: string;
  warningId: string;
  identifier: string;
  endpointId: string;
  purpose: string;
  content: MessageContent;
}

export interface OutgoingMessage {
  recipient: string;
  idempotencyKey: string;
}

/**
 * What a send came to. `rejected` names recipients the receiver refused while taking the rest (an SMS gateway
 * refusing a malformed number): they are given up, the others are sent.
 */
export type SendResult =
  | { ok: true; receipt: Record<string, unknown>; rejected?: { recipient: string; reason: string }[] }
  | { ok: false; permanent: boolean; error: string };

/** A transport bound to one configured endpoint. */
export interface ChannelSender {
  endpointId: string;
  kind: ChannelKind;
  /** Messages one send carries: an SMS gateway takes a batch of numbers, the others one message. */
  batchSize: number;
  /** Sends in flight at once for this endpoint. */
  concurrency: number;
  /** The endpoint's rate limit, in messages (SMS: numbers) per second. */
  rate: { perSecond: number; burst: number };
  send(payload: OutgoingPayload, messages: readonly OutgoingMessage[]): Promise<SendResult>;
  close?(): Promise<void>;
}

type ContentOf<K extends ChannelKind> = Extract<MessageContent, { kind: K }>;

/** A sender for a transport that takes one message a request (webhook, bot, mail). */
export function oneAtATime<K extends ChannelKind>(
  kind: K,
  endpoint: { id: string; rate: { perSecond: number; burst: number } },
  sendOne: (content: ContentOf<K>, message: OutgoingMessage) => Promise<SendResult>,
): ChannelSender {
  return {
    endpointId: endpoint.id,
    kind,
    batchSize: 1,
    concurrency: 1,
    rate: endpoint.rate,
    async send(payload, messages) {
      const [message] = messages;
      if (payload.content.kind !== kind || !message || messages.length !== 1) {
        return { ok: false, permanent: true, error: `expected one ${kind} message` };
      }
      return sendOne(payload.content as ContentOf<K>, message);
    },
  };
}

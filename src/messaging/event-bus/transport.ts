/**
 * How the servers of one store hand each other event envelopes: PostgreSQL LISTEN/NOTIFY or a NATS subject.
 * A transport delivers every envelope sent by any server (itself included) to every server's `onEnvelope`.
 */
export interface EventTransport {
  readonly name: string;
  start(onEnvelope: (payload: string) => void): Promise<void>;
  send(payload: string): Promise<void>;
  close(): Promise<void>;
}

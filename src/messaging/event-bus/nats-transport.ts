import { connect, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import type { EventTransport } from './transport.ts';

/**
 * Events between servers on a core NATS subject (no JetStream: an event missed while a server is away is read
 * from the store when its stream clients resume). The client reconnects by itself; the log says when.
 */
export class NatsEventTransport implements EventTransport {
  readonly name = 'nats';
  private connection: NatsConnection | null = null;
  private subscription: Subscription | null = null;

  constructor(private readonly options: { servers: string[]; subject: string; logger: Logger }) {}

  async start(onEnvelope: (payload: string) => void): Promise<void> {
    const connection = await connect({
      servers: this.options.servers,
      name: 'nuancheng-events',
      maxReconnectAttempts: -1,
    });
    this.connection = connection;
    this.subscription = connection.subscribe(this.options.subject, {
      callback: (error, message) => {
        if (error) this.options.logger.warn({ err: error }, 'event bus (nats): subscription error');
        else onEnvelope(message.string());
      },
    });
    void (async () => {
      for await (const status of connection.status())
        if (status.type === 'disconnect' || status.type === 'reconnect')
          this.options.logger.warn({ status: status.type }, `event bus (nats): ${status.type}`);
    })();
    // The subscription is registered with the server before the bus counts as joined.
    await connection.flush();
  }

  async send(payload: string): Promise<void> {
    if (!this.connection) throw new Error('event bus (nats): not connected');
    this.connection.publish(this.options.subject, payload);
  }

  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = null;
    this.subscription = null;
    if (connection && !connection.isClosed()) await connection.drain();
  }
}

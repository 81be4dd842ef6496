import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Database } from '../../store/schema.ts';
import type { EventTransport } from './transport.ts';

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
export const NOTIFY_PAYLOAD_LIMIT = 7999;

/**
 * The channel of one store: servers on the same database and schema share it; another schema (a test's, a
 * second city's) on the same server has its own, so it never hears this store's events.
 */
async function channelOf(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ d: string; s: string }>(
    'SELECT current_database() AS d, current_schema() AS s',
  );
  const scope = createHash('sha256').update(`${rows[0]!.d}\n${rows[0]!.s}`).digest('hex').slice(0, 16);
  return `nuancheng_events_${scope}`;
}

/**
 * Events between the servers of one PostgreSQL store by LISTEN/NOTIFY: one connection of its own listens (a
 * pooled one would be handed back and stop hearing); NOTIFY goes through the store's pool. A lost listening
 * connection is reopened with a growing pause, and said so in the log.
 */
export class PostgresEventTransport implements EventTransport {
  readonly name = 'postgres';
  private client: pg.Client | null = null;
  private channel = '';
  private closing = false;
  private retryMs = 500;
  private onEnvelope: (payload: string) => void = () => undefined;

  constructor(private readonly options: { connectionString: string; db: Kysely<Database>; logger: Logger }) {}

  async start(onEnvelope: (payload: string) => void): Promise<void> {
    this.onEnvelope = onEnvelope;
    await this.listen();
  }

  async send(payload: string): Promise<void> {
    const bytes = Buffer.byteLength(payload, 'utf8');
    if (bytes > NOTIFY_PAYLOAD_LIMIT)
      throw new Error(`event envelope of ${bytes} bytes exceeds NOTIFY's ${NOTIFY_PAYLOAD_LIMIT}`);
    await sql`SELECT pg_notify(${this.channel}, ${payload})`.execute(this.options.db);
  }

  async close(): Promise<void> {
    this.closing = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.connectionString });
    client.on('notification', (message) => {
      if (message.channel === this.channel && message.payload !== undefined) this.onEnvelope(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    await client.connect();
    this.channel = await channelOf(client);
    await client.query(`LISTEN "${this.channel}"`);
    this.client = client;
    this.retryMs = 500;
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.closing || this.client !== client) return;
    this.client = null;
    client.end().catch(() => undefined);
    this.options.logger.warn(
      { err: error },
      `event bus (postgres): the listening connection was lost; reconnecting in ${this.retryMs} ms (events of other servers meanwhile reach their streams' clients on resume)`,
    );
    const retry = () => {
      if (this.closing) return;
      this.listen().catch((failure: unknown) => {
        this.retryMs = Math.min(this.retryMs * 2, 30_000);
        this.options.logger.warn(
          { err: failure },
          `event bus (postgres): reconnecting failed; again in ${this.retryMs} ms`,
        );
        setTimeout(retry, this.retryMs).unref();
      });
    };
    setTimeout(retry, this.retryMs).unref();
  }
}

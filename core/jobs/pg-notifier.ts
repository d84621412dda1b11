import { sql } from 'kysely';
import pg from 'pg';
import { parseDatabaseUrl, type Database } from '../db/index.js';
import type { Logger } from '../logger.js';
import { Listeners, type NotifyChannel, type NotifyListener, type Notifier } from './notifier.js';
import type { Executor } from './types.js';

const CHANNELS: readonly NotifyChannel[] = ['jobs', 'events'];
const RECONNECT_MS = 1000;

/**
 * LISTEN/NOTIFY on one dedicated connection (a pooled one would be handed to other
 * queries). Channel names carry a hash of the schema: NOTIFY is database-wide, and several
 * installations (or test runs) may share a database in separate schemas.
 */
export class PgNotifier implements Notifier {
  private readonly listeners = new Listeners();
  private names: Promise<ReadonlyMap<NotifyChannel, string>> | undefined;
  private byName = new Map<string, NotifyChannel>();
  private client: pg.Client | undefined;
  private connectedOnce = false;
  private stopped = true;
  private reconnectTimer: NodeJS.Timeout | undefined;

  /** `url` is the real (unmasked) database URL: the listener opens its own connection. */
  constructor(
    private readonly db: Database,
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  async notify(db: Executor, channel: NotifyChannel, payload = ''): Promise<void> {
    // The name is computed by the statement itself, on the caller's connection: asking the
    // pool first, from inside a transaction, could wait for a connection that the waiting
    // transactions themselves hold.
    await sql`select pg_notify(${`influgentic_${channel}_`} || md5(current_schema()), ${payload})`.execute(db);
  }

  listen(channel: NotifyChannel, listener: NotifyListener): () => void {
    return this.listeners.add(channel, listener);
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const target = parseDatabaseUrl(this.url);
    if (target.dialect !== 'postgres') throw new Error('PgNotifier needs a postgres:// database URL');
    const client = new pg.Client({ connectionString: target.connectionString, application_name: 'influgentic-listener', connectionTimeoutMillis: 10_000 });
    client.on('notification', (message) => {
      const channel = this.byName.get(message.channel);
      if (channel !== undefined) this.emit(channel, message.payload ?? '');
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, undefined));
    try {
      const names = await this.channelNames();
      await client.connect();
      for (const name of names.values()) await client.query(`listen "${name}"`);
    } catch (error) {
      this.logger.warn({ err: error }, 'cannot LISTEN on Postgres; polling until it answers again');
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      this.scheduleReconnect();
      return;
    }
    if (this.stopped) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    // Whatever was sent while no connection listened is lost: listeners must look for themselves.
    if (this.connectedOnce) for (const channel of CHANNELS) this.emit(channel, '');
    this.connectedOnce = true;
  }

  private lost(client: pg.Client, error: Error | undefined): void {
    if (this.client !== client) return;
    this.client = undefined;
    if (this.stopped) return;
    this.logger.warn({ err: error }, 'lost the Postgres LISTEN connection; reconnecting');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.connect(), RECONNECT_MS);
    this.reconnectTimer.unref();
  }

  private emit(channel: NotifyChannel, payload: string): void {
    this.listeners.emit(channel, payload, (error) => this.logger.error({ err: error, channel }, 'notification listener failed'));
  }

  private channelNames(): Promise<ReadonlyMap<NotifyChannel, string>> {
    this.names ??= (async () => {
      const { rows } = await sql<{ hash: string | null }>`select md5(current_schema()) as hash`.execute(this.db.kysely);
      const hash = rows[0]?.hash;
      if (hash === undefined || hash === null) throw new Error('Postgres has no current schema: no schema on the search_path exists');
      const names = new Map(CHANNELS.map((channel) => [channel, `influgentic_${channel}_${hash}`] as const));
      this.byName = new Map([...names].map(([channel, name]) => [name, channel]));
      return names;
    })().catch((error: unknown) => {
      this.names = undefined; // the database may come back; ask again next time
      throw error;
    });
    return this.names;
  }
}

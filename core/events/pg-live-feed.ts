import type { Notifier } from '../jobs/notifier.js';
import type { Logger } from '../logger.js';
import type { OutboxStore } from './db/store.js';
import { decodeLiveEvent, LiveListeners, type LiveFeed } from './live-feed.js';
import type { LiveFilter, LiveListener } from './types.js';

/**
 * Live events across processes on Postgres: every emit NOTIFYs in its transaction, so each
 * process hears each committed event once, and nothing of a rollback.
 */
export class PgLiveFeed implements LiveFeed {
  private readonly listeners: LiveListeners;
  private unlisten: (() => void) | undefined;

  constructor(
    private readonly notifier: Notifier,
    private readonly outbox: OutboxStore,
    private readonly logger: Logger,
  ) {
    this.listeners = new LiveListeners(logger);
  }

  add(filter: LiveFilter, listener: LiveListener): () => void {
    return this.listeners.add(filter, listener);
  }

  async start(): Promise<void> {
    this.unlisten ??= this.notifier.listen('events', (payload) => void this.receive(payload));
  }

  async stop(): Promise<void> {
    this.unlisten?.();
    this.unlisten = undefined;
  }

  private async receive(payload: string): Promise<void> {
    if (this.listeners.size === 0) return;
    try {
      const decoded = decodeLiveEvent(payload);
      if (decoded === undefined) return;
      const event = 'event' in decoded ? decoded.event : await this.outbox.get(decoded.ref);
      if (event !== undefined) this.listeners.dispatch(event);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not read a live event');
    }
  }
}

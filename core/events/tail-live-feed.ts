import type { Notifier } from '../jobs/notifier.js';
import type { Logger } from '../logger.js';
import type { OutboxStore } from './db/store.js';
import { LiveListeners, type LiveFeed } from './live-feed.js';
import type { LiveFilter, LiveListener } from './types.js';

const BATCH = 500;

/**
 * Live events on SQLite: the outbox is read past a cursor. SQLite has a single writer, so
 * seq order is commit order and the cursor can never pass an event that commits later.
 * An emit in this process wakes the tail at once (its read waits for the emitting
 * transaction); events other processes write to the same file arrive on the poll.
 */
export class TailLiveFeed implements LiveFeed {
  private readonly listeners: LiveListeners;
  private cursor = 0;
  private running = false;
  private pumping = false;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  /** Listeners added so far: a skip-ahead read that a listener joined during is not used. */
  private joined = 0;
  private unlisten: (() => void) | undefined;

  constructor(
    private readonly notifier: Notifier,
    private readonly outbox: OutboxStore,
    private readonly logger: Logger,
    private readonly pollIntervalMs: number,
  ) {
    this.listeners = new LiveListeners(logger);
  }

  add(filter: LiveFilter, listener: LiveListener): () => void {
    this.joined += 1;
    const remove = this.listeners.add(filter, listener);
    this.wake();
    return remove;
  }

  async start(): Promise<void> {
    this.cursor = await this.outbox.lastSeq();
    this.running = true;
    this.unlisten = this.notifier.listen('events', () => this.wake());
    this.wake();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unlisten?.();
    clearTimeout(this.timer);
  }

  private wake(): void {
    if (this.running) void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    clearTimeout(this.timer);
    try {
      do {
        this.again = false;
        if (this.listeners.size === 0) {
          // Nobody listens: skip ahead, so a listener that comes later starts from its own now.
          // A listener that joins while the read waits (behind a transaction that is about to
          // commit events, say) may be owed what the read would skip: the read is dropped and
          // the loop reads from the cursor it had.
          const joined = this.joined;
          const last = await this.outbox.lastSeq();
          if (this.joined !== joined) {
            this.again = true;
            continue;
          }
          this.cursor = last;
          break;
        }
        const batch = await this.outbox.after(this.cursor, BATCH);
        for (const { seq, event } of batch) {
          this.cursor = seq;
          this.listeners.dispatch(event);
        }
        if (batch.length === BATCH) this.again = true;
      } while (this.again && this.running);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not read the outbox for live events');
    } finally {
      this.pumping = false;
      if (this.running && this.listeners.size > 0) {
        this.timer = setTimeout(() => this.wake(), this.pollIntervalMs);
        this.timer.unref();
      }
    }
  }
}

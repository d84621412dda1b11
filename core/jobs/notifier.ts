import type { Executor } from './types.js';

/** The channels the kernel signals on: new jobs, new events. */
export type NotifyChannel = 'jobs' | 'events';

export type NotifyListener = (payload: string) => void;

/**
 * Wakes listeners in every process when something is committed. On Postgres it is
 * NOTIFY, sent inside the caller's transaction, so it is delivered only on commit (and
 * never for a rollback). In memory (SQLite, one process) it fires at once: listeners must
 * treat it as "look again", not as proof of a commit; a read they then make waits for the
 * open transaction, since SQLite has one connection.
 */
export interface Notifier {
  notify(db: Executor, channel: NotifyChannel, payload?: string): Promise<void>;
  /**
   * Calls `listener` for each notification on the channel, and with '' after a lost
   * connection comes back (notifications may have been missed). Returns the unsubscribe.
   */
  listen(channel: NotifyChannel, listener: NotifyListener): () => void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Listeners by channel, shared by both notifiers. */
export class Listeners {
  private readonly byChannel = new Map<NotifyChannel, Set<NotifyListener>>();

  add(channel: NotifyChannel, listener: NotifyListener): () => void {
    let set = this.byChannel.get(channel);
    if (set === undefined) {
      set = new Set();
      this.byChannel.set(channel, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  emit(channel: NotifyChannel, payload: string, onError: (error: unknown) => void): void {
    for (const listener of this.byChannel.get(channel) ?? []) {
      try {
        listener(payload);
      } catch (error) {
        onError(error);
      }
    }
  }

  channels(): readonly NotifyChannel[] {
    return [...this.byChannel.keys()];
  }
}

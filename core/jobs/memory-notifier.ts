import type { Logger } from '../logger.js';
import { Listeners, type NotifyChannel, type NotifyListener, type Notifier } from './notifier.js';
import type { Executor } from './types.js';

/** The one-process notifier (SQLite): listeners run on the next turn of the event loop. */
export class MemoryNotifier implements Notifier {
  private readonly listeners = new Listeners();

  constructor(private readonly logger: Logger) {}

  async notify(_db: Executor, channel: NotifyChannel, payload = ''): Promise<void> {
    // Deferred, so no listener runs inside the caller's transaction code; a read a listener
    // makes then waits for that transaction to end (it holds the one connection).
    setImmediate(() => this.listeners.emit(channel, payload, (error) => this.logger.error({ err: error, channel }, 'notification listener failed')));
  }

  listen(channel: NotifyChannel, listener: NotifyListener): () => void {
    return this.listeners.add(channel, listener);
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {}
}

import type { RunCoordinator } from 'node-cron';
import type { Clock } from '../clock.js';
import type { LeaseStore } from './db/store.js';

/**
 * node-cron's run coordinator over a lease row per tick. node-cron asks with
 * `<task name>:<tick time>` in every process; the first to write the row runs the tick.
 * An expired, uncompleted lease may be taken over (its holder died before it could
 * finish); a completed one never is, so a tick runs once.
 */
export class LeaseCoordinator implements RunCoordinator {
  constructor(
    private readonly store: LeaseStore,
    private readonly holder: string,
    private readonly clock: Clock,
  ) {}

  shouldRun(key: string, ttlMs: number): Promise<boolean> {
    const now = this.clock.now();
    return this.store.acquire(key, this.holder, now.toISOString(), new Date(now.getTime() + ttlMs).toISOString());
  }

  async onComplete(key: string): Promise<void> {
    await this.store.complete(key, this.holder, this.clock.now().toISOString());
  }
}

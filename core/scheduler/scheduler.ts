import { hostname } from 'node:os';
import { schedule as scheduleTask, setLogger, type Logger as CronLogger, type ScheduledTask } from 'node-cron';
import type { DependencyContainer } from 'tsyringe';
import type { Clock } from '../clock.js';
import { resolveToken } from '../container.js';
import { newId } from '../ids.js';
import type { Logger } from '../logger.js';
import type { LeaseStore } from './db/store.js';
import { LeaseCoordinator } from './lease-coordinator.js';
import type { ScheduleDefinition } from './types.js';

export interface SchedulerOptions {
  readonly schedules: readonly ScheduleDefinition[];
  readonly store: LeaseStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly container: DependencyContainer;
  readonly leaseMs: number;
  readonly holder?: string;
}

/**
 * Runs the plugins' schedules with node-cron, `distributed` over a database lease per tick,
 * so each tick runs in one process however many run. Every task is named after its
 * schedule: node-cron keys a tick by `<name>:<time>`, and an unnamed task would get a
 * random name per process and run everywhere.
 */
export class Scheduler {
  readonly holder: string;
  private readonly tasks: ScheduledTask[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly abort = new AbortController();
  private readonly coordinator: LeaseCoordinator;

  constructor(private readonly options: SchedulerOptions) {
    this.holder = options.holder ?? `${hostname()}:${process.pid}:${newId('s').slice(-8)}`;
    this.coordinator = new LeaseCoordinator(options.store, this.holder, options.clock);
  }

  start(): void {
    if (this.tasks.length > 0) return;
    const cronLogger = toCronLogger(this.options.logger);
    // node-cron writes to the console unless told otherwise; its messages belong in our log.
    setLogger(cronLogger);
    for (const definition of this.options.schedules) {
      this.tasks.push(
        scheduleTask(definition.cron, (context) => this.fire(definition, context.date), {
          name: definition.name,
          timezone: definition.timezone ?? 'UTC',
          distributed: true,
          runCoordinator: this.coordinator,
          distributedLease: this.options.leaseMs,
          // A run still going in this process skips the next tick rather than piling up.
          noOverlap: true,
          logger: cronLogger,
        }),
      );
    }
  }

  /** Stops ticking, waits up to `timeoutMs` for runs in progress, then signals them to abort. */
  async stop(timeoutMs: number): Promise<void> {
    for (const task of this.tasks.splice(0)) {
      await task.stop();
      await task.destroy();
    }
    if (this.inFlight.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
    if (this.inFlight.size > 0) this.abort.abort(new Error('shutting down'));
  }

  private fire(definition: ScheduleDefinition, firedAt: Date): Promise<void> {
    const { clock, container } = this.options;
    const logger = this.options.logger.child({ schedule: definition.name, tick: firedAt.toISOString() });
    const run = (async () => {
      try {
        await definition.run({
          name: definition.name,
          firedAt,
          clock,
          signal: this.abort.signal,
          logger,
          resolve: (key) => resolveToken(container, key),
        });
      } catch (error) {
        // A tick is not retried: the next one (or a job the handler enqueues) carries on.
        logger.error({ err: error }, 'scheduled run failed');
      }
    })();
    this.inFlight.add(run);
    return run.finally(() => this.inFlight.delete(run));
  }
}

function toCronLogger(logger: Logger): CronLogger {
  const log = logger.child({ component: 'node-cron' });
  return {
    info: (message) => log.debug(message),
    warn: (message) => log.warn(message),
    error: (message, err) => (message instanceof Error ? log.error({ err: message }, message.message) : log.error({ err }, message)),
    debug: (message) => log.debug(message instanceof Error ? message.message : message),
  };
}

// Test helpers for the background kernel (jobs, events, schedules). Not exported from
// core/index.ts; tests import it directly.
import type { DependencyContainer } from 'tsyringe';
import { systemClock, type Clock } from '../clock.js';
import { loadConfig, mergeTrees, type ConfigTree } from '../config/index.js';
import { createContainer, provideValue, resolveToken } from '../container.js';
import type { Database } from '../db/index.js';
import { eventsPlugin } from '../events/plugin.js';
import type { EventBus } from '../events/types.js';
import { createLogger, type Logger } from '../logger.js';
import { BACKGROUND } from '../plugin/background.js';
import { DECLARATIONS } from '../plugin/declarations.js';
import type { AnyPlugin } from '../plugin/define.js';
import { PluginHost } from '../plugin/host.js';
import { schedulerPlugin } from '../scheduler/plugin.js';
import { CLOCK, CORE_CONFIG, DATABASE, EVENT_BUS, EVENT_REGISTRY, JOB_QUEUE, LOGGER } from '../tokens.js';
import { jobsPlugin } from './plugin.js';
import { JOBS_RUNTIME, type JobsRuntime } from './runtime.js';
import type { JobQueue } from './types.js';

export interface KernelUnderTest {
  readonly container: DependencyContainer;
  readonly host: PluginHost;
  readonly queue: JobQueue;
  readonly bus: EventBus;
  readonly jobs: JobsRuntime;
  /** Starts workers, the live feed and schedules (the host's start phase). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface KernelOptions {
  readonly db: Database;
  readonly plugins?: readonly AnyPlugin[];
  readonly clock?: Clock;
  /** Config overrides (`{ jobs: { poll_interval_ms: 20 } }`). */
  readonly config?: ConfigTree;
  /** Where the kernel logs; silent when not given. */
  readonly logger?: Logger;
}

/**
 * The kernel's background plugins and the given plugins on `db`, composed as createApp does
 * (without HTTP), migrated and registered but not started.
 */
export async function composeKernel({ db, plugins = [], clock = systemClock, config = {}, logger = createLogger('silent') }: KernelOptions): Promise<KernelUnderTest> {
  const container = createContainer();
  const loaded = loadConfig({
    env: {},
    overrides: mergeTrees({ database: { url: db.url }, http: { shutdown_timeout_ms: 2000 }, log: { level: 'silent' } }, config),
  });
  const host = new PluginHost([jobsPlugin, eventsPlugin, schedulerPlugin, ...plugins], { container, db, config: loaded, logger });
  provideValue(container, CORE_CONFIG, loaded.core);
  provideValue(container, LOGGER, logger);
  provideValue(container, CLOCK, clock);
  provideValue(container, DATABASE, db);
  provideValue(container, EVENT_REGISTRY, host.events);
  provideValue(container, DECLARATIONS, host.declarations);
  provideValue(container, BACKGROUND, host.background);
  await host.migrate();
  host.register();
  return {
    container,
    host,
    queue: resolveToken(container, JOB_QUEUE),
    bus: resolveToken(container, EVENT_BUS),
    jobs: resolveToken(container, JOBS_RUNTIME),
    start: () => host.start(),
    stop: () => host.stop(),
  };
}

/** Resolves once `check` returns true; rejects with `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A promise with its resolver, for handlers a test holds and releases. */
export function gate(): { readonly promise: Promise<void>; open(): void } {
  let open: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

import type { Token } from '../container.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';

/** What a scheduled handler receives. */
export interface ScheduleContext {
  readonly name: string;
  /** The tick this run is for (the cron time, not when the handler started). */
  readonly firedAt: Date;
  /** Work that must not miss a day computes from elapsed time by this clock, not from tick counts. */
  readonly clock: Clock;
  /** Aborted when the process shuts down and the shutdown timeout has passed. */
  readonly signal: AbortSignal;
  readonly logger: Logger;
  resolve<T>(key: Token<T>): T;
}

/**
 * Cron work, run once per tick across every process on one database. A tick whose process
 * is down is not run later: work that must catch up (daily accrual) computes what is due
 * from the time elapsed since it last ran, so any tick does the whole backlog.
 */
export interface ScheduleDefinition {
  /** `<plugin>.<name>`: the stable key every process agrees on for each tick. */
  readonly name: string;
  /** node-cron syntax, 5 fields (minute first) or 6 (second first): `0 3 * * *`. */
  readonly cron: string;
  /** IANA zone for the expression; default UTC. */
  readonly timezone?: string;
  run(context: ScheduleContext): Promise<void> | void;
}

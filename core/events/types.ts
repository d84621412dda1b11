import type { Token } from '../container.js';
import type { Executor, HandlerContext, RetryPolicy } from '../jobs/types.js';

/** A domain event as recorded in the outbox and handed to subscribers. */
export interface DomainEvent<P = unknown> {
  /** `evt_...` */
  readonly id: string;
  /** The public name: `campaign.started`. */
  readonly name: string;
  readonly orgId: string;
  readonly livemode: boolean;
  /** What the event is about (`camp_...`): events of one aggregate reach each subscriber in order. */
  readonly aggregateId: string;
  readonly payload: P;
  /** ISO 8601. */
  readonly createdAt: string;
}

export interface EmitInput<P = unknown> {
  readonly name: string;
  readonly orgId: string;
  readonly livemode: boolean;
  readonly aggregateId: string;
  /** JSON-serialisable; the `data` of a webhook. */
  readonly payload: P;
}

/** Which events a live listener wants; omitted fields match everything. */
export interface LiveFilter {
  readonly orgId?: string;
  readonly livemode?: boolean;
  /** Public names; omitted: all. */
  readonly names?: readonly string[];
}

export type LiveListener = (event: DomainEvent) => void;

/**
 * Records domain events with the write they describe (a transactional outbox) and hands
 * them on: to every subscriber, at least once, in order per aggregate; and live, to
 * listeners in every process (for WebSocket streams).
 *
 * @example
 *   await db.transaction().execute(async (trx) => {
 *     await store.start(trx, campaign);
 *     await call.resolve(EVENT_BUS).emit(trx, {
 *       name: 'campaign.started', orgId: tenant.orgId, livemode: tenant.livemode,
 *       aggregateId: campaign.id, payload: { campaign_id: campaign.id },
 *     });
 *   });
 */
export interface EventBus {
  /**
   * In the caller's transaction when given one (the event exists only if it commits);
   * otherwise in a transaction of its own. On Postgres emits of one aggregate queue behind
   * each other until commit, which is what keeps them in order: emit after your own writes.
   */
  emit<P>(db: Executor, event: EmitInput<P>): Promise<DomainEvent<P>>;
  get(id: string): Promise<DomainEvent | undefined>;
  /**
   * Calls `listener` for each committed event that matches, emitted by any process, from
   * now on. Best effort (a listener that is offline misses events; durable work belongs
   * in a subscription). Returns the unsubscribe.
   */
  live(filter: LiveFilter, listener: LiveListener): () => void;
}

/**
 * A plugin's reaction to events. Each event reaches each subscription at least once and
 * in order per aggregate; a failing handler is retried on its schedule (a later event of
 * the same aggregate waits) and is dead after its last attempt.
 */
export interface SubscriptionDefinition extends RetryPolicy {
  /** `<plugin>.<name>`, stable: deliveries are recorded under it. */
  readonly name: string;
  /** Public event names, or '*' for all. */
  readonly events: '*' | readonly string[];
  /** Deliveries to this subscription running at once in one process. */
  readonly concurrency?: number;
  /**
   * Asked in the emitting transaction, before a delivery job is made for an event that
   * matches `events`: false when the event has nothing to do here, so it costs no job (the
   * webhooks plugin answers whether any endpoint of the event's org and mode subscribes).
   * Read through `context.db`, the emitting transaction (on SQLite another connection would
   * wait on it). It runs on every emit, so keep it to one indexed read; when in doubt,
   * answer true (a throw counts as true). Without it every matching event is delivered.
   */
  wants?(event: DomainEvent, context: WantsContext): boolean | Promise<boolean>;
  /**
   * A projection: run in the emitting transaction instead of through a delivery job, for a
   * row this plugin keeps of the event that should exist exactly when the event does (the
   * campaigns plugin's count of generations). It saves the job's claim, its outbox read and
   * its completion, three writes to the jobs table per event. Write only through
   * `context.db`, the emitting transaction; no network, nothing slow: the emitter waits for
   * it, and on SQLite every other writer does too. It runs in a savepoint: a throw undoes
   * only its own writes, and the event is delivered to `handle` by a job as if `project` did
   * not exist (so `handle` must do the same work, tolerating a repeat). `wants` is asked only
   * then. On Postgres a statement the database refuses fails the projection even if it catches
   * the error (the transaction is aborted until the savepoint is rolled back). A projection
   * is applied at emit time, so it is not ordered behind an earlier event of the same
   * aggregate whose projection failed and went to a job: keep projections to writes whose
   * order does not matter (a row per event, insert-or-ignore), or use `handle`.
   */
  project?(event: DomainEvent, context: WantsContext): Promise<void> | void;
  handle(event: DomainEvent, context: HandlerContext): Promise<void> | void;
}

/** What a subscription's `wants` and `project` get. */
export interface WantsContext {
  /** The emitting transaction. */
  readonly db: Executor;
  /** Resolves a service from the app's container. */
  resolve<T>(key: Token<T>): T;
}

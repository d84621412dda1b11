import { sql, type Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Token } from '../container.js';
import { runSql } from '../db/sqlite-direct.js';
import { newId } from '../ids.js';
import type { Logger } from '../logger.js';
import type { Notifier } from '../jobs/notifier.js';
import type { Executor, JobQueue } from '../jobs/types.js';
import type { OutboxStore } from './db/store.js';
import { deliveryJobType, type SubscriptionIndex } from './dispatcher.js';
import { encodeLiveEvent, type LiveFeed } from './live-feed.js';
import type { EventRegistry } from './registry.js';
import type { DomainEvent, EmitInput, EventBus, LiveFilter, LiveListener, SubscriptionDefinition } from './types.js';

export interface OutboxEventBusOptions {
  readonly postgres: boolean;
  readonly outbox: OutboxStore;
  readonly registry: EventRegistry;
  readonly subscriptions: SubscriptionIndex;
  readonly queue: JobQueue;
  readonly notifier: Notifier;
  readonly live: LiveFeed;
  readonly clock: Clock;
  /** Where a projection's failure is told. */
  readonly logger: Logger;
  /** For the subscriptions' `wants` and `project`. */
  readonly resolve: <T>(key: Token<T>) => T;
}

/** Savepoints nest by name, so one name serves a projection that emits an event itself. */
const PROJECTION_SAVEPOINT = 'influgentic_projection';

async function savepoint(db: Executor, verb: 'savepoint' | 'release savepoint' | 'rollback to savepoint'): Promise<void> {
  await runSql(db as Kysely<unknown>, `${verb} ${PROJECTION_SAVEPOINT}`, []);
}

/** The EventBus plugins get through EVENT_BUS. */
export class OutboxEventBus implements EventBus {
  constructor(private readonly options: OutboxEventBusOptions) {}

  async emit<P>(db: Executor, input: EmitInput<P>): Promise<DomainEvent<P>> {
    const { registry, clock } = this.options;
    if (!registry.has(input.name)) {
      throw new Error(`event "${input.name}" is not registered: list it in the events of the plugin that emits it`);
    }
    if (input.orgId === '' || input.aggregateId === '') throw new Error(`event "${input.name}" needs an orgId and an aggregateId`);
    const payload = JSON.stringify(input.payload) as string | undefined;
    if (payload === undefined) throw new Error(`event "${input.name}": the payload must be JSON`);
    const now = clock.now();
    const event: DomainEvent<P> = {
      id: newId('evt', now.getTime()),
      name: input.name,
      orgId: input.orgId,
      livemode: input.livemode,
      aggregateId: input.aggregateId,
      payload: input.payload,
      createdAt: now.toISOString(),
    };
    if (db.isTransaction) await this.record(db, event, payload);
    // Not in a transaction: make one, so the event and its deliveries commit together.
    else await (db as Kysely<unknown>).transaction().execute((trx) => this.record(trx, event, payload));
    return event;
  }

  get(id: string): Promise<DomainEvent | undefined> {
    return this.options.outbox.get(id);
  }

  live(filter: LiveFilter, listener: LiveListener): () => void {
    return this.options.live.add(filter, listener);
  }

  /**
   * A subscription's `wants`, failing open: an answer it cannot give (a throw) makes the
   * delivery job as if it had no `wants`, so a filter's bug costs a job, not the emitter's
   * write. (A failed statement on Postgres still aborts the transaction; `wants` reads only.)
   */
  private async wanted(subscription: SubscriptionDefinition, event: DomainEvent, trx: Executor): Promise<boolean> {
    if (subscription.wants === undefined) return true;
    try {
      return await subscription.wants(event, { db: trx, resolve: this.options.resolve });
    } catch {
      return true;
    }
  }

  /**
   * Runs a subscription's projection in a savepoint of the emitting transaction: true when it
   * succeeded; after a failure its writes are undone and the event goes to a delivery job.
   * A failure is a throw, or a savepoint that cannot be released: on Postgres a statement the
   * database refused aborts the transaction even when the projection caught the error, and
   * only the rollback to the savepoint makes it usable again.
   */
  private async projected(subscription: SubscriptionDefinition, event: DomainEvent, trx: Executor): Promise<boolean> {
    await savepoint(trx, 'savepoint');
    try {
      await subscription.project?.(event, { db: trx, resolve: this.options.resolve });
      await savepoint(trx, 'release savepoint');
      return true;
    } catch (error) {
      await this.undoProjection(subscription, event, trx, error);
      return false;
    }
  }

  /** Rolls a failed projection back to its savepoint; when even that fails, the emit fails. */
  private async undoProjection(subscription: SubscriptionDefinition, event: DomainEvent, trx: Executor, failure: unknown): Promise<void> {
    const context = { err: failure, subscription: subscription.name, event: event.id };
    try {
      await savepoint(trx, 'rollback to savepoint');
      await savepoint(trx, 'release savepoint');
    } catch (rollbackError) {
      // The transaction is gone (SQLite rolls back a whole transaction on some errors) or the
      // projection released the savepoint itself: the emit fails, and says why it started.
      this.options.logger.error(context, 'projection failed and its savepoint could not be rolled back: the emit fails');
      throw new Error(`projection ${subscription.name} failed and its savepoint could not be rolled back`, { cause: rollbackError });
    }
    this.options.logger.warn(context, 'projection failed: its writes are undone and the event goes to a delivery job');
  }

  private async record(trx: Executor, event: DomainEvent, payload: string): Promise<void> {
    const { postgres, outbox, subscriptions, queue, notifier } = this.options;
    if (postgres) {
      // Held to commit: a second emit for this aggregate waits here, so it takes its place in
      // the queue after this one commits and never overtakes it. (SQLite has one writer.)
      await sql`select pg_advisory_xact_lock(hashtextextended(${`influgentic.events:${event.aggregateId}`}, 0))`.execute(trx);
    }
    await outbox.insert(trx, event, payload);
    const targets = [];
    for (const subscription of subscriptions.matching(event.name)) {
      if (subscription.project !== undefined && (await this.projected(subscription, event, trx))) continue;
      if (await this.wanted(subscription, event, trx)) targets.push(subscription);
    }
    if (targets.length > 0) {
      await queue.enqueueMany(
        trx,
        targets.map((subscription) => ({
          type: deliveryJobType(subscription.name),
          payload: { eventId: event.id },
          options: { dedupeKey: event.id, orderingKey: event.aggregateId },
        })),
      );
    }
    // Postgres listeners take the event from the notification; SQLite's tail feed only wakes on
    // it and reads the outbox, so the event is not encoded again for it.
    await notifier.notify(trx, 'events', postgres ? encodeLiveEvent(event) : '');
  }
}

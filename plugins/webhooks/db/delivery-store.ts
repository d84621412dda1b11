import type { Kysely } from 'kysely';
import { tenantScope, type Tenant } from 'influgentic';
import type { AttemptRow, DeliveryRow, DeliveryStatus, WebhookTables } from './schema.js';

/** Rows (or ids) per statement: well under SQLite's bound-parameter limit. */
const ROWS_PER_STATEMENT = 500;

export interface DeliveryFilter {
  readonly status?: DeliveryStatus;
  readonly eventType?: string;
}

/** What recording an attempt writes to the delivery. */
export interface DeliveryUpdate {
  readonly status: DeliveryStatus;
  readonly nextAttemptAt: string | null;
  readonly at: string;
}

/** SQL for deliveries and their attempts; every query is scoped to one org and mode. */
export class DeliveryStore {
  constructor(private readonly db: Kysely<WebhookTables>) {}

  /**
   * Adds deliveries; a (endpoint, event) pair that already has one keeps it. In statements of
   * ROWS_PER_STATEMENT: an event fanned out to thousands of endpoints stays under SQLite's
   * bound-parameter limit.
   */
  async insertMany(trx: Kysely<WebhookTables>, tenant: Tenant, rows: readonly Omit<DeliveryRow, 'org_id' | 'livemode'>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      await tenantScope(trx, tenant)
        .insertInto('webhooks_deliveries', rows.slice(i, i + ROWS_PER_STATEMENT))
        .onConflict((conflict) => conflict.columns(['webhook_id', 'event_id']).doNothing())
        .execute();
    }
  }

  get(tenant: Tenant, webhookId: string, id: string): Promise<DeliveryRow | undefined> {
    return tenantScope(this.db, tenant).selectFrom('webhooks_deliveries').selectAll().where('webhook_id', '=', webhookId).where('id', '=', id).executeTakeFirst();
  }

  byPair(tenant: Tenant, webhookId: string, eventId: string): Promise<DeliveryRow | undefined> {
    return tenantScope(this.db, tenant).selectFrom('webhooks_deliveries').selectAll().where('webhook_id', '=', webhookId).where('event_id', '=', eventId).executeTakeFirst();
  }

  /** An endpoint's deliveries, newest first, after `afterId`. */
  list(tenant: Tenant, webhookId: string, filter: DeliveryFilter, limit: number, afterId: string | undefined): Promise<DeliveryRow[]> {
    let query = this.filtered(tenant, webhookId, filter).selectAll();
    if (afterId !== undefined) query = query.where('id', '<', afterId);
    return query.orderBy('id', 'desc').limit(limit).execute();
  }

  async count(tenant: Tenant, webhookId: string, filter: DeliveryFilter): Promise<number> {
    const row = await this.filtered(tenant, webhookId, filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** The attempts of these deliveries, oldest first within each. */
  attempts(tenant: Tenant, deliveryIds: readonly string[]): Promise<AttemptRow[]> {
    if (deliveryIds.length === 0) return Promise.resolve([]);
    return tenantScope(this.db, tenant).selectFrom('webhooks_attempts').selectAll().where('delivery_id', 'in', deliveryIds).orderBy('delivery_id').orderBy('n').execute();
  }

  /**
   * Records an attempt of round `round` and the delivery's new state, unless the delivery
   * has moved on (finished, or redelivered into a later round) since the attempt began:
   * then nothing is written and false comes back. A delivery failed only because its job
   * was thought dead (`abandoned`) still takes the real outcome of that round's attempt.
   */
  async recordAttempt(trx: Kysely<WebhookTables>, tenant: Tenant, delivery: DeliveryRow, attempt: Omit<AttemptRow, 'org_id' | 'livemode' | 'delivery_id' | 'n'>, update: DeliveryUpdate): Promise<boolean> {
    const scoped = tenantScope(trx, tenant);
    const result = await scoped
      .updateTable('webhooks_deliveries')
      .set((eb) => ({ status: update.status, next_attempt_at: update.nextAttemptAt, updated_at: update.at, abandoned: 0, attempts_count: eb('attempts_count', '+', 1) }))
      .where('id', '=', delivery.id)
      .where((eb) => eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'failed'), eb('abandoned', '=', 1)])]))
      .where('round', '=', delivery.round)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    const { n } = await scoped.selectFrom('webhooks_deliveries').select('attempts_count as n').where('id', '=', delivery.id).executeTakeFirstOrThrow();
    await scoped.insertInto('webhooks_attempts', { ...attempt, delivery_id: delivery.id, n: Number(n) }).execute();
    return true;
  }

  /** Ends a pending delivery without an attempt (its endpoint was disabled, or its job died: `abandoned`). */
  async fail(tenant: Tenant, delivery: DeliveryRow, at: string, abandoned = false): Promise<void> {
    await tenantScope(this.db, tenant)
      .updateTable('webhooks_deliveries')
      .set({ status: 'failed', next_attempt_at: null, updated_at: at, abandoned: abandoned ? 1 : 0 })
      .where('id', '=', delivery.id)
      .where('status', '=', 'pending')
      .where('round', '=', delivery.round)
      .execute();
  }

  /** Puts a finished delivery back to pending in a new round; false when it was not finished. */
  async reopen(trx: Kysely<WebhookTables>, tenant: Tenant, delivery: DeliveryRow, at: string): Promise<boolean> {
    const result = await tenantScope(trx, tenant)
      .updateTable('webhooks_deliveries')
      .set({ status: 'pending', round: delivery.round + 1, round_base: delivery.attempts_count, forced: 1, next_attempt_at: at, updated_at: at, abandoned: 0 })
      .where('id', '=', delivery.id)
      .where('round', '=', delivery.round)
      .where('status', 'in', ['succeeded', 'failed'])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /**
   * Deletes up to `limit` finished deliveries (succeeded or failed) last changed before
   * `before`, with their attempt logs, across all orgs; returns how many went. A pending
   * delivery is never purged. The deliveries go first, so a redelivery racing the purge finds
   * the delivery gone rather than a delivery without its log.
   */
  async purgeFinishedBefore(before: string, limit: number): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const doomed = trx.selectFrom('webhooks_deliveries').select('id').where('status', 'in', ['succeeded', 'failed']).where('updated_at', '<', before).limit(limit);
      const deleted = await trx.deleteFrom('webhooks_deliveries').where('id', 'in', doomed).where('status', 'in', ['succeeded', 'failed']).returning('id').execute();
      const ids = deleted.map((row) => row.id);
      for (let i = 0; i < ids.length; i += ROWS_PER_STATEMENT) await trx.deleteFrom('webhooks_attempts').where('delivery_id', 'in', ids.slice(i, i + ROWS_PER_STATEMENT)).execute();
      return ids.length;
    });
  }

  private filtered(tenant: Tenant, webhookId: string, filter: DeliveryFilter) {
    let query = tenantScope(this.db, tenant).selectFrom('webhooks_deliveries').where('webhook_id', '=', webhookId);
    if (filter.status !== undefined) query = query.where('status', '=', filter.status);
    if (filter.eventType !== undefined) query = query.where('event_type', '=', filter.eventType);
    return query;
  }
}

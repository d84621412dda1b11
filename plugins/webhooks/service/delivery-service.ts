import type { Kysely } from 'kysely';
import { inject, injectable } from 'tsyringe';
import {
  CLOCK,
  DATABASE,
  JOB_QUEUE,
  RetryAt,
  SECRET_BOX,
  decodeCursor,
  encodeCursor,
  newId,
  type Clock,
  type Database,
  type DomainEvent,
  type HandlerContext,
  type JobQueue,
  type SecretBox,
  type Tenant,
} from 'influgentic';
import type { WebhooksConfig } from '../config.js';
import type { DeliveryFilter, DeliveryStore } from '../db/delivery-store.js';
import type { EndpointStore } from '../db/endpoint-store.js';
import type { DeliveryRow, EndpointRow, WebhookTables } from '../db/schema.js';
import { webhookErrors } from '../errors.js';
import { WEBHOOK_TEST_EVENT } from '../events.js';
import type { HttpSender } from './http-sender.js';
import { DELIVERY_STORE, ENDPOINT_STORE, HTTP_SENDER, WEBHOOK_SETTINGS } from './internal-tokens.js';
import { decideOutcome } from './outcome.js';
import { signatureHeaders } from './signing.js';
import { deliveryView, type DeliveryView, type Page } from './views.js';

/** The job type that makes attempts; one job per (event, endpoint), and one per redelivery. */
export const DELIVER_JOB = 'webhooks.deliver';

/** A delivery job's payload: which delivery (by its pair) and which round of it. */
export interface DeliverPayload {
  readonly orgId: string;
  readonly livemode: boolean;
  readonly webhookId: string;
  readonly eventId: string;
  readonly round: number;
}

/** Job attempts beyond the schedule, for attempts lost with a process that died mid-request. */
const SPARE_JOB_ATTEMPTS = 3;

export interface DeliveryQuery {
  readonly limit: number;
  readonly cursor?: string;
  readonly status?: DeliveryFilter['status'];
  readonly eventType?: string;
}

/** Deliveries: from an event to signed, retried attempts, and their log. */
@injectable()
export class DeliveryService {
  private readonly db: Kysely<WebhookTables>;

  constructor(
    @inject(DATABASE) database: Database,
    @inject(ENDPOINT_STORE) private readonly endpoints: EndpointStore,
    @inject(DELIVERY_STORE) private readonly deliveries: DeliveryStore,
    @inject(JOB_QUEUE) private readonly queue: JobQueue,
    @inject(SECRET_BOX) private readonly box: SecretBox,
    @inject(HTTP_SENDER) private readonly sender: HttpSender,
    @inject(CLOCK) private readonly clock: Clock,
    @inject(WEBHOOK_SETTINGS) private readonly settings: WebhooksConfig,
  ) {
    this.db = database.tables<WebhookTables>();
  }

  /**
   * One delivery, and one delivery job, per enabled endpoint of the event's org and mode that
   * subscribes to it. Safe to run twice for one event: the pair is unique in the table and
   * the job's dedupe key.
   */
  async fanOut(event: DomainEvent): Promise<number> {
    const tenant: Tenant = { orgId: event.orgId, livemode: event.livemode };
    // An endpoint gets the events from its creation on (as Stripe's do), however late this runs.
    const emitted = Date.parse(event.createdAt);
    const targets = (await this.endpoints.subscribedTo(tenant, event.name)).filter((endpoint) => Date.parse(endpoint.created_at) <= emitted);
    if (targets.length === 0) return 0;
    const body = JSON.stringify({ type: event.name, timestamp: event.createdAt, data: event.payload });
    const now = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await this.deliveries.insertMany(
        trx,
        tenant,
        targets.map((endpoint) => this.newDelivery(endpoint.id, event.id, event.name, body, false, now)),
      );
      await this.queue.enqueueMany(
        trx,
        targets.map((endpoint) => this.job(tenant, endpoint.id, event.id, 1)),
      );
    });
    return targets.length;
  }

  /** Queues a `webhook.test` event to one endpoint, whatever its events and even when disabled. */
  async test(tenant: Tenant, webhookId: string): Promise<DeliveryView> {
    await this.endpoint(tenant, webhookId);
    const now = this.clock.now();
    const eventId = newId('evt', now.getTime());
    const body = JSON.stringify({
      type: WEBHOOK_TEST_EVENT,
      timestamp: now.toISOString(),
      data: { webhook_id: webhookId, message: 'A test event from Influgentic: your endpoint receives and verifies webhooks.' },
    });
    const row = this.newDelivery(webhookId, eventId, WEBHOOK_TEST_EVENT, body, true, now.toISOString());
    await this.db.transaction().execute(async (trx) => {
      await this.deliveries.insertMany(trx, tenant, [row]);
      await this.queue.enqueue(trx, DELIVER_JOB, ...this.jobArgs(tenant, webhookId, eventId, 1));
    });
    return deliveryView({ ...row, org_id: tenant.orgId, livemode: tenant.livemode ? 1 : 0 }, []);
  }

  /** Sends a finished delivery again (same body, same webhook-id), in a new round of retries. */
  async redeliver(tenant: Tenant, webhookId: string, deliveryId: string): Promise<DeliveryView> {
    await this.endpoint(tenant, webhookId);
    const delivery = await this.deliveries.get(tenant, webhookId, deliveryId);
    if (!delivery) throw webhookErrors.DELIVERY_NOT_FOUND(`no delivery ${deliveryId} of webhook endpoint ${webhookId}`);
    const inProgress = () => webhookErrors.DELIVERY_IN_PROGRESS(`delivery ${deliveryId} is still pending; redeliver it once it has succeeded or failed`);
    if (delivery.status === 'pending') throw inProgress();
    const now = this.clock.now().toISOString();
    const reopened = await this.db.transaction().execute(async (trx) => {
      if (!(await this.deliveries.reopen(trx, tenant, delivery, now))) return false;
      await this.queue.enqueue(trx, DELIVER_JOB, ...this.jobArgs(tenant, webhookId, delivery.event_id, delivery.round + 1));
      return true;
    });
    // Another request reopened it between our read and our write.
    if (!reopened) throw inProgress();
    return this.view(tenant, webhookId, deliveryId);
  }

  async list(tenant: Tenant, webhookId: string, query: DeliveryQuery): Promise<Page<DeliveryView>> {
    await this.endpoint(tenant, webhookId);
    const filter: DeliveryFilter = { status: query.status, eventType: query.eventType };
    const afterId = query.cursor === undefined ? undefined : String(decodeCursor(query.cursor, 1)[0]);
    const rows = await this.deliveries.list(tenant, webhookId, filter, query.limit + 1, afterId);
    const page = rows.slice(0, query.limit);
    const attempts = await this.deliveries.attempts(
      tenant,
      page.map((row) => row.id),
    );
    return {
      data: page.map((row) => deliveryView(row, attempts.filter((attempt) => attempt.delivery_id === row.id))),
      meta: {
        total: await this.deliveries.count(tenant, webhookId, filter),
        limit: query.limit,
        next_cursor: rows.length > query.limit && page.length > 0 ? encodeCursor([page[page.length - 1]!.id]) : null,
      },
    };
  }

  /**
   * One attempt of a delivery job: sign afresh (same webhook-id, new timestamp), POST, log
   * the attempt, update the endpoint's health, and throw RetryAt when it must be tried again.
   * A repeat of a job whose delivery has moved on does nothing.
   */
  async attempt(payload: DeliverPayload, context: HandlerContext): Promise<void> {
    const tenant: Tenant = { orgId: payload.orgId, livemode: payload.livemode };
    const delivery = await this.deliveries.byPair(tenant, payload.webhookId, payload.eventId);
    if (!delivery || delivery.status !== 'pending' || delivery.round !== payload.round) return;
    const endpoint = await this.endpoints.get(tenant, payload.webhookId);
    if (!endpoint) return;
    const started = this.clock.now();
    if (endpoint.enabled === 0 && delivery.forced === 0) {
      await this.deliveries.fail(tenant, delivery, started.toISOString());
      return;
    }
    const headers = signatureHeaders(this.signingSecrets(endpoint, started), delivery.event_id, Math.floor(started.getTime() / 1000), delivery.body);
    const result = await this.sender.send({ url: endpoint.url, headers, body: delivery.body, timeoutMs: this.settings.timeout_ms, signal: context.signal });
    const lastChance = context.attempt >= context.maxAttempts;
    if (context.signal.aborted && result.statusCode === null && !lastChance) {
      // Our own shutdown cut the attempt short (no answer came): not the receiver's failure, so it must not use
      // up the round's retries, fail the delivery or start the endpoint's 5-day clock. The
      // delivery stays as it was; the job runs again in the next process.
      throw new RetryAt(this.clock.now(), 'webhook attempt interrupted by shutdown; it is made again by the next process');
    }
    const now = this.clock.now();
    const outcome = decideOutcome(result, {
      roundAttempt: Number(delivery.attempts_count) - Number(delivery.round_base) + 1,
      schedule: this.settings.retry_schedule_ms,
      jitter: this.settings.retry_jitter,
      now,
      failingSince: endpoint.failing_since,
      lastChance,
    });
    const at = now.toISOString();
    const recorded = await this.db.transaction().execute(async (trx) => {
      const written = await this.deliveries.recordAttempt(
        trx,
        tenant,
        delivery,
        {
          attempted_at: started.toISOString(),
          status_code: result.statusCode,
          latency_ms: result.latencyMs,
          succeeded: outcome.succeeded ? 1 : 0,
          error: result.error,
          response_body_excerpt: result.excerpt,
        },
        { status: outcome.status, nextAttemptAt: outcome.nextAttemptAt, at },
      );
      if (!written) return false;
      if (outcome.disable !== null) {
        await this.endpoints.update(tenant, endpoint.id, { enabled: 0, disabled_reason: outcome.disable, failing_since: outcome.failingSince, updated_at: at }, trx);
      } else if (outcome.failingSince !== endpoint.failing_since) {
        await this.endpoints.update(tenant, endpoint.id, { failing_since: outcome.failingSince }, trx);
      }
      return true;
    });
    if (recorded && outcome.status === 'pending' && outcome.nextAttemptAt !== null) {
      const why = result.error ?? `HTTP ${result.statusCode}`;
      throw new RetryAt(new Date(outcome.nextAttemptAt), `webhook delivery failed (${why}); next attempt at ${outcome.nextAttemptAt}`);
    }
    if (outcome.disable !== null) context.logger.warn({ webhook: endpoint.id, reason: outcome.disable }, 'webhook endpoint disabled');
  }

  /**
   * The delivery's job died: its process stopped during the last attempt (or the outcome of
   * the last attempt could not be recorded). The delivery is failed rather than left pending
   * with no job to move it, so it shows as failed and can be redelivered. Safe to repeat.
   */
  async abandon(payload: DeliverPayload): Promise<void> {
    const tenant: Tenant = { orgId: payload.orgId, livemode: payload.livemode };
    const delivery = await this.deliveries.byPair(tenant, payload.webhookId, payload.eventId);
    if (!delivery || delivery.status !== 'pending' || delivery.round !== payload.round) return;
    // Marked abandoned: a worker that lost its lease may still be making that attempt, and
    // its outcome, when it comes, is recorded over this.
    await this.deliveries.fail(tenant, delivery, this.clock.now().toISOString(), true);
  }

  /** The current secret, and the previous one while its 24 hours after a rotation last. */
  private signingSecrets(endpoint: EndpointRow, now: Date): string[] {
    const secrets = [this.box.open(endpoint.secret)];
    if (endpoint.previous_secret !== null && endpoint.previous_secret_expires_at !== null && Date.parse(endpoint.previous_secret_expires_at) > now.getTime()) {
      secrets.push(this.box.open(endpoint.previous_secret));
    }
    return secrets;
  }

  private async view(tenant: Tenant, webhookId: string, deliveryId: string): Promise<DeliveryView> {
    const row = await this.deliveries.get(tenant, webhookId, deliveryId);
    if (!row) throw webhookErrors.DELIVERY_NOT_FOUND(`no delivery ${deliveryId} of webhook endpoint ${webhookId}`);
    return deliveryView(row, await this.deliveries.attempts(tenant, [row.id]));
  }

  private async endpoint(tenant: Tenant, webhookId: string): Promise<EndpointRow> {
    const endpoint = await this.endpoints.get(tenant, webhookId);
    if (!endpoint) throw webhookErrors.WEBHOOK_NOT_FOUND(`no webhook endpoint ${webhookId} in this organization and mode`);
    return endpoint;
  }

  private newDelivery(webhookId: string, eventId: string, eventType: string, body: string, forced: boolean, now: string): Omit<DeliveryRow, 'org_id' | 'livemode'> {
    return {
      id: newId('whd'),
      webhook_id: webhookId,
      event_id: eventId,
      event_type: eventType,
      body,
      status: 'pending',
      attempts_count: 0,
      round: 1,
      round_base: 0,
      forced: forced ? 1 : 0,
      next_attempt_at: now,
      abandoned: 0,
      created_at: now,
      updated_at: now,
    };
  }

  private job(tenant: Tenant, webhookId: string, eventId: string, round: number) {
    const [payload, options] = this.jobArgs(tenant, webhookId, eventId, round);
    return { type: DELIVER_JOB, payload, options };
  }

  /** Deduplicated on the (event, endpoint) pair, and on the round for redeliveries. */
  private jobArgs(tenant: Tenant, webhookId: string, eventId: string, round: number): [DeliverPayload, { dedupeKey: string; maxAttempts: number }] {
    const payload: DeliverPayload = { orgId: tenant.orgId, livemode: tenant.livemode, webhookId, eventId, round };
    const dedupeKey = round === 1 ? `${eventId}:${webhookId}` : `${eventId}:${webhookId}:${round}`;
    return [payload, { dedupeKey, maxAttempts: this.settings.retry_schedule_ms.length + 1 + SPARE_JOB_ATTEMPTS }];
  }
}

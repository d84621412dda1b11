import { inject, injectable } from 'tsyringe';
import { CLOCK, EVENT_REGISTRY, SECRET_BOX, coreErrors, decodeCursor, encodeCursor, newId, toJson, type Clock, type EventRegistry, type Principal, type SecretBox, type Tenant } from 'influgentic';
import type { WebhooksConfig } from '../config.js';
import type { EndpointChanges, EndpointStore } from '../db/endpoint-store.js';
import type { EndpointRow } from '../db/schema.js';
import { webhookErrors } from '../errors.js';
import { checkEvents } from './event-rules.js';
import { ENDPOINT_STORE, WEBHOOK_SETTINGS } from './internal-tokens.js';
import { generateSecret, isMalformedWhsec } from './signing.js';
import { checkWebhookUrl } from './url-policy.js';
import { webhookView, type Page, type WebhookView } from './views.js';

/** After a rotation the old secret still signs for this long. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;

export interface CreateWebhookInput {
  readonly url: string;
  readonly events: readonly string[];
  readonly secret?: string;
}

export interface UpdateWebhookInput {
  readonly url?: string;
  readonly events?: readonly string[];
  readonly enabled?: boolean;
}

/** Webhook endpoints of one org and mode: rules for URLs, events and secrets. */
@injectable()
export class EndpointService {
  constructor(
    @inject(ENDPOINT_STORE) private readonly store: EndpointStore,
    @inject(EVENT_REGISTRY) private readonly registry: EventRegistry,
    @inject(SECRET_BOX) private readonly box: SecretBox,
    @inject(CLOCK) private readonly clock: Clock,
    @inject(WEBHOOK_SETTINGS) private readonly settings: WebhooksConfig,
  ) {}

  /** Creates an endpoint; its secret is in this reply only. */
  async create(principal: Principal, input: CreateWebhookInput): Promise<WebhookView & { readonly secret: string }> {
    checkWebhookUrl(input.url, 'url', this.settings.allow_private_targets);
    checkEvents(input.events, this.registry, principal);
    if (input.secret !== undefined && isMalformedWhsec(input.secret)) {
      throw coreErrors.VALIDATION_FAILED('secret starts with whsec_ but is not base64 after it, so Standard Webhooks libraries could not verify with it', {
        errors: [{ field: 'secret', code: 'invalid_whsec_secret', message: 'after whsec_ must be standard base64 (padding optional); omit the prefix to use the secret as its bytes' }],
      });
    }
    const secret = input.secret ?? generateSecret();
    const now = this.clock.now().toISOString();
    const row = {
      id: newId('wh'),
      url: input.url,
      events: toJson([...new Set(input.events)]),
      enabled: 1,
      disabled_reason: null,
      secret: this.box.seal(secret),
      previous_secret: null,
      previous_secret_expires_at: null,
      failing_since: null,
      created_at: now,
      updated_at: now,
    };
    await this.store.insert(principal, row);
    return { ...webhookView({ ...row, org_id: principal.orgId, livemode: principal.livemode ? 1 : 0 }), secret };
  }

  async get(tenant: Tenant, id: string): Promise<WebhookView> {
    return webhookView(await this.row(tenant, id));
  }

  async list(tenant: Tenant, limit: number, cursor: string | undefined): Promise<Page<WebhookView>> {
    const afterId = cursor === undefined ? undefined : String(decodeCursor(cursor, 1)[0]);
    const rows = await this.store.list(tenant, limit + 1, afterId);
    const page = rows.slice(0, limit);
    return {
      data: page.map(webhookView),
      meta: { total: await this.store.count(tenant), limit, next_cursor: rows.length > limit && page.length > 0 ? encodeCursor([page[page.length - 1]!.id]) : null },
    };
  }

  /** Changes url, events or enabled; enabling clears why it was disabled and its failure streak. */
  async update(principal: Principal, id: string, input: UpdateWebhookInput): Promise<WebhookView> {
    await this.row(principal, id);
    const changes: { -readonly [K in keyof EndpointChanges]: EndpointChanges[K] } = { updated_at: this.clock.now().toISOString() };
    if (input.url !== undefined) {
      checkWebhookUrl(input.url, 'url', this.settings.allow_private_targets);
      changes.url = input.url;
    }
    if (input.events !== undefined) {
      checkEvents(input.events, this.registry, principal);
      changes.events = toJson([...new Set(input.events)]);
    }
    if (input.enabled === true) Object.assign(changes, { enabled: 1, disabled_reason: null, failing_since: null });
    if (input.enabled === false) Object.assign(changes, { enabled: 0, disabled_reason: 'disabled_by_user' });
    await this.store.update(principal, id, changes);
    return this.get(principal, id);
  }

  async delete(tenant: Tenant, id: string): Promise<{ readonly id: string; readonly deleted: true }> {
    if (!(await this.store.delete(tenant, id))) throw notFound(id);
    return { id, deleted: true };
  }

  /** A new generated secret; the old one keeps signing (beside it) for 24 hours. */
  async rotate(tenant: Tenant, id: string): Promise<WebhookView & { readonly secret: string; readonly previous_secret_expires_at: string }> {
    const row = await this.row(tenant, id);
    const now = this.clock.now();
    const secret = generateSecret();
    const previousExpiresAt = new Date(now.getTime() + ROTATION_OVERLAP_MS).toISOString();
    await this.store.update(tenant, id, { secret: this.box.seal(secret), previous_secret: row.secret, previous_secret_expires_at: previousExpiresAt, updated_at: now.toISOString() });
    return { ...(await this.get(tenant, id)), secret, previous_secret_expires_at: previousExpiresAt };
  }

  /** The endpoint's row, or a 404 naming it. */
  async row(tenant: Tenant, id: string): Promise<EndpointRow> {
    const row = await this.store.get(tenant, id);
    if (!row) throw notFound(id);
    return row;
  }
}

function notFound(id: string) {
  return webhookErrors.WEBHOOK_NOT_FOUND(`no webhook endpoint ${id} in this organization and mode`);
}

import { CLOCK, EVENT_BUS, coreErrors, decodeCursor, encodeCursor, fromJson, inject, injectable, newId, toJson } from 'influgentic';
import type { Clock, EventBus, Principal, Tenant } from 'influgentic';
import type { EventStore } from '../db/event-store.js';
import type { LeadStore } from '../db/lead-store.js';
import type { LeadRow } from '../db/schema.js';
import { analyticsErrors } from '../errors.js';
import { LEAD_CAPTURED } from '../events.js';
import { ANALYTICS_REPORTS, EVENT_RECORDER, EVENT_STORE, LEAD_STORE } from './internal-tokens.js';
import type { EventRecorder } from './recorder.js';
import type { AnalyticsReports } from './reports.js';
import type { Lead } from './types.js';

// One @, no spaces, a dot in the domain: what the contract's `format: email` means in practice.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export interface CreateLeadInput {
  readonly email: string;
  readonly name?: string;
  readonly consent?: boolean;
  readonly attributes?: Readonly<Record<string, string | number | boolean | null>>;
  readonly language?: string;
  readonly channel?: string;
  readonly content_id?: string;
}

export interface LeadPage {
  readonly data: readonly Lead[];
  readonly meta: { readonly total: number; readonly limit: number; readonly next_cursor: string | null };
}

function tenantOf(caller: Principal): Tenant {
  return { orgId: caller.orgId, livemode: caller.livemode };
}

export function leadView(row: LeadRow): Lead {
  return {
    id: row.id,
    campaign_id: row.campaign_id,
    email: row.email,
    name: row.name,
    consent: Number(row.consent) === 1,
    attributes: fromJson(row.attributes),
    language: row.language,
    channel: row.channel,
    content_id: row.content_id,
    created_at: row.created_at,
  };
}

/** Leads: personal data stored with a counted `lead` event, listed, and erased on request. */
@injectable()
export class LeadService {
  constructor(
    @inject(LEAD_STORE) private readonly leads: LeadStore,
    @inject(EVENT_STORE) private readonly events: EventStore,
    @inject(EVENT_RECORDER) private readonly recorder: EventRecorder,
    @inject(ANALYTICS_REPORTS) private readonly reports: AnalyticsReports,
    @inject(EVENT_BUS) private readonly bus: EventBus,
    @inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(caller: Principal, campaignId: string, input: CreateLeadInput): Promise<Lead> {
    if (!EMAIL.test(input.email)) {
      throw coreErrors.VALIDATION_FAILED('email is not a valid email address', { errors: [{ field: 'email', code: 'invalid_email', message: 'is not a valid email address' }] });
    }
    await this.reports.campaignOf(caller, campaignId);
    const tenant = tenantOf(caller);
    const now = this.clock.now().toISOString();
    const row = {
      id: newId('lead'),
      campaign_id: campaignId,
      email: input.email,
      name: input.name ?? null,
      consent: input.consent === true ? 1 : 0,
      attributes: toJson(input.attributes ?? {}),
      language: input.language ?? null,
      channel: input.channel ?? null,
      content_id: input.content_id ?? null,
      created_at: now,
    };
    const lead = leadView({ ...row, org_id: tenant.orgId, livemode: tenant.livemode ? 1 : 0 });
    await this.events.transaction(async (trx) => {
      await this.leads.insert(trx, tenant, row);
      // The event carries no lead id or personal data: erasing the lead leaves it counting, anonymously.
      await this.recorder.record(trx, tenant, [{ type: 'lead', campaign_id: campaignId, count: 1, value_micros: 0, language: row.language, channel: row.channel, content_id: row.content_id, occurred_at: now, event_id: null }]);
      await this.bus.emit(trx, { name: LEAD_CAPTURED, orgId: tenant.orgId, livemode: tenant.livemode, aggregateId: campaignId, payload: lead });
    });
    return lead;
  }

  async list(caller: Principal, campaignId: string, limit: number, cursor?: string): Promise<LeadPage> {
    await this.reports.campaignOf(caller, campaignId);
    const tenant = tenantOf(caller);
    const before = cursor === undefined ? undefined : String(decodeCursor(cursor, 1)[0]);
    const rows = await this.leads.list(tenant, campaignId, limit + 1, before);
    const page = rows.slice(0, limit);
    const next = rows.length > limit ? encodeCursor([page.at(-1)!.id]) : null;
    return { data: page.map(leadView), meta: { total: await this.leads.count(tenant, campaignId), limit, next_cursor: next } };
  }

  async all(caller: Principal, campaignId: string): Promise<Lead[]> {
    await this.reports.campaignOf(caller, campaignId);
    return (await this.leads.list(tenantOf(caller), campaignId, undefined)).map(leadView);
  }

  async erase(caller: Principal, campaignId: string, leadId: string): Promise<{ id: string; deleted: true }> {
    await this.reports.campaignOf(caller, campaignId);
    if (!(await this.leads.erase(tenantOf(caller), campaignId, leadId))) {
      throw analyticsErrors.LEAD_NOT_FOUND(`no lead ${leadId} in campaign ${campaignId}`, { errors: [{ field: 'lead_id', code: 'not_found', message: 'does not exist' }] });
    }
    return { id: leadId, deleted: true };
  }
}

import { randomBytes } from 'node:crypto';
import { CLOCK, inject, injectable, newId } from 'influgentic';
import type { Clock, Principal } from 'influgentic';
import type { EventStore } from '../db/event-store.js';
import type { LinkStore } from '../db/link-store.js';
import type { LinkRow } from '../db/schema.js';
import { analyticsErrors } from '../errors.js';
import { ANALYTICS_REPORTS, ANALYTICS_SETTINGS, EVENT_RECORDER, EVENT_STORE, LINK_STORE, type AnalyticsSettings } from './internal-tokens.js';
import type { EventRecorder } from './recorder.js';
import type { AnalyticsReports } from './reports.js';
import { referrerHost, userAgentClass } from './visitor.js';

export interface CreateLinkInput {
  readonly url: string;
  readonly channel?: string;
  readonly language?: string;
  readonly content_id?: string;
}

export interface TrackingLink {
  readonly id: string;
  readonly code: string;
  readonly url: string;
  readonly short_url: string;
  readonly campaign_id: string;
  readonly channel: string | null;
  readonly language: string | null;
  readonly content_id: string | null;
  readonly created_at: string;
}

/** Tracking links: short public URLs that count a click and redirect. */
@injectable()
export class LinkService {
  constructor(
    @inject(LINK_STORE) private readonly links: LinkStore,
    @inject(EVENT_STORE) private readonly events: EventStore,
    @inject(EVENT_RECORDER) private readonly recorder: EventRecorder,
    @inject(ANALYTICS_REPORTS) private readonly reports: AnalyticsReports,
    @inject(CLOCK) private readonly clock: Clock,
    @inject(ANALYTICS_SETTINGS) private readonly settings: AnalyticsSettings,
  ) {}

  async create(caller: Principal, campaignId: string, input: CreateLinkInput): Promise<TrackingLink> {
    await this.reports.campaignOf(caller, campaignId);
    // 48 random bits: unguessable enough that codes cannot be enumerated to count others' clicks.
    const row = {
      id: newId('lnk'),
      campaign_id: campaignId,
      code: randomBytes(6).toString('base64url'),
      url: input.url,
      channel: input.channel ?? null,
      language: input.language ?? null,
      content_id: input.content_id ?? null,
      created_at: this.clock.now().toISOString(),
    };
    await this.links.insert(caller, row);
    return this.view(row);
  }

  /** Counts a click (UA class and referrer host only, never the IP) and returns where to send the visitor. */
  async follow(code: string, visitor: { readonly userAgent?: string; readonly referrer?: string }): Promise<string> {
    const link = await this.links.byCode(code);
    if (link === undefined) {
      throw analyticsErrors.LINK_NOT_FOUND(`no tracking link ${code}`, { errors: [{ field: 'code', code: 'not_found', message: 'does not exist' }] });
    }
    const tenant = { orgId: link.org_id, livemode: Number(link.livemode) === 1 };
    await this.events.transaction((trx) =>
      this.recorder.record(trx, tenant, [
        {
          type: 'click',
          campaign_id: link.campaign_id,
          count: 1,
          value_micros: 0,
          language: link.language,
          channel: link.channel,
          content_id: link.content_id,
          occurred_at: this.clock.now().toISOString(),
          event_id: null,
          ua_class: userAgentClass(visitor.userAgent),
          referrer_host: referrerHost(visitor.referrer),
        },
      ]),
    );
    return link.url;
  }

  private view(row: Omit<LinkRow, 'org_id' | 'livemode'>): TrackingLink {
    return { ...row, short_url: `${this.settings.public_base_url}/t/${row.code}` };
  }
}

import { CLOCK, ProblemError, inject, injectable } from 'influgentic';
import { CONTENT_SERVICE, type ContentService } from '../../content/tokens.js';
import type { Clock, Principal } from 'influgentic';
import type { CampaignLookup } from '../db/campaign-lookup.js';
import type { EventStore } from '../db/event-store.js';
import { checkEvent, type Window } from './event-input.js';
import { ANALYTICS_SETTINGS, CAMPAIGN_LOOKUP, EVENT_RECORDER, EVENT_STORE, type AnalyticsSettings } from './internal-tokens.js';
import type { EventRecorder } from './recorder.js';
import type { IngestResult, MeasuredEvent, RejectedEvent } from './types.js';

const DAY_MS = 86_400_000;

/** POST /v1/events: each event checked on its own; the good ones recorded in one transaction. */
@injectable()
export class EventIngest {
  constructor(
    @inject(EVENT_STORE) private readonly store: EventStore,
    @inject(EVENT_RECORDER) private readonly recorder: EventRecorder,
    @inject(CAMPAIGN_LOOKUP) private readonly campaigns: CampaignLookup,
    @inject(CONTENT_SERVICE) private readonly content: ContentService,
    @inject(CLOCK) private readonly clock: Clock,
    @inject(ANALYTICS_SETTINGS) private readonly settings: AnalyticsSettings,
  ) {}

  /** The content ids of the batch the caller cannot see (one lookup per distinct id). */
  private async missingContent(caller: Principal, ids: readonly string[]): Promise<Set<string>> {
    const missing = new Set<string>();
    for (const id of ids) {
      try {
        await this.content.get(caller, id);
      } catch (error) {
        if (error instanceof ProblemError && error.status === 404) missing.add(id);
        else throw error;
      }
    }
    return missing;
  }

  /** The window an event's `occurred_at` must fall in, from now. */
  window(): Window {
    const now = this.clock.now().getTime();
    return {
      latest: now + this.settings.max_future_ms,
      earliest: now - this.settings.retention_days * DAY_MS,
      aheadMinutes: this.settings.max_future_ms / 60_000,
      retentionDays: this.settings.retention_days,
    };
  }

  async ingest(caller: Principal, items: readonly unknown[]): Promise<IngestResult> {
    const window = this.window();
    const rejected: RejectedEvent[] = [];
    const checked: { index: number; event: MeasuredEvent }[] = [];
    items.forEach((item, index) => {
      const result = checkEvent(item, index, window);
      if (result.ok) checked.push({ index, event: result.event });
      else rejected.push(result.rejected);
    });
    const tenant = { orgId: caller.orgId, livemode: caller.livemode };
    const found = await this.campaigns.find(tenant, [...new Set(checked.map(({ event }) => event.campaign_id))]);
    const missing = await this.missingContent(caller, [...new Set(checked.flatMap(({ event }) => (event.content_id === null ? [] : [event.content_id])))]);
    const good: MeasuredEvent[] = [];
    for (const { index, event } of checked) {
      const campaign = found.get(event.campaign_id);
      // Another org's or mode's campaign, or one outside the X-Influgentic-Agent narrowing, is not there for this caller.
      if (campaign === undefined || (caller.agentId !== undefined && campaign.agent_id !== caller.agentId)) {
        rejected.push({ index, code: 'campaign_not_found', message: `events[${index}].campaign_id ${event.campaign_id} is not a campaign of this organization and mode` });
      } else if (event.content_id !== null && missing.has(event.content_id)) {
        rejected.push({ index, code: 'content_not_found', message: `events[${index}].content_id ${event.content_id} is not content of this organization and mode` });
      } else good.push(event);
    }
    rejected.sort((a, b) => a.index - b.index);
    const stored = good.length === 0 ? 0 : await this.store.transaction((trx) => this.recorder.record(trx, tenant, good));
    return { accepted: stored, duplicates: good.length - stored, rejected };
  }
}

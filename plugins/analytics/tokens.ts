/**
 * The analytics plugin exports no service token: other plugins read its numbers through the
 * extension points it provides (campaigns' CAMPAIGN_PERFORMANCE_SOURCE, agents'
 * AGENT_METRICS_SOURCE) and its events (events.ts).
 *
 * @example
 *   import { LEAD_CAPTURED } from '../analytics/events.js';
 */
export type { Lead, Milestone } from './service/types.js';

import { fromJson } from 'influgentic';
import type { CampaignRow } from '../db/schema.js';
import { toUsd } from './money.js';
import type { Campaign, CampaignPerformance } from './types.js';

export const zeroPerformance: CampaignPerformance = Object.freeze({ impressions: 0, engagements: 0, leads: 0, conversions: 0 });

/** The API's campaign from its row, its ledger sum and its measured performance. */
export function viewOf(row: CampaignRow, spentMicros: number, performance: CampaignPerformance = zeroPerformance): Campaign {
  const budget = Number(row.budget_micros);
  return {
    id: row.id,
    agent_id: row.agent_id,
    type: row.type as Campaign['type'],
    content_type: row.content_type as Campaign['content_type'],
    name: row.name,
    status: row.status as Campaign['status'],
    product: fromJson(row.product),
    config: fromJson(row.config),
    budget_usd: toUsd(budget),
    spent_usd: toUsd(spentMicros),
    remaining_budget_usd: toUsd(Math.max(0, budget - spentMicros)),
    starts_at: row.starts_at,
    ends_at: row.ends_at,
    cancelled_at: row.cancelled_at,
    completed_at: row.completed_at,
    performance,
    rating: row.rating === null ? null : Number(row.rating),
    warnings: fromJson(row.warnings),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

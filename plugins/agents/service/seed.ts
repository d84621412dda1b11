import type { AgentStore } from '../db/store.js';
import type { AssetStorage } from './asset-storage.js';
import { etagOf } from './asset-service.js';
import { avatarSvg } from './avatar.js';
import type { CatalogAgent } from './catalog.js';
import { baselineCounts } from './metrics.js';
import { countsOf, derivedColumns, describingColumns, newRow, prefixedCounts, searchDocumentOf, type AgentFields } from './rows.js';
import { zeroCounts } from './metrics.js';

export function catalogFields(agent: CatalogAgent): AgentFields {
  return {
    id: agent.id,
    name: agent.name,
    headline: agent.headline,
    category: agent.category,
    subcategories: agent.subcategories,
    use_cases: agent.use_cases,
    languages: agent.languages,
    tone_modes: agent.tone_modes,
    content_types: agent.content_types,
    persona: agent.persona,
    tier: agent.tier,
    status: agent.status,
    visibility: 'marketplace',
    real_time_streaming: agent.real_time_streaming,
    base_rate_usd: agent.pricing.base_rate_usd,
    included_in_plans: agent.pricing.included_in_plans,
    version: 1,
  };
}

/**
 * Upserts the built-in catalog by id: an upgrade rewrites each built-in agent's description
 * and baseline and keeps what was measured; custom agents are never touched. Then writes each
 * built-in's generated avatar (only when it changed).
 */
export async function seedCatalog(store: AgentStore, storage: AssetStorage, agents: readonly CatalogAgent[], now: Date): Promise<{ readonly skipped: readonly string[] }> {
  const at = now.toISOString();
  const skipped: string[] = [];
  await store.transaction(async (trx) => {
    await store.lockSeed(trx);
    for (const agent of agents) {
      const fields = catalogFields(agent);
      const base = baselineCounts(agent.baseline);
      const createdAt = new Date(agent.created_at).toISOString();
      const existing = await store.getById(agent.id, trx);
      // A custom agent published under an id a later catalog takes keeps it: the built-in is
      // skipped (and reported), rather than one overwriting the other or start-up failing.
      if (existing && existing.custom === 1) {
        skipped.push(agent.id);
        continue;
      }
      if (!existing) {
        await store.insert(trx, newRow(fields, null, base, zeroCounts, await store.nextSearchRowid(trx), createdAt, at), searchDocumentOf(fields));
        continue;
      }
      await store.update(
        trx,
        agent.id,
        { ...describingColumns(fields, null), ...prefixedCounts('base_', base), ...derivedColumns(base, countsOf(existing, 'm_')), created_at: createdAt, updated_at: at },
        searchDocumentOf(fields),
      );
    }
  });
  for (const agent of agents) {
    if (skipped.includes(agent.id)) continue;
    const bytes = Buffer.from(avatarSvg(agent.name, agent.category));
    const etag = etagOf(bytes);
    const existing = await store.getAsset(agent.id, 'avatar.svg');
    if (existing?.etag === etag && (await storage.get(agent.id, 'avatar.svg')) !== null) continue;
    await storage.put(agent.id, 'avatar.svg', bytes);
    await store.putAsset({
      agent_id: agent.id,
      name: 'avatar.svg',
      org_id: null,
      livemode: null,
      content_type: 'image/svg+xml',
      size_bytes: bytes.length,
      etag,
      created_at: existing?.created_at ?? at,
      updated_at: at,
    });
  }
  return { skipped };
}

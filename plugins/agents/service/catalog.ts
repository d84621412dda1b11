import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(_[a-z0-9]+)*$/).max(64);
const language = z.string().regex(/^[a-z]{2}$/);
const plan = z.enum(['starter', 'growth', 'enterprise']);

const catalogAgent = z.strictObject({
  id: z.string().regex(/^agent_[a-z0-9_]+$/).max(100),
  name: z.string().min(1).max(64),
  headline: z.string().min(1).max(200),
  subcategories: z.array(z.string().min(1)).min(1),
  use_cases: z.array(slug).min(1),
  languages: z.array(language).min(1),
  tone_modes: z.array(slug).min(1),
  content_types: z.array(slug).min(1),
  tier: z.enum(['flagship', 'premium', 'standard']),
  status: z.enum(['available', 'unavailable']).default('available'),
  real_time_streaming: z.boolean().default(true),
  created_at: z.iso.datetime(),
  pricing: z.strictObject({ base_rate_usd: z.number().min(0), included_in_plans: z.array(plan).min(1) }),
  baseline: z.strictObject({
    reach_30d: z.number().int().min(0),
    impressions: z.number().int().min(0),
    engagement_rate: z.number().min(0).max(1),
    campaigns: z.number().int().min(0),
    campaigns_completed: z.number().int().min(0),
    leads: z.number().int().min(0),
    conversion_rate: z.number().min(0).max(1),
    rating: z.number().min(1).max(5).nullable(),
    ratings_count: z.number().int().min(0),
  }),
  // A persona is written to be used for generation: a real bio, 3 to 5 concrete style rules
  // and 2 to 4 example posts in the agent's voice.
  persona: z.strictObject({
    bio: z.string().min(40),
    topics: z.array(z.string().min(1)).min(2),
    adjectives: z.array(z.string().min(1)).min(2),
    style_rules: z.array(z.string().min(10)).min(3).max(5),
    example_posts: z.array(z.string().min(20)).min(1).max(4),
    expertise_domains: z.array(z.string().min(1)).min(1),
    target_audience: z.string().min(1).nullable(),
  }),
});

const catalogFile = z.strictObject({ category: slug, agents: z.array(catalogAgent).min(1) });

export type CatalogAgent = z.output<typeof catalogAgent> & { readonly category: string };

export const catalogDirectory = fileURLToPath(new URL('../catalog/', import.meta.url));

/**
 * The built-in catalog: every `*.yaml` of plugins/agents/catalog, one category per file.
 * A malformed entry throws with the file and the field, so a bad edit stops start-up.
 */
export function loadCatalog(directory: string = catalogDirectory): CatalogAgent[] {
  const agents: CatalogAgent[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.yaml')).sort()) {
    const parsed = catalogFile.safeParse(parse(readFileSync(join(directory, file), 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`agents catalog ${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    for (const agent of parsed.data.agents) {
      if (seen.has(agent.id)) throw new Error(`agents catalog ${file}: duplicate id ${agent.id}`);
      seen.add(agent.id);
      agents.push({ ...agent, category: parsed.data.category });
    }
  }
  return agents;
}

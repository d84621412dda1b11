// Generates N synthetic built-in agents for benchmarks only: a realistic spread of
// categories, languages, use cases and reach, with searchable personas, written through the
// agents plugin's own store (so the full-text index is filled the same way).
// Usage: tsx scripts/catalog/synthesize.ts --count 100000 --database sqlite:./data/influgentic.db [--seed 7]
import { parseArgs } from 'node:util';
import { migratePlugin, openDatabase } from '../../core/db/index.js';
import { createRng } from '../../core/llm/builtin/prng.js';
import { agentsMigrations } from '../../plugins/agents/db/migrations.js';
import type { AgentsTables, MetricCounts } from '../../plugins/agents/db/schema.js';
import { AgentStore } from '../../plugins/agents/db/store.js';
import { baselineCounts, zeroCounts } from '../../plugins/agents/service/metrics.js';
import { newRow, searchDocumentOf, type AgentFields } from '../../plugins/agents/service/rows.js';

const categories: readonly { name: string; weight: number; topics: readonly string[] }[] = [
  { name: 'fashion_lifestyle', weight: 14, topics: ['streetwear', 'luxury', 'capsule wardrobe', 'accessories', 'runway'] },
  { name: 'beauty', weight: 12, topics: ['skincare', 'makeup', 'haircare', 'fragrance', 'nails'] },
  { name: 'tech', weight: 11, topics: ['smartphones', 'laptops', 'wearables', 'developer tools', 'smart home'] },
  { name: 'gaming', weight: 9, topics: ['esports', 'console', 'indie games', 'mobile games', 'tabletop'] },
  { name: 'fitness', weight: 9, topics: ['running', 'strength', 'yoga', 'cycling', 'nutrition'] },
  { name: 'food', weight: 9, topics: ['recipes', 'coffee', 'plant-based', 'baking', 'wine'] },
  { name: 'travel', weight: 8, topics: ['backpacking', 'luxury hotels', 'rail journeys', 'hiking', 'city breaks'] },
  { name: 'automotive', weight: 6, topics: ['electric vehicles', 'classic cars', 'motorsport', 'pickups', 'e-bikes'] },
  { name: 'finance', weight: 6, topics: ['budgeting', 'investing', 'crypto', 'retirement', 'insurance'] },
  { name: 'home', weight: 6, topics: ['interior design', 'DIY', 'gardening', 'organisation', 'furniture'] },
  { name: 'parenting', weight: 4, topics: ['baby gear', 'toddlers', 'teens', 'education', 'family travel'] },
  { name: 'sustainable_fashion', weight: 3, topics: ['circular fashion', 'upcycling', 'resale', 'organic cotton', 'repair'] },
  { name: 'pets', weight: 2, topics: ['dogs', 'cats', 'aquariums', 'pet food', 'training'] },
  { name: 'music', weight: 1, topics: ['headphones', 'vinyl', 'concerts', 'production', 'guitars'] },
];
const languages: readonly [string, number][] = [['en', 0.92], ['es', 0.35], ['fr', 0.25], ['de', 0.25], ['pt', 0.18], ['it', 0.14], ['ja', 0.12], ['hi', 0.1], ['zh', 0.1], ['ko', 0.08], ['ar', 0.06], ['nl', 0.06]];
const useCases = ['product_launch', 'review', 'lead_gen', 'trivia', 'collab_content', 'product_review', 'lead_magnet', 'brand_launch'];
const adjectives = ['warm', 'witty', 'precise', 'bold', 'calm', 'curious', 'honest', 'playful', 'refined', 'practical', 'energetic', 'thoughtful'];
const syllables = ['ka', 'ri', 'mo', 'zen', 'lu', 'vex', 'na', 'tor', 'el', 'qui', 'sa', 'ro', 'dex', 'mi', 'fa', 'ly', 'on', 'ar', 'bo', 'ze'];
const tones = ['conversational', 'expert', 'playful', 'luxury', 'motivational', 'educational', 'humorous'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function weighted(random: () => number): (typeof categories)[number] {
  const total = categories.reduce((sum, category) => sum + category.weight, 0);
  let roll = random() * total;
  for (const category of categories) {
    roll -= category.weight;
    if (roll < 0) return category;
  }
  return categories[0]!;
}

export function synthesizeAgent(random: () => number, index: number): { fields: AgentFields; counts: MetricCounts; createdAt: string } {
  const category = weighted(random);
  const name = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(random, syllables)).join('').toUpperCase();
  const topics = [...new Set([pick(random, category.topics), pick(random, category.topics), pick(random, category.topics)])];
  const spoken = languages.filter(([, share]) => random() < share).map(([code]) => code);
  const words = [...new Set([pick(random, adjectives), pick(random, adjectives)])];
  // Reach is log-normal-ish: most agents are small, a few are very large.
  const reach = Math.round(Math.exp(9 + random() * 5.5 + random() * 1.5));
  const rating = Math.round((3.5 + random() * 1.5) * 10) / 10;
  const fields: AgentFields = {
    id: `agent_syn_${category.name}_${index.toString(36)}`,
    name,
    headline: `${words[0]![0]!.toUpperCase()}${words[0]!.slice(1)} ${category.name.replace(/_/g, ' ')} voice for ${topics.join(', ')}`,
    category: category.name,
    subcategories: topics,
    use_cases: [...new Set([pick(random, useCases), pick(random, useCases)])],
    languages: spoken.length > 0 ? spoken : ['en'],
    tone_modes: [pick(random, tones)],
    content_types: ['text', 'caption'],
    persona: {
      bio: `${name} covers ${topics.join(' and ')} for a ${words.join(', ')} audience, with honest takes and practical tips.`,
      topics,
      adjectives: words,
      style_rules: ['Lead with one concrete fact.', 'One idea per sentence.', 'At most two hashtags.'],
      example_posts: [`My take on ${topics[0]}: start small, stay consistent.`, `Three things I check before recommending any ${topics[0]}.`],
      expertise_domains: topics,
      target_audience: `${category.name}_fans_18_45`,
    },
    tier: reach > 2_000_000 ? 'premium' : 'standard',
    status: 'available',
    visibility: 'marketplace',
    real_time_streaming: true,
    base_rate_usd: Math.round(29 + random() * 170),
    included_in_plans: ['starter', 'growth', 'enterprise'],
    version: 1,
  };
  const impressions = reach * (3 + Math.floor(random() * 8));
  const campaigns = Math.floor(random() * 300);
  const counts = baselineCounts({
    reach_30d: reach,
    impressions,
    engagement_rate: Math.round((0.01 + random() * 0.2) * 1000) / 1000,
    campaigns,
    campaigns_completed: Math.floor(campaigns * 0.9),
    leads: Math.floor(impressions * 0.002),
    conversion_rate: Math.round(random() * 60) / 1000,
    rating,
    ratings_count: 1 + Math.floor(random() * 200),
  });
  return { fields, counts, createdAt: new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 600) * 86_400_000).toISOString() };
}

function progress(done: number, total: number, started: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${((done / total) * 100).toFixed(0).padStart(3)}% ${done}/${total} agents, ${rate.toFixed(0)}/s`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
  else if (done === total || done % Math.max(1, Math.floor(total / 10)) === 0) process.stderr.write(`${line}\n`);
}

/** Inserts `count` synthetic agents (ids `agent_syn_...`) into the database at `url`, migrating the agents tables first. */
export async function synthesize(url: string, count: number, seed = 7): Promise<void> {
  const db = await openDatabase({ url });
  try {
    await migratePlugin(db, 'agents', agentsMigrations);
    const store = new AgentStore(db.tables<AgentsTables>());
    const random = createRng(seed).next;
    const now = new Date().toISOString();
    const started = Date.now();
    // 200 rows per statement keeps SQLite under its bound-parameter limit (about 60 columns a row).
    const batch = 200;
    const perTransaction = 5000;
    for (let start = 0; start < count; start += perTransaction) {
      const end = Math.min(start + perTransaction, count);
      await store.transaction(async (trx) => {
        let rowid = await store.nextSearchRowid(trx);
        for (let from = start; from < end; from += batch) {
          const rows = [];
          for (let index = from; index < Math.min(from + batch, end); index += 1) {
            const { fields, counts, createdAt } = synthesizeAgent(random, index);
            const searchRowid = db.dialect === 'sqlite' ? rowid++ : await store.nextSearchRowid(trx);
            rows.push({ row: newRow(fields, null, counts, zeroCounts, searchRowid, createdAt, now), search: searchDocumentOf(fields) });
          }
          await store.insertMany(trx, rows);
        }
      });
      progress(end, count, started);
    }
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, database: { type: 'string' }, seed: { type: 'string', default: '7' } } });
  if (!values.database) {
    process.stderr.write('usage: tsx scripts/catalog/synthesize.ts --count 100000 --database sqlite:./data/influgentic.db [--seed 7]\n');
    process.exit(2);
  }
  await synthesize(values.database, Number(values.count), Number(values.seed));
}

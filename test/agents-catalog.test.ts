// The built-in catalog as data, and the pure parts of the agents plugin: the search
// tokenizer both backends share, the asset sniffing and the generated avatars.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LlmPersona } from '../core/llm/types.js';
import { avatarSvg, initials } from '../plugins/agents/service/avatar.js';
import { loadCatalog } from '../plugins/agents/service/catalog.js';
import { baselineCounts, figuresOf } from '../plugins/agents/service/metrics.js';
import { fts5Query, queryWords, searchText, tsQuery } from '../plugins/agents/service/search-text.js';
import { bytesMatch } from '../plugins/agents/service/sniff.js';
import { useCaseKeys, useCaseWithSynonyms } from '../plugins/agents/service/use-cases.js';
import type { AgentLlmPersona } from '../plugins/agents/tokens.js';

// Compile-time: the registry's persona is what core/llm's providers take.
const asLlmPersona = (persona: AgentLlmPersona): LlmPersona => persona;
void asLlmPersona;

describe('agents catalog', () => {
  const catalog = loadCatalog();

  it('has at least 40 agents across at least 12 categories, with unique ids', () => {
    assert.ok(catalog.length >= 40, `${catalog.length} agents`);
    assert.ok(new Set(catalog.map((agent) => agent.category)).size >= 12);
    assert.equal(new Set(catalog.map((agent) => agent.id)).size, catalog.length);
    for (const category of ['automotive', 'fashion_lifestyle', 'beauty', 'tech', 'gaming', 'fitness', 'food', 'travel', 'finance', 'home', 'parenting', 'sustainable_fashion']) {
      assert.ok(catalog.some((agent) => agent.category === category), category);
    }
  });

  it("keeps the reference's VELO and LUMIÈRE values", () => {
    const velo = catalog.find((agent) => agent.id === 'agent_velo_automotive')!;
    assert.deepEqual(
      { name: velo.name, category: velo.category, subcategories: velo.subcategories, use_cases: velo.use_cases, languages: velo.languages, tier: velo.tier, status: velo.status, created_at: velo.created_at },
      { name: 'VELO', category: 'automotive', subcategories: ['EV', 'luxury', 'safety'], use_cases: ['product_launch', 'review', 'lead_gen'], languages: ['en', 'de', 'ja', 'zh'], tier: 'flagship', status: 'available', created_at: '2024-01-15T00:00:00Z' },
    );
    const veloFigures = figuresOf(baselineCounts(velo.baseline));
    assert.deepEqual([veloFigures.reach, veloFigures.engagement_rate, veloFigures.total_campaigns, veloFigures.rating], [4200000, 0.984, 240, 4.9]);

    const lumiere = catalog.find((agent) => agent.id === 'agent_lumiere_fashion')!;
    assert.equal(lumiere.name, 'LUMIÈRE');
    assert.equal(lumiere.headline, 'High-fashion AI influencer with luxury expertise');
    assert.equal(lumiere.category, 'fashion_lifestyle');
    assert.deepEqual(lumiere.content_types, ['text', 'video_script', 'caption', 'review']);
    assert.equal(lumiere.languages.length, 22);
    assert.deepEqual(lumiere.tone_modes, ['luxury', 'editorial', 'conversational']);
    assert.equal(lumiere.real_time_streaming, true);
    assert.deepEqual(lumiere.pricing, { base_rate_usd: 299, included_in_plans: ['growth', 'enterprise'] });
    const { performance } = figuresOf(baselineCounts(lumiere.baseline));
    assert.deepEqual(performance, { avg_engagement_rate: 0.991, total_reach: 8700000, campaigns_completed: 410, avg_conversion_rate: 0.043 });
  });

  it('gives every agent a persona usable for generation', () => {
    for (const agent of catalog) {
      const { persona } = agent;
      assert.ok(persona.bio.length >= 60 || agent.id === 'agent_lumiere_fashion', `${agent.id}: bio`);
      assert.ok(persona.style_rules.length >= 3 && persona.style_rules.length <= 5, `${agent.id}: 3 to 5 style rules`);
      assert.ok(persona.example_posts.length >= 2 && persona.example_posts.length <= 4, `${agent.id}: 2 to 4 example posts`);
      assert.ok(persona.topics.length >= 2 && persona.adjectives.length >= 2 && persona.expertise_domains.length >= 1, agent.id);
      assert.ok(agent.tone_modes.length >= 1 && agent.languages.length >= 1 && agent.use_cases.length >= 1, agent.id);
      assert.equal(new Set(persona.example_posts).size, persona.example_posts.length, `${agent.id}: distinct example posts`);
    }
  });
});

describe('agents search text', () => {
  it('lowercases, folds diacritics and splits on everything but letters and digits', () => {
    assert.equal(searchText('LUMIÈRE', ['Haute-Couture', 'fashion_lifestyle'], 'Ørsted Straße 4.0'), 'lumiere haute couture fashion lifestyle orsted strasse 4 0');
  });

  it('turns any query into quoted prefixes: operators and SQL are only words', () => {
    assert.deepEqual(queryWords('"sustain*" NEAR(x) OR (unbalanced'), ['sustain', 'near', 'x', 'or', 'unbalanced']);
    assert.deepEqual(queryWords(`'; drop table agents_agents; --`), ['drop', 'table', 'agents']);
    assert.deepEqual(queryWords('*** "" ()'), []);
    assert.equal(fts5Query(['sustain', 'near']), '"sustain"* "near"*');
    assert.equal(tsQuery(['sustain', 'near']), "'sustain':* & 'near':*");
  });
});

describe('agents use cases', () => {
  it('matches the known synonyms both ways', () => {
    assert.deepEqual(useCaseWithSynonyms('review'), ['review', 'product_review']);
    assert.deepEqual(useCaseWithSynonyms('brand_launch'), ['brand_launch', 'product_launch']);
    assert.deepEqual(useCaseWithSynonyms('lead_magnet'), ['lead_magnet', 'lead_gen']);
    assert.equal(useCaseKeys(['review', 'trivia']), '|review|product_review|trivia|');
  });
});

describe('agents assets', () => {
  it('checks bytes against the declared type', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    assert.equal(bytesMatch('image/png', png), true);
    assert.equal(bytesMatch('image/jpeg', png), false);
    assert.equal(bytesMatch('image/svg+xml', Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')), true);
    assert.equal(bytesMatch('image/svg+xml', Buffer.from('<html><script>alert(1)</script></html>')), false);
    assert.equal(bytesMatch('text/plain', Buffer.from('hello\nworld')), true);
    assert.equal(bytesMatch('text/plain', Buffer.from([0xff, 0xfe, 0x00])), false);
    assert.equal(bytesMatch('application/pdf', Buffer.from('%PDF-1.7\n')), true);
    assert.equal(bytesMatch('image/webp', Buffer.from('RIFF\x00\x00\x00\x00WEBPVP8 ', 'latin1')), true);
  });

  it('generates an SVG avatar from the name and category, escaped and script-free', () => {
    assert.equal(initials('NEST EGG'), 'NE');
    assert.equal(initials('LUMIÈRE'), 'LU');
    const svg = avatarSvg('<A&B>', 'automotive');
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.ok(svg.includes('#1f3a93'), 'category colours');
    assert.ok(!svg.includes('<A&B>') && svg.includes('&#60;A&#38;B&#62;'));
    assert.ok(!/script|href/i.test(svg));
    assert.notEqual(avatarSvg('X', 'unknown_category'), avatarSvg('X', 'other_category'));
  });
});

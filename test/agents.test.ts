// The agents plugin through the real request path, on SQLite and Postgres: the reference's
// list and detail examples, filters, sorts, keyset cursors, full-text search, visibility,
// and the AgentRegistry other plugins use.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { resolveToken } from '../core/container.js';
import { forEachBackend } from '../core/db/testing.js';
import { ProblemError } from '../core/http/problem.js';
import { KEY_SERVICE, ORG_SERVICE } from '../core/org/tokens.js';
import { startInProcess, type RunningApp } from '../core/testing/in-process.js';
import agents from '../plugins/agents/index.js';
import { AGENT_METRICS_SOURCE, AGENT_REGISTRY, type AgentRegistry, type MeasuredAgentMetrics, type PublishAgentInput } from '../plugins/agents/tokens.js';

interface Agent {
  id: string;
  name: string;
  category: string;
  reach: number;
  engagement_rate: number;
  total_campaigns: number;
  rating: number | null;
  status: string;
  visibility: string;
  custom: boolean;
  owned: boolean;
  use_cases: string[];
  languages: string[];
  [key: string]: unknown;
}
interface Page {
  data: Agent[];
  meta: { total: number; limit: number; next_cursor: string | null };
}
interface Problem {
  code: string;
  errors?: { field: string }[];
}

type Api = <T>(path: string, init?: RequestInit) => Promise<{ status: number; body: T; headers: Headers }>;

function client(running: RunningApp, key: string, headers: Record<string, string> = {}): Api {
  return async <T>(path: string, init: RequestInit = {}) => {
    const response = await fetch(`${running.baseUrl}${path}`, { ...init, headers: { authorization: `Bearer ${key}`, ...headers, ...(init.headers as Record<string, string>) } });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: response.status, body: body as T, headers: response.headers };
  };
}

function customAgent(name: string, overrides: Partial<PublishAgentInput> = {}): PublishAgentInput {
  return {
    name,
    headline: `${name} writes about zero-waste kitchens`,
    category: 'home',
    subcategories: ['zero waste'],
    use_cases: ['product_review'],
    languages: ['en', 'fr'],
    tone_modes: ['friendly'],
    persona: {
      bio: `${name} shows how a kitchen can run on refills, compost and good habits.`,
      topics: ['zero waste', 'composting'],
      adjectives: ['practical', 'cheerful'],
      style_rules: ['One habit per post.', 'Give the saving in euros.', 'No shaming.'],
      example_posts: ['Refill jars, not bins: my pantry now costs 12 euros less a month.'],
      expertise_domains: ['zero waste living'],
      target_audience: 'households_25_45',
    },
    visibility: 'private',
    ...overrides,
  };
}

/** Every agent of a listing, following next_cursor; every page's meta.total must be the number of agents paged. */
async function pageThrough(api: Api, query: string, limit: number): Promise<Agent[]> {
  const seen: Agent[] = [];
  const totals = new Set<number>();
  let cursor: string | null = null;
  for (let pages = 0; pages < 200; pages += 1) {
    const page: { status: number; body: Page } = await api<Page>(`/v1/agents?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(page.status, 200, JSON.stringify(page.body));
    seen.push(...page.body.data);
    totals.add(page.body.meta.total);
    cursor = page.body.meta.next_cursor;
    if (cursor === null) {
      assert.deepEqual([...totals], [seen.length], `${query}: meta.total on every page`);
      return seen;
    }
  }
  throw new Error('too many pages');
}

const sortKeys = { reach: 'reach', engagement: 'engagement_rate', campaigns: 'total_campaigns', rating: 'rating' } as const;

forEachBackend((backend) => {
  describe('agents', () => {
    let running: RunningApp;
    let api: Api;
    let live: Api;
    let stranger: Api;
    let strangerOrg: string;
    let registry: AgentRegistry;
    const measured = new Map<string, MeasuredAgentMetrics>();

    before(async () => {
      // Schedules off: agents.refresh_metrics runs every real minute and would refresh from
      // `measured` between two steps of a test; the tests call refresh() themselves.
      running = await startInProcess({ plugins: [agents], databaseUrl: await backend.freshUrl(), config: { scheduler: { enabled: false } } });
      api = client(running, running.keys.test);
      live = client(running, running.keys.live);
      const other = await resolveToken(running.app.container, ORG_SERVICE).create({ name: 'Stranger', plan: 'growth' });
      strangerOrg = other.id;
      stranger = client(running, (await resolveToken(running.app.container, KEY_SERVICE).create({ orgId: other.id, livemode: false, name: 's', scopes: ['admin'] })).key);
      registry = resolveToken(running.app.container, AGENT_REGISTRY);
      // A metrics source as campaigns/analytics would provide it; empty until a test fills it.
      running.app.container.register(AGENT_METRICS_SOURCE, {
        useValue: { measure: async (ids: readonly string[] | 'all') => new Map([...measured].filter(([id]) => ids === 'all' || ids.includes(id))) },
      });
    });
    after(() => running.close());

    it("lists VELO with the reference's fields and types", async () => {
      const { status, body } = await api<Page>('/v1/agents?category=automotive&limit=20');
      assert.equal(status, 200);
      const velo = body.data.find((agent) => agent.id === 'agent_velo_automotive')!;
      assert.deepEqual(
        { ...velo, headline: undefined, avatar_url: undefined },
        {
          id: 'agent_velo_automotive',
          name: 'VELO',
          headline: undefined,
          category: 'automotive',
          subcategories: ['EV', 'luxury', 'safety'],
          use_cases: ['product_launch', 'review', 'lead_gen'],
          languages: ['en', 'de', 'ja', 'zh'],
          reach: 4200000,
          engagement_rate: 0.984,
          total_campaigns: 240,
          rating: 4.9,
          tier: 'flagship',
          status: 'available',
          visibility: 'marketplace',
          custom: false,
          owned: false,
          avatar_url: undefined,
          created_at: '2024-01-15T00:00:00.000Z',
        },
      );
      assert.match(String(velo.avatar_url), /\/cdn\/agents\/agent_velo_automotive\/assets\/avatar\.svg$/);
      assert.deepEqual(Object.keys(body.meta).sort(), ['limit', 'next_cursor', 'total']);
      assert.equal(body.meta.total, body.data.length);
      assert.ok(body.data.every((agent) => agent.category === 'automotive'));
    });

    it("shows LUMIÈRE's detail view with the reference's capabilities, performance and pricing", async () => {
      const { status, body } = await api<Record<string, unknown>>('/v1/agents/agent_lumiere_fashion');
      assert.equal(status, 200);
      assert.equal(body['name'], 'LUMIÈRE');
      assert.equal(body['headline'], 'High-fashion AI influencer with luxury expertise');
      assert.equal(body['category'], 'fashion_lifestyle');
      assert.deepEqual(body['capabilities'], { content_types: ['text', 'video_script', 'caption', 'review'], languages: 22, tone_modes: ['luxury', 'editorial', 'conversational'], real_time_streaming: true });
      assert.deepEqual(body['performance'], { avg_engagement_rate: 0.991, total_reach: 8700000, campaigns_completed: 410, avg_conversion_rate: 0.043 });
      assert.deepEqual(body['pricing'], { model: 'per_campaign', base_rate_usd: 299, included_in_plans: ['growth', 'enterprise'] });
      const persona = body['persona'] as { style_rules: string[]; example_posts: string[]; bio: string };
      assert.ok(persona.style_rules.length >= 3 && persona.example_posts.length >= 2 && persona.bio.includes('LUMIÈRE'));
    });

    it('answers 404 for an unknown agent', async () => {
      const { status, body } = await api<Problem>('/v1/agents/agent_nobody_here');
      assert.deepEqual([status, body.code], [404, 'agent_not_found']);
    });

    it('filters by category, use case (with synonyms), language and min_reach; meta.total counts every match', async () => {
      const all = await pageThrough(api, 'sort=reach', 100);
      const reviewers = await pageThrough(api, 'use_case=review', 7);
      assert.deepEqual(
        reviewers.map((agent) => agent.id).sort(),
        all.filter((agent) => agent.use_cases.some((useCase) => useCase === 'review' || useCase === 'product_review')).map((agent) => agent.id).sort(),
      );
      assert.ok(reviewers.some((agent) => agent.use_cases.includes('product_review')) && reviewers.some((agent) => agent.use_cases.includes('review')), 'both synonyms match');
      const { body } = await api<Page>('/v1/agents?language=ja&min_reach=1000000&use_case=product_launch&limit=2');
      const expected = all.filter((agent) => agent.languages.includes('ja') && agent.reach >= 1000000 && agent.use_cases.some((u) => u === 'product_launch' || u === 'brand_launch'));
      assert.ok(expected.length > 2);
      assert.equal(body.meta.total, expected.length);
      assert.deepEqual(body.data.map((agent) => agent.id), expected.slice(0, 2).map((agent) => agent.id));
      assert.equal((await api<Page>('/v1/agents?category=underwater_basket_weaving')).body.meta.total, 0);
    });

    it('pages through every agent with each sort, descending with ties by id, without a duplicate or a gap', async () => {
      // Custom agents start at zero: ties on every sort key, broken by id.
      for (const name of ['TIE A', 'TIE B', 'TIE C']) await registry.publish({ orgId: 'org_default', livemode: false }, customAgent(name, { visibility: 'marketplace' }));
      const everyone = await pageThrough(api, 'sort=reach', 100);
      assert.ok(everyone.length >= 45);
      for (const [sort, key] of Object.entries(sortKeys)) {
        const paged = await pageThrough(api, `sort=${sort}`, 4);
        assert.equal(new Set(paged.map((agent) => agent.id)).size, paged.length, `${sort}: no duplicate`);
        assert.deepEqual(paged.map((agent) => agent.id).sort(), everyone.map((agent) => agent.id).sort(), `${sort}: no gap`);
        const value = (agent: Agent) => (agent[key] as number | null) ?? 0;
        for (let i = 1; i < paged.length; i += 1) {
          const [a, b] = [paged[i - 1]!, paged[i]!];
          assert.ok(value(a) > value(b) || (value(a) === value(b) && a.id < b.id), `${sort}: ${a.id} before ${b.id}`);
        }
      }
    });

    it('keeps a cursor correct while agents are added', async () => {
      const first = await api<Page>('/v1/agents?sort=campaigns&limit=10');
      await registry.publish({ orgId: 'org_default', livemode: false }, customAgent('LATECOMER', { visibility: 'marketplace' }));
      const rest: Agent[] = [];
      for (let cursor = first.body.meta.next_cursor; cursor !== null; ) {
        const page = await api<Page>(`/v1/agents?sort=campaigns&limit=10&cursor=${cursor}`);
        rest.push(...page.body.data);
        cursor = page.body.meta.next_cursor;
      }
      const ids = [...first.body.data, ...rest].map((agent) => agent.id);
      assert.equal(new Set(ids).size, ids.length);
      assert.ok(ids.some((id) => id.startsWith('agent_latecomer_')), 'the new agent sorts after the first page and shows up');
    });

    it('refuses bad list input with a 400 problem naming the field', async () => {
      const cases: [string, string][] = [
        ['limit=0', 'limit'],
        ['limit=101', 'limit'],
        ['limit=ten', 'limit'],
        ['category=Not%20A%20Slug', 'category'],
        ['use_case=REVIEW', 'use_case'],
        ['language=eng', 'language'],
        ['min_reach=-1', 'min_reach'],
        ['sort=popularity', 'sort'],
        ['cursor=nonsense', 'cursor'],
        [`q=${'x'.repeat(201)}`, 'q'],
      ];
      for (const [query, field] of cases) {
        const { status, body } = await api<Problem>(`/v1/agents?${query}`);
        assert.equal(status, 400, query);
        assert.equal(body.code, 'validation_failed', query);
        assert.ok(body.errors?.some((error) => error.field.includes(field)), `${query}: ${JSON.stringify(body.errors)}`);
      }
      const reachCursor = (await api<Page>('/v1/agents?sort=reach&limit=1')).body.meta.next_cursor!;
      const crossed = await api<Problem>(`/v1/agents?sort=rating&limit=1&cursor=${reachCursor}`);
      assert.deepEqual([crossed.status, crossed.body.errors?.[0]?.field], [400, 'cursor']);
    });

    it('searches by prefix, folded diacritics and every field, ranked by relevance', async () => {
      const sustain = await api<Page>('/v1/agents?q=sustain');
      assert.equal(sustain.status, 200);
      assert.ok(sustain.body.data.some((agent) => agent.id === 'agent_verde_sustainable'));
      assert.ok(sustain.body.data.some((agent) => agent.id === 'agent_loop_resale' || agent.id === 'agent_thread_upcycle'), 'the category word matches too');
      assert.equal((await api<Page>('/v1/agents?q=lumiere')).body.data[0]?.id, 'agent_lumiere_fashion');
      assert.equal((await api<Page>('/v1/agents?q=LUMI%C3%88RE')).body.data[0]?.id, 'agent_lumiere_fashion');
      assert.equal((await api<Page>('/v1/agents?q=velo')).body.data[0]?.id, 'agent_velo_automotive', 'a name match ranks first');
      // Persona text and expertise domains are searched too.
      assert.ok((await api<Page>('/v1/agents?q=OEKO-TEX')).body.data.some((agent) => agent.id === 'agent_verde_sustainable'));
      assert.ok((await api<Page>('/v1/agents?q=powertrains')).body.data.some((agent) => agent.id === 'agent_velo_automotive'));
      // Every word is required.
      const both = await api<Page>('/v1/agents?q=marathon%20running');
      assert.deepEqual(both.body.data.map((agent) => agent.id), ['agent_stride_fitness']);
      assert.equal((await api<Page>('/v1/agents?q=marathon%20lipstick')).body.meta.total, 0);
    });

    it('combines search with filters and sorts, and pages relevance by (rank, id) without duplicates', async () => {
      const filtered = await api<Page>('/v1/agents?q=fashion&category=sustainable_fashion');
      assert.ok(filtered.body.meta.total >= 1);
      assert.ok(filtered.body.data.every((agent) => agent.category === 'sustainable_fashion'));
      const sorted = await api<Page>('/v1/agents?q=fashion&sort=reach&limit=100');
      const reaches = sorted.body.data.map((agent) => agent.reach);
      assert.deepEqual(reaches, [...reaches].sort((a, b) => b - a));
      const whole = await api<Page>('/v1/agents?q=a&limit=100');
      const paged = await pageThrough(api, 'q=a', 3);
      assert.ok(paged.length > 6);
      assert.equal(new Set(paged.map((agent) => agent.id)).size, paged.length);
      assert.deepEqual(paged.map((agent) => agent.id), whole.body.data.map((agent) => agent.id));
      assert.equal(whole.body.meta.total, paged.length);
    });

    it('treats search input as data: quotes, operators, parentheses and SQL never fail', async () => {
      for (const q of ['"', '"sustainable', 'sustain*', '*', 'NEAR(fashion luxury)', 'fashion OR tech', 'AND', '(((', ')', "'; drop table agents_agents; --", 'x" OR 1=1 --', '\\', '%', '_', 'café ☕', '🙂', 'col:name', '^velo', '-velo', '+velo', 'NOT']) {
        const { status, body } = await api<Page>(`/v1/agents?q=${encodeURIComponent(q)}`);
        assert.equal(status, 200, `${q}: ${JSON.stringify(body)}`);
        assert.ok(Array.isArray(body.data), q);
      }
      assert.ok((await api<Page>(`/v1/agents?q=${encodeURIComponent('"sustainable')}`)).body.meta.total >= 1, 'an unbalanced quote still searches the word');
      assert.equal((await api<Page>('/v1/agents?sort=reach')).body.meta.total >= 45, true, 'the table is still there');
    });

    it('shows each org its own private and public agents, every org marketplace ones, and keeps modes apart', async () => {
      const mine = { orgId: 'org_default', livemode: false };
      const hidden = await registry.publish(mine, customAgent('SECRET'));
      const open = await registry.publish(mine, customAgent('OPENBOOK', { visibility: 'public' }));
      const shop = await registry.publish(mine, customAgent('SHOPFRONT', { visibility: 'marketplace' }));
      const ids = async (call: Api) => (await pageThrough(call, 'sort=reach', 100)).map((agent) => agent.id);

      const own = await ids(api);
      assert.ok([hidden.id, open.id, shop.id].every((id) => own.includes(id)));
      const theirs = await ids(stranger);
      assert.ok(!theirs.includes(hidden.id) && !theirs.includes(open.id) && theirs.includes(shop.id));
      assert.ok(theirs.includes('agent_velo_automotive'));
      assert.equal((await stranger<Problem>(`/v1/agents/${hidden.id}`)).status, 404, 'another org never sees a private agent');
      assert.equal((await stranger<Agent>(`/v1/agents/${open.id}`)).body.owned, false, 'a public agent is readable by id');
      assert.equal((await api<Agent>(`/v1/agents/${open.id}`)).body.owned, true);
      assert.equal(await registry.findUsable({ orgId: strangerOrg, livemode: false }, hidden.id), null);
      assert.equal((await registry.findUsable({ orgId: strangerOrg, livemode: false }, open.id))?.id, open.id);

      const liveIds = await ids(live);
      assert.ok(![hidden.id, open.id, shop.id].some((id) => liveIds.includes(id)), 'test-mode agents stay out of live mode');
      assert.equal((await live(`/v1/agents/${open.id}`)).status, 404);
      assert.ok(liveIds.includes('agent_lumiere_fashion'));
    });

    it('narrows lists and detail views with X-Influgentic-Agent', async () => {
      const narrowed = client(running, running.keys.test, { 'x-influgentic-agent': 'agent_velo_automotive' });
      const { body } = await narrowed<Page>('/v1/agents');
      assert.deepEqual(body.data.map((agent) => agent.id), ['agent_velo_automotive']);
      assert.equal(body.meta.total, 1);
      assert.equal((await narrowed('/v1/agents/agent_lumiere_fashion')).status, 404);
      assert.equal((await narrowed('/v1/agents/agent_velo_automotive')).status, 200);
    });

    it('publishes a custom agent with its persona, in LlmPersona shape, starting at zero', async () => {
      const tenant = { orgId: 'org_default', livemode: false };
      const nova = await registry.publish(tenant, customAgent('NOVA', { id: 'agent_nova_custom_abc123', category: 'sustainable_fashion', use_cases: ['product_review', 'brand_launch'] }));
      assert.deepEqual([nova.id, nova.status, nova.custom, nova.owned, nova.version, nova.tier], ['agent_nova_custom_abc123', 'available', true, true, 1, 'custom']);
      const usable = await registry.findUsable(tenant, nova.id);
      assert.deepEqual(Object.keys(usable!.persona).sort(), ['adjectives', 'bio', 'category', 'example_posts', 'expertise_domains', 'headline', 'languages', 'name', 'style_rules', 'target_audience', 'tone_modes', 'topics']);
      assert.equal(usable!.persona.name, 'NOVA');
      assert.deepEqual(usable!.persona.languages, ['en', 'fr']);
      const detail = await api<Record<string, unknown>>(`/v1/agents/${nova.id}`);
      assert.deepEqual([detail.body['reach'], detail.body['engagement_rate'], detail.body['total_campaigns'], detail.body['rating']], [0, 0, 0, null]);
      assert.deepEqual(detail.body['performance'], { avg_engagement_rate: 0, total_reach: 0, campaigns_completed: 0, avg_conversion_rate: 0 });
      assert.equal((await api<Page>('/v1/agents?use_case=review&category=sustainable_fashion')).body.data.some((agent) => agent.id === nova.id), true, 'synonyms match custom agents too');
      const taken = await registry.publish(tenant, customAgent('NOVA2', { id: nova.id })).catch((error: { code: string }) => error);
      assert.equal((taken as { code: string }).code, 'agent_id_taken');
      const invalid = await registry.publish(tenant, customAgent('BAD', { languages: ['english'] })).catch((error: ProblemError) => error);
      assert.ok(invalid instanceof ProblemError);
      assert.deepEqual([invalid.code, invalid.status, invalid.options.errors?.[0]?.field], ['agent_invalid', 422, 'languages[0]']);
    });

    it('serves the previous version until a new one is published, and refuses versions that are not newer', async () => {
      const tenant = { orgId: 'org_default', livemode: false };
      const agent = await registry.publish(tenant, customAgent('ECHOLOT'));
      assert.equal((await registry.findUsable(tenant, agent.id))?.persona.bio, 'ECHOLOT shows how a kitchen can run on refills, compost and good habits.');
      const next = customAgent('ECHOLOT', { headline: 'ECHOLOT now covers repair cafés', persona: { ...customAgent('ECHOLOT').persona, bio: 'Version two: ECHOLOT repairs toasters and lamps at the repair café.' } });
      const { visibility: _visibility, ...version } = next;
      const published = await registry.publishVersion(tenant, agent.id, version);
      assert.equal(published.version, 2);
      assert.equal((await registry.findUsable(tenant, agent.id))?.persona.bio, 'Version two: ECHOLOT repairs toasters and lamps at the repair café.');
      assert.ok((await api<Page>('/v1/agents?q=toasters')).body.data.some((a) => a.id === agent.id), 'the search index follows the new version');
      assert.equal((await api<Page>('/v1/agents?q=refills%20echolot')).body.meta.total, 0, 'and forgets the old one');
      const stale = await registry.publishVersion(tenant, agent.id, { ...version, version: 2 }).catch((error: { code: string }) => error);
      assert.equal((stale as { code: string }).code, 'agent_version_conflict');
      assert.deepEqual((await registry.versions(tenant, agent.id)).map((v) => v.version), [1, 2]);
      const builtIn = await registry.publishVersion(tenant, 'agent_velo_automotive', version).catch((error: { code: string }) => error);
      assert.equal((builtIn as { code: string }).code, 'agent_not_owned');
      const foreign = await registry.retire({ orgId: strangerOrg, livemode: false }, agent.id).catch((error: { code: string }) => error);
      assert.equal((foreign as { code: string }).code, 'agent_not_found');
    });

    it('changes visibility at once, and retires: gone from lists and search, still resolvable by id', async () => {
      const tenant = { orgId: 'org_default', livemode: false };
      const agent = await registry.publish(tenant, customAgent('FAREWELL'));
      assert.equal((await stranger(`/v1/agents/${agent.id}`)).status, 404);
      await registry.setVisibility(tenant, agent.id, 'marketplace');
      assert.ok((await pageThrough(stranger, 'q=farewell', 10)).some((a) => a.id === agent.id));
      const retired = await registry.retire(tenant, agent.id);
      assert.equal(retired.status, 'retired');
      assert.equal((await registry.retire(tenant, agent.id)).status, 'retired', 'retiring twice returns it unchanged');
      assert.ok(!(await pageThrough(api, 'sort=reach', 100)).some((a) => a.id === agent.id));
      assert.equal((await api<Page>('/v1/agents?q=farewell')).body.meta.total, 0);
      const detail = await api<Agent>(`/v1/agents/${agent.id}`);
      assert.deepEqual([detail.status, detail.body.status], [200, 'retired']);
      assert.equal((await registry.findUsable(tenant, agent.id))?.status, 'retired');
      const again = await registry.publishVersion(tenant, agent.id, { ...customAgent('FAREWELL'), visibility: undefined }).catch((error: { code: string }) => error);
      assert.equal((again as { code: string }).code, 'agent_retired');
    });

    it('adds measured live counts to the baseline, recomputing rates from the sums', async () => {
      measured.set('agent_velo_automotive', { impressions_30d: 800000, impressions: 1000000, engagements: 10000, campaigns: 2, campaigns_completed: 1, leads: 400, conversions: 100, ratings_count: 10, ratings_sum: 30 });
      const detail = await api<Record<string, unknown>>('/v1/agents/agent_velo_automotive');
      // Baseline 31.5M impressions at 0.984 -> 30,996,000 engagements; plus 1M and 10k.
      assert.equal(detail.body['reach'], 5000000);
      assert.equal(detail.body['engagement_rate'], Math.round(((30996000 + 10000) / 32500000) * 10000) / 10000);
      assert.equal(detail.body['total_campaigns'], 242);
      assert.equal(detail.body['rating'], Math.round((961 / 200) * 100) / 100);
      assert.deepEqual(detail.body['performance'], { avg_engagement_rate: detail.body['engagement_rate'], total_reach: 32500000, campaigns_completed: 232, avg_conversion_rate: Math.round(((3936 + 100) / 96400) * 10000) / 10000 });
      // Lists sort by stored figures: they follow after a refresh.
      assert.equal((await api<Page>('/v1/agents?category=automotive')).body.data.find((a) => a.id === 'agent_velo_automotive')?.reach, 4200000);
      await registry.refreshMetrics();
      assert.equal((await api<Page>('/v1/agents?category=automotive')).body.data.find((a) => a.id === 'agent_velo_automotive')?.reach, 5000000);
      assert.equal((await api<Page>('/v1/agents?min_reach=4900000&category=automotive')).body.meta.total, 1);
      measured.clear();
      await registry.refreshMetrics();
      assert.equal((await api<Page>('/v1/agents?category=automotive')).body.data.find((a) => a.id === 'agent_velo_automotive')?.reach, 4200000, 'counts no longer measured go back to the baseline');
    });
  });
});

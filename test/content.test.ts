// The content plugin through the real request path, on SQLite and Postgres: the reference's
// content example, defaults, warnings, bad input that stores nothing, the stored record and
// its event, listing with filters and cursors, and tenant isolation. Test keys write with the
// builtin provider; live keys with a scripted fake provider.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { resolveToken } from '../core/container.js';
import { forEachBackend } from '../core/db/testing.js';
import { KEY_SERVICE, ORG_SERVICE } from '../core/org/tokens.js';
import { DATABASE } from '../core/tokens.js';
import { startInProcess, type RunningApp } from '../core/testing/in-process.js';
import { builtinPlugins } from '../plugins/index.js';
import { AGENT_REGISTRY, type AgentRegistry } from '../plugins/agents/tokens.js';
import { CONTENT_SERVICE, type GenerationStep } from '../plugins/content/tokens.js';
import { FakeProvider, fakeProviderPlugin } from '../plugins/content/testing/fake-provider.js';

type Json = Record<string, any>;
type Api = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: Json }>;

function client(running: RunningApp, key: string): Api {
  return async (method, path, body) => {
    const response = await fetch(`${running.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };
}

/** The reference's content example, verbatim. */
const referenceBody = {
  content_type: 'product_review',
  product: { name: 'Nike Air Zoom Pegasus 41', key_claims: ['ReactX foam', 'wider toe box'], target_use: 'marathon training' },
  format: 'instagram_caption',
  length: 'medium',
  language: 'en',
  include_cta: true,
  stream: false,
};

const persona = {
  bio: 'Shows how a kitchen can run on refills, compost and good habits.',
  topics: ['zero waste'],
  adjectives: ['practical'],
  style_rules: ['One habit per post.'],
  example_posts: ['Refill jars, not bins.'],
  expertise_domains: ['zero waste living'],
  target_audience: 'households_25_45',
};

const contentFields = ['id', 'agent_id', 'campaign_id', 'session_id', 'content_type', 'format', 'channel', 'language', 'length', 'tone', 'text', 'cta', 'hashtags', 'disclosures', 'compliance', 'ai_generated', 'warnings', 'tokens', 'latency_ms', 'provider', 'model', 'finish_reason', 'created_at'];

forEachBackend((backend) => {
  describe('content', () => {
    let running: RunningApp;
    let api: Api;
    let live: Api;
    let stranger: Api;
    let registry: AgentRegistry;
    const fake = new FakeProvider();

    async function stored(): Promise<number> {
      const db = resolveToken(running.app.container, DATABASE);
      const row = await sql<{ n: number }>`select count(*) as n from content_contents`.execute(db.kysely);
      return Number(row.rows[0]?.n);
    }

    async function eventsFor(contentId: string): Promise<Json[]> {
      const db = resolveToken(running.app.container, DATABASE);
      const rows = await sql<{ name: string; payload: string; aggregate_id: string }>`select name, payload, aggregate_id from events_outbox where aggregate_id = ${contentId}`.execute(db.kysely);
      return rows.rows.map((row) => ({ name: row.name, payload: JSON.parse(row.payload) }));
    }

    before(async () => {
      running = await startInProcess({
        databaseUrl: await backend.freshUrl(),
        plugins: [...builtinPlugins, fakeProviderPlugin(fake)],
        config: { llm: { provider: 'fake' }, ratelimit: { plans: { growth: { read: 100000, write: 100000, generate: 100000, events: 100000 } } } },
      });
      api = client(running, running.keys.test);
      live = client(running, running.keys.live);
      const other = await resolveToken(running.app.container, ORG_SERVICE).create({ name: 'Stranger', plan: 'growth' });
      stranger = client(running, (await resolveToken(running.app.container, KEY_SERVICE).create({ orgId: other.id, livemode: false, name: 's', scopes: ['admin'] })).key);
      registry = resolveToken(running.app.container, AGENT_REGISTRY);
    });
    after(() => running.close());

    describe('POST /v1/agents/{agent_id}/content', () => {
      it('answers the reference example verbatim with a stored content object carrying every field', async () => {
        const { status, body } = await api('POST', '/v1/agents/agent_stride_fitness/content', referenceBody);
        assert.equal(status, 201);
        assert.deepEqual(Object.keys(body).sort(), [...contentFields].sort());
        assert.match(body.id, /^cnt_/);
        assert.match(body.session_id, /^sess_/);
        assert.equal(body.agent_id, 'agent_stride_fitness');
        assert.equal(body.campaign_id, null);
        assert.equal(body.content_type, 'product_review');
        assert.equal(body.format, 'post');
        assert.equal(body.channel, 'instagram_caption');
        assert.equal(body.language, 'en');
        assert.equal(body.length, 'medium');
        assert.equal(body.ai_generated, true);
        assert.equal(body.provider, 'builtin');
        assert.equal(body.model, null);
        assert.equal(body.finish_reason, 'stop');
        assert.deepEqual(body.warnings, []);
        assert.ok(body.text.includes('Nike Air Zoom Pegasus 41'));
        assert.ok(body.cta && body.text.includes(body.cta), 'the CTA is in the text');
        assert.ok([...body.text].length <= 2200, 'within the instagram caption limit');
        assert.ok(body.tokens > 0);
        const again = await api('GET', `/v1/content/${body.id}`);
        assert.equal(again.status, 200);
        assert.deepEqual(again.body, body);
      });

      it('emits agent.content_generated with the content object in the same transaction', async () => {
        const { body } = await api('POST', '/v1/agents/agent_velo_automotive/content', { content_type: 'product_launch', product: { name: 'EV Series X Pro' } });
        const events = await eventsFor(body.id);
        assert.equal(events.length, 1);
        assert.equal(events[0]?.name, 'agent.content_generated');
        assert.deepEqual(events[0]?.payload, body);
      });

      it('fills the defaults: first primary format, medium, en, a CTA, standard compliance, the agent\'s first tone', async () => {
        const agent = await registry.findUsable({ orgId: 'org_default', livemode: false }, 'agent_velo_automotive');
        for (const [type, format] of [['product_review', 'post'], ['testimonial', 'quote'], ['trivia', 'question'], ['lead_magnet', 'post']] as const) {
          const { status, body } = await api('POST', '/v1/agents/agent_velo_automotive/content', { content_type: type, product: { name: 'EV Series X Pro' } });
          assert.equal(status, 201);
          assert.equal(body.format, format, type);
          assert.equal(body.channel, null);
          assert.equal(body.length, 'medium');
          assert.equal(body.language, 'en');
          assert.equal(body.tone, agent?.tone_modes[0]);
          assert.equal(body.compliance.mode, 'standard');
          assert.ok(body.cta !== null && body.text.includes(body.cta));
        }
      });

      it('leaves out the CTA when include_cta is false', async () => {
        const { body } = await api('POST', '/v1/agents/agent_velo_automotive/content', { content_type: 'product_launch', product: { name: 'EV Series X Pro' }, include_cta: false });
        assert.equal(body.cta, null);
        assert.ok(!body.text.includes('Be among the first'));
      });

      it('warns about a format outside the type\'s table, an unlisted language or tone, and a language fallback', async () => {
        const outside = await api('POST', '/v1/agents/agent_velo_automotive/content', { content_type: 'product_review', product: { name: 'EV Series X Pro' }, format: 'quiz' });
        assert.equal(outside.status, 201);
        assert.equal(outside.body.format, 'quiz');
        assert.deepEqual(outside.body.warnings.map((w: Json) => w.code), ['format_outside_type']);
        // VELO lists en, de, ja, zh.
        const french = await api('POST', '/v1/agents/agent_velo_automotive/content', { content_type: 'product_launch', product: { name: 'EV Series X Pro' }, language: 'fr', tone: 'sarcastic' });
        assert.equal(french.body.language, 'fr');
        assert.deepEqual(french.body.warnings.map((w: Json) => w.code).sort(), ['agent_language_unlisted', 'agent_tone_unlisted']);
        assert.equal(french.body.tone, 'sarcastic');
        const japanese = await api('POST', '/v1/agents/agent_velo_automotive/content', { content_type: 'product_launch', product: { name: 'EV Series X Pro' }, language: 'ja' });
        assert.equal(japanese.status, 201);
        assert.equal(japanese.body.language, 'en');
        const fallback = japanese.body.warnings.find((w: Json) => w.code === 'language_fallback');
        assert.ok(fallback, 'language_fallback from the provider');
        assert.match(fallback.message, /ja/);
        assert.deepEqual(japanese.body.disclosures, ['#ad', '#AIgenerated'], 'disclosures in the language written');
      });

      it('maps a channel format onto the type\'s short form and keeps a tweet within 280 characters', async () => {
        for (const language of ['en', 'de', 'fr', 'es', 'hi']) {
          const { body } = await api('POST', '/v1/agents/agent_velo_automotive/content', { content_type: 'product_launch', product: { name: 'EV Series X Pro', key_features: ['800km range', 'AI-drive'] }, format: 'tweet', length: 'long', language });
          assert.equal(body.format, 'post');
          assert.equal(body.channel, 'tweet');
          assert.ok([...body.text].length <= 280, `${language}: ${[...body.text].length} characters`);
          for (const disclosure of body.disclosures) assert.ok(body.text.includes(disclosure));
        }
        const quote = await api('POST', '/v1/agents/agent_velo_automotive/content', { content_type: 'testimonial', product: { name: 'EV Series X Pro' }, format: 'social_post' });
        assert.equal(quote.body.format, 'quote');
        assert.ok([...quote.body.text].length <= 500);
        const tiktok = await api('POST', '/v1/agents/agent_velo_automotive/content', { content_type: 'product_review', product: { name: 'EV Series X Pro' }, format: 'tiktok_script', length: 'long' });
        assert.equal(tiktok.body.format, 'video_script');
        assert.equal(tiktok.body.channel, 'tiktok_script');
        const spoken = tiktok.body.text.replace(tiktok.body.cta, '').replace('#ad #AIgenerated', '').trim().split(/\s+/u).length;
        assert.ok(spoken <= 150, `a TikTok script is about 60 seconds spoken: ${spoken} words`);
      });

      it('cuts a provider that ignores the channel limit, disclosures kept', async () => {
        fake.next({ chunks: ['word '.repeat(200)] });
        const { body } = await live('POST', '/v1/agents/agent_velo_automotive/content', { content_type: 'product_launch', product: { name: 'EV Series X Pro' }, format: 'tweet' });
        assert.equal(body.provider, 'fake');
        assert.equal(body.model, 'fake-1');
        assert.ok([...body.text].length <= 280);
        assert.ok(body.text.endsWith('#ad #AIgenerated'));
        assert.equal(body.finish_reason, 'length');
        const request = fake.calls.at(-1)?.request;
        assert.ok(request?.maxCharacters !== undefined && request.maxCharacters <= 280 - '\n\n#ad #AIgenerated'.length, 'the provider is told the room left');
      });

      it('refuses bad input with a problem naming the field, and stores nothing', async () => {
        const before = await stored();
        const unknownAgent = await api('POST', '/v1/agents/agent_nobody_here/content', referenceBody);
        assert.equal(unknownAgent.status, 404);
        assert.equal(unknownAgent.body.code, 'agent_not_found');
        assert.equal(unknownAgent.body.errors[0].field, 'agent_id');

        const format = await api('POST', '/v1/agents/agent_velo_automotive/content', { ...referenceBody, format: 'blog_post' });
        assert.equal(format.status, 400);
        assert.equal(format.body.code, 'validation_failed');
        assert.equal(format.body.errors[0].field, 'format');
        for (const allowed of ['post', 'instagram_caption', 'tweet', 'joint_announcement']) assert.ok(format.body.errors[0].message.includes(allowed), allowed);

        const language = await api('POST', '/v1/agents/agent_velo_automotive/content', { ...referenceBody, language: 'english' });
        assert.equal(language.status, 400);
        assert.equal(language.body.errors[0].field, 'language');

        const missing = await api('POST', '/v1/agents/agent_velo_automotive/content', { product: { name: 'X' } });
        assert.equal(missing.status, 400);
        assert.equal(missing.body.errors[0].field, 'content_type');
        assert.equal(await stored(), before);
      });

      it('answers a failing provider with its problem and stores nothing', async () => {
        const before = await stored();
        fake.next({ failAtStart: true });
        const failed = await live('POST', '/v1/agents/agent_velo_automotive/content', { content_type: 'trivia', product: { name: 'X' } });
        assert.equal(failed.status, 503);
        assert.equal(failed.body.code, 'llm_unavailable');
        assert.equal(await stored(), before);
      });

      it('404s another organization\'s private agent and 409s a retired one', async () => {
        const before = await stored();
        const other = await resolveToken(running.app.container, ORG_SERVICE).create({ name: 'Owner', plan: 'growth' });
        const secret = await registry.publish({ orgId: other.id, livemode: false }, {
          name: 'Hidden',
          headline: 'A private agent',
          category: 'home',
          languages: ['en'],
          persona,
          visibility: 'private',
        });
        const hidden = await api('POST', `/v1/agents/${secret.id}/content`, referenceBody);
        assert.equal(hidden.status, 404);
        assert.equal(hidden.body.code, 'agent_not_found');

        const mine = await registry.publish({ orgId: 'org_default', livemode: false }, {
          name: 'Retiree',
          headline: 'Soon gone',
          category: 'home',
          languages: ['en'],
          tone_modes: ['calm'],
          persona,
          visibility: 'private',
        });
        const ok = await api('POST', `/v1/agents/${mine.id}/content`, referenceBody);
        assert.equal(ok.status, 201);
        assert.equal(ok.body.tone, 'calm');
        await registry.retire({ orgId: 'org_default', livemode: false }, mine.id);
        const retired = await api('POST', `/v1/agents/${mine.id}/content`, referenceBody);
        assert.equal(retired.status, 409);
        assert.equal(retired.body.code, 'agent_retired');
        assert.equal(await stored(), before + 1);
      });
    });

    describe('CONTENT_SERVICE (for the campaigns plugin)', () => {
      it('streams for a campaign, with a retired agent the campaign keeps using, and stores the campaign id', async () => {
        const service = resolveToken(running.app.container, CONTENT_SERVICE);
        const tenant = { orgId: 'org_default', livemode: false };
        const agent = await registry.publish(tenant, { name: 'Veteran', headline: 'Retires soon', category: 'home', languages: ['en'], persona, visibility: 'private' });
        await registry.retire(tenant, agent.id);
        const input = { content_type: 'product_launch' as const, product: { name: 'EV Series X Pro' }, compliance_mode: 'strict' as const };
        await assert.rejects(service.prepare(tenant, agent.id, input), { code: 'agent_retired' });
        const prepared = await service.prepare(tenant, agent.id, input, { campaignId: 'camp_svc1', allowRetiredAgent: true });
        const steps: GenerationStep[] = [];
        await (await service.stream(prepared, new AbortController().signal)).pipe((step) => steps.push(step));
        assert.deepEqual([steps[0]?.event.type, steps.at(-1)?.event.type], ['agent_start', 'content_complete']);
        const content = steps.at(-1)?.content;
        assert.ok(content);
        assert.equal(content.campaign_id, 'camp_svc1');
        assert.equal(content.compliance.mode, 'strict');
        assert.equal(content.session_id, prepared.sessionId);
        assert.deepEqual((await eventsFor(content.id)).map((e) => e.name), ['agent.content_generated']);
        const narrowed = (await service.prepare({ ...tenant, agentId: 'agent_zen_yoga' }, 'agent_velo_automotive', input).catch((error: unknown) => error)) as Json;
        assert.equal(narrowed.code, 'agent_not_found', 'X-Influgentic-Agent narrows which agent may generate');
      });
    });

    describe('GET /v1/content', () => {
      it('lists newest first with filters and cursors, scoped to the org and mode', async () => {
        const stranger0 = await stranger('POST', '/v1/agents/agent_velo_automotive/content', { content_type: 'trivia', product: { name: 'Elsewhere' } });
        assert.equal(stranger0.status, 201);
        const service = resolveToken(running.app.container, CONTENT_SERVICE);
        const tenant = { orgId: 'org_default', livemode: false };
        const prepared = await service.prepare(tenant, 'agent_zen_yoga', { content_type: 'trivia', product: { name: 'Mat' } }, { campaignId: 'camp_list1' });
        const forCampaign = await service.generate(prepared, new AbortController().signal);
        assert.equal(forCampaign.campaign_id, 'camp_list1');
        const made: string[] = [];
        for (let i = 0; i < 3; i += 1) made.push((await api('POST', '/v1/agents/agent_zen_yoga/content', { content_type: 'trivia', product: { name: `Mat ${i}` } })).body.id);

        const all = await api('GET', '/v1/content?limit=100');
        assert.equal(all.status, 200);
        assert.equal(all.body.meta.total, all.body.data.length);
        const ids = all.body.data.map((c: Json) => c.id);
        assert.deepEqual(ids, [...ids].sort().reverse(), 'newest first');
        assert.ok(!ids.includes(stranger0.body.id), 'another org\'s content is not listed');
        assert.ok(all.body.data.every((c: Json) => c.ai_generated === true));

        const byAgent = await api('GET', '/v1/content?agent_id=agent_zen_yoga&limit=2');
        assert.equal(byAgent.body.meta.total, 4);
        assert.deepEqual(byAgent.body.data.map((c: Json) => c.id), [made[2], made[1]]);
        const page2 = await api('GET', `/v1/content?agent_id=agent_zen_yoga&limit=2&cursor=${byAgent.body.meta.next_cursor}`);
        assert.deepEqual(page2.body.data.map((c: Json) => c.id), [made[0], forCampaign.id]);
        assert.equal(page2.body.meta.next_cursor, null);

        const byCampaign = await api('GET', '/v1/content?campaign_id=camp_list1');
        assert.deepEqual(byCampaign.body.data.map((c: Json) => c.id), [forCampaign.id]);
        const byType = await api('GET', '/v1/content?content_type=trivia&limit=100');
        assert.ok(byType.body.data.every((c: Json) => c.content_type === 'trivia'));
        assert.ok(byType.body.data.length >= 4);

        const liveList = await live('GET', '/v1/content?limit=100');
        assert.ok(liveList.body.data.every((c: Json) => c.provider === 'fake'), 'a live key sees live content only');
        const badCursor = await api('GET', '/v1/content?cursor=cur_nonsense');
        assert.equal(badCursor.status, 400);
        assert.equal(badCursor.body.errors[0].field, 'cursor');
      });

      it('narrows to the agent of X-Influgentic-Agent', async () => {
        const velo = (await api('POST', '/v1/agents/agent_velo_automotive/content', { content_type: 'trivia', product: { name: 'Narrow' } })).body;
        const headers = { authorization: `Bearer ${running.keys.test}`, 'x-influgentic-agent': 'agent_zen_yoga' };
        const list = (await (await fetch(`${running.baseUrl}/v1/content?limit=100`, { headers })).json()) as Json;
        assert.ok(list.data.length > 0);
        assert.ok(list.data.every((c: Json) => c.agent_id === 'agent_zen_yoga'));
        assert.equal((await fetch(`${running.baseUrl}/v1/content/${velo.id}`, { headers })).status, 404);
        const other = await fetch(`${running.baseUrl}/v1/agents/agent_velo_automotive/content`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(referenceBody) });
        assert.equal(other.status, 404);
      });

      it('GET /v1/content/{id} is 404 for another org\'s or mode\'s content', async () => {
        const { body } = await api('POST', '/v1/agents/agent_velo_automotive/content', { content_type: 'trivia', product: { name: 'X' } });
        assert.equal((await stranger('GET', `/v1/content/${body.id}`)).status, 404);
        const fromLive = await live('GET', `/v1/content/${body.id}`);
        assert.equal(fromLive.status, 404);
        assert.equal(fromLive.body.code, 'content_not_found');
      });
    });
  });
});

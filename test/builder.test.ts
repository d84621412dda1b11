// The agent builder over HTTP: the reference's NOVA example from `training` to `ready`
// (202 fields, step log and scores, the registry with its visibility, generation in its
// voice, agent.build_complete), refusals, listing, retraining while the previous version
// serves, and retiring. On SQLite and Postgres.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { forEachBackend } from '../core/db/testing.js';
import { resolveToken } from '../core/container.js';
import { AGENT_REGISTRY } from '../plugins/agents/tokens.js';
import { BUILD_STORE, TRAINING_PIPELINE } from '../plugins/builder/service/internal-tokens.js';
import { eventsOf, nova, startHarness, waitForBuild, type Harness, type Json } from '../plugins/builder/testing/harness.js';

const base = 'https://api.influgentic.com';
const acceptedFields = ['id', 'name', 'status', 'estimated_ready_at', 'dashboard_url', 'api_endpoint'];
const stepNames = ['compile_persona', 'write_samples', 'evaluate', 'publish'];
const review = {
  content_type: 'product_review',
  product: { name: 'Nike Air Zoom Pegasus 41', key_claims: ['ReactX foam', 'wider toe box'], target_use: 'marathon training' },
  format: 'instagram_caption',
  length: 'long',
  language: 'en',
  include_cta: true,
  stream: false,
};

forEachBackend((backend) => {
  describe('builder', () => {
    let h: Harness;
    let novaId = '';
    const tenant = () => ({ orgId: 'org_default', livemode: false });

    before(async () => {
      h = await startHarness(await backend.freshUrl(), { config: { public_base_url: base } });
    });
    after(() => h.running.close());

    it("accepts the reference's NOVA example with the reference's 202 fields, then trains it to ready", async () => {
      const startedAt = Date.now();
      const { status, body, headers } = await h.test('POST', '/v1/builder/agents', nova);
      assert.equal(status, 202, JSON.stringify(body));
      assert.deepEqual(Object.keys(body), acceptedFields);
      assert.match(body.id, /^agent_nova_custom_[a-z0-9]+$/);
      novaId = body.id;
      assert.equal(body.name, 'NOVA');
      assert.equal(body.status, 'training');
      assert.equal(body.dashboard_url, `${base}/dashboard/agents/${body.id}`);
      assert.equal(body.api_endpoint, `${base}/v1/agents/${body.id}`);
      assert.equal(headers.get('location'), `/v1/builder/agents/${body.id}`);
      // The builtin provider trains in seconds: builder.builtin_ready_seconds (10) from now.
      const eta = Date.parse(body.estimated_ready_at) - startedAt;
      assert.ok(eta >= 9_000 && eta <= 60_000, `estimated_ready_at ${body.estimated_ready_at} is about 10 s away`);

      const build = await waitForBuild(h.test, body.id);
      assert.equal(build.status, 'ready', JSON.stringify(build.error));
      assert.equal(build.progress, 1);
      assert.equal(build.step, null);
      assert.equal(build.version, 1);
      assert.equal(build.serving_version, 1);
      assert.equal(build.error, null);
      assert.equal(build.estimated_ready_at, null);
      assert.deepEqual(build.steps.map((s: Json) => [s.name, s.status, s.attempts]), stepNames.map((name) => [name, 'done', 1]));
      for (const step of build.steps) assert.ok(step.log.length > 0 && step.started_at !== null && step.finished_at !== null, `${step.name} has a log and times`);
      // Samples per use case, language and length (medium, long): 2 x 3 x 2.
      assert.equal(build.steps[1].log.length, 12);
      assert.deepEqual(Object.keys(build.steps[2].scores).sort(), ['disclosure', 'language', 'length', 'no_template_holes', 'on_topic']);
      const { on_topic: onTopic, ...others } = build.steps[2].scores;
      assert.deepEqual(others, { disclosure: 1, language: 1, no_template_holes: 1, length: 1 });
      // On topic: the share of samples voicing an expertise term (the product is neutral).
      assert.ok(onTopic >= 0.5 && onTopic <= 1, `on_topic ${onTopic}`);
      assert.deepEqual(build.expertise_domains, nova.expertise_domains);
      assert.deepEqual(build.languages, nova.languages);
      assert.deepEqual(build.use_cases, nova.use_cases);
      assert.equal(build.target_audience, nova.target_audience);
      assert.equal(build.persona_prompt, nova.persona_prompt);

      const events = await eventsOf(h.running, body.id);
      assert.deepEqual(events.map((e) => e.name), ['agent.build_complete']);
      assert.equal(events[0]!.payload.status, 'ready');
      assert.equal(events[0]!.payload.id, body.id);
    });

    it('publishes NOVA into the registry with its persona and visibility rules', async () => {
      const { status, body } = await h.test('GET', `/v1/agents/${novaId}`);
      assert.equal(status, 200);
      assert.equal(body.status, 'available');
      assert.equal(body.visibility, 'private');
      assert.equal(body.custom, true);
      assert.equal(body.owned, true);
      assert.equal(body.tier, 'custom');
      assert.deepEqual(body.persona.expertise_domains, nova.expertise_domains);
      assert.ok(body.persona.topics.includes('OEKO-TEX') && body.persona.topics.includes('supply chain transparency'), JSON.stringify(body.persona.topics));
      assert.ok(!body.persona.topics.includes('NOVA'), 'the name is not a topic');
      assert.deepEqual(body.persona.adjectives, ['knowledgeable', 'inspiring']);
      assert.ok(body.persona.style_rules.includes('Never sound preachy.'), JSON.stringify(body.persona.style_rules));
      assert.deepEqual(body.capabilities.tone_modes, ['knowledgeable', 'inspiring']);
      assert.deepEqual(body.capabilities.content_types, ['product_review', 'product_launch']);
      // Private: listed for its organization only, and no other organization can read it.
      assert.ok((await h.test('GET', '/v1/agents?limit=100')).body.data.some((a: Json) => a.id === novaId));
      assert.ok(!(await h.stranger('GET', '/v1/agents?limit=100')).body.data.some((a: Json) => a.id === novaId));
      assert.equal((await h.stranger('GET', `/v1/agents/${novaId}`)).status, 404);
      assert.equal((await h.live('GET', `/v1/agents/${novaId}`)).status, 404, 'a test-mode build is not a live agent');
    });

    it('generates content in its voice: its expertise terms appear in builtin output', async () => {
      const { status, body } = await h.test('POST', `/v1/agents/${novaId}/content`, review);
      assert.equal(status, 201, JSON.stringify(body));
      const text = String(body.text).toLowerCase();
      const terms = nova.expertise_domains.filter((term) => text.includes(term));
      assert.ok(terms.length > 0, `no expertise term in: ${body.text}`);
    });

    it('refuses a duplicate name in the organization with 409 agent_name_taken, but another organization may use it', async () => {
      const { status, body } = await h.test('POST', '/v1/builder/agents', nova);
      assert.equal(status, 409);
      assert.equal(body.code, 'agent_name_taken');
      assert.equal(body.errors[0].field, 'name');
      const other = await h.stranger('POST', '/v1/builder/agents', nova);
      assert.equal(other.status, 202);
      await waitForBuild(h.stranger, other.body.id);
    });

    it('refuses malformed input with 400 naming the field, and writes nothing', async () => {
      const before = (await h.test('GET', '/v1/builder/agents')).body.meta.total;
      const cases: [Json, string][] = [
        [{ persona_prompt: 'Too short to be a persona.' }, 'persona_prompt'],
        [{ persona_prompt: 'x'.repeat(8001) }, 'persona_prompt'],
        [{ languages: ['eng'] }, 'languages'],
        [{ expertise_domains: [] }, 'expertise_domains'],
        [{ visibility: 'secret' }, 'visibility'],
        [{ use_cases: ['Product Review'] }, 'use_cases'],
        [{ category: undefined }, 'category'],
      ];
      for (const [patch, field] of cases) {
        const { status, body } = await h.test('POST', '/v1/builder/agents', { ...nova, name: 'Refused', ...patch });
        assert.equal(status, 400, `${field}: ${JSON.stringify(body)}`);
        assert.ok(body.errors.some((e: Json) => String(e.field).startsWith(field)), `${field} named in ${JSON.stringify(body.errors)}`);
      }
      assert.equal((await h.test('GET', '/v1/builder/agents')).body.meta.total, before);
    });

    it('applies defaults: English, private, expertise derived from the prompt', async () => {
      const { status, body } = await h.test('POST', '/v1/builder/agents', { name: 'Terra', category: 'home', persona_prompt: 'Terra is a calm voice specializing in indoor plants and small-space gardening. Tone: warm, practical.' });
      assert.equal(status, 202);
      const build = await waitForBuild(h.test, body.id);
      assert.equal(build.status, 'ready', JSON.stringify(build.error));
      assert.deepEqual(build.languages, ['en']);
      assert.equal(build.visibility, 'private');
      assert.deepEqual(build.expertise_domains, ['indoor plants', 'small-space gardening']);
      assert.equal(build.target_audience, null);
    });

    it('warns, without refusing, about a language the builtin generator has no phrasing for', async () => {
      const { status, body } = await h.test('POST', '/v1/builder/agents', { ...nova, name: 'Kaya', languages: ['en', 'sw'], use_cases: ['product_review'] });
      assert.equal(status, 202);
      assert.deepEqual(body.warnings.map((w: Json) => w.code), ['language_fallback']);
      assert.match(body.warnings[0].message, /language sw/);
      const build = await waitForBuild(h.test, body.id);
      assert.equal(build.status, 'ready', JSON.stringify(build.error));
      assert.equal(build.steps[2].scores.language, 1);
      await h.test('DELETE', `/v1/builder/agents/${body.id}`);
    });

    it('replays a create with the same Idempotency-Key instead of building twice', async () => {
      const post = () =>
        fetch(`${h.running.baseUrl}/v1/builder/agents`, {
          method: 'POST',
          headers: { authorization: `Bearer ${h.running.keys.test}`, 'content-type': 'application/json', 'idempotency-key': 'build-once-1' },
          body: JSON.stringify({ ...nova, name: 'Once' }),
        });
      const first = await post();
      const second = await post();
      assert.equal(first.status, 202);
      assert.equal(second.status, 202);
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      const [a, b] = [(await first.json()) as Json, (await second.json()) as Json];
      assert.equal(a.id, b.id);
      await waitForBuild(h.test, a.id);
      await h.test('DELETE', `/v1/builder/agents/${a.id}`);
    });

    it("lists the organization's builds newest first with a status filter and cursors; others' builds are 404", async () => {
      const all = await h.test('GET', '/v1/builder/agents');
      assert.equal(all.status, 200);
      assert.deepEqual(all.body.data.map((b: Json) => [b.name, b.status]), [['Once', 'retired'], ['Kaya', 'retired'], ['Terra', 'ready'], ['NOVA', 'ready']]);
      assert.deepEqual((await h.test('GET', '/v1/builder/agents?status=ready')).body.data.map((b: Json) => b.name), ['Terra', 'NOVA']);
      const first = await h.test('GET', '/v1/builder/agents?status=ready&limit=1');
      assert.equal(first.body.data[0].name, 'Terra');
      const second = await h.test('GET', `/v1/builder/agents?status=ready&limit=1&cursor=${first.body.meta.next_cursor}`);
      assert.deepEqual(second.body.data.map((b: Json) => b.name), ['NOVA']);
      assert.equal(second.body.meta.next_cursor, null);
      assert.equal((await h.test('GET', '/v1/builder/agents?status=failed')).body.meta.total, 0);
      assert.equal((await h.stranger('GET', `/v1/builder/agents/${novaId}`)).status, 404);
      assert.equal((await h.test('GET', '/v1/builder/agents/agent_velo_automotive')).status, 404, 'built-in agents are not builds');
      assert.equal((await h.stranger('GET', '/v1/builder/agents')).body.data.length, 1);
    });

    it('changes visibility alone at once (200), without a new version', async () => {
      const { status, body } = await h.test('PATCH', `/v1/builder/agents/${novaId}`, { visibility: 'public' });
      assert.equal(status, 200);
      assert.equal(body.visibility, 'public');
      assert.equal(body.version, 1);
      assert.equal((await h.stranger('GET', `/v1/agents/${novaId}`)).status, 200, 'public: readable by id by anyone');
      const same = await h.test('PATCH', `/v1/builder/agents/${novaId}`, { name: 'NOVA', languages: ['en', 'fr', 'de'] });
      assert.equal(same.status, 200, 'fields that hold their current values change nothing');
      assert.equal(same.body.version, 1);
    });

    it('retrains on a persona change (202, version 2) while version 1 keeps serving, then serves version 2', async () => {
      const { status, body } = await h.test('PATCH', `/v1/builder/agents/${novaId}`, { expertise_domains: [...nova.expertise_domains, 'repair culture'] });
      assert.equal(status, 202);
      assert.equal(body.status, 'training');
      assert.equal(body.version, 2);
      assert.equal(body.serving_version, 1);
      const serving = await h.test('GET', `/v1/agents/${novaId}`);
      assert.equal(serving.body.status, 'available');
      const ready = await waitForBuild(h.test, novaId);
      assert.equal(ready.status, 'ready', JSON.stringify(ready.error));
      assert.equal(ready.serving_version, 2);
      const agent = await h.test('GET', `/v1/agents/${novaId}`);
      assert.ok(agent.body.persona.expertise_domains.includes('repair culture'));
      const versions = await resolveToken(h.running.app.container, AGENT_REGISTRY).versions(tenant(), novaId);
      assert.deepEqual(versions.map((v) => v.version), [1, 2]);
      assert.equal(versions[0]!.snapshot.persona.expertise_domains.includes('repair culture'), false);
      assert.deepEqual((await eventsOf(h.running, novaId)).map((e) => [e.name, e.payload.version]), [['agent.build_complete', 1], ['agent.build_complete', 2]]);
    });

    it('refuses a rename to a name the organization already uses', async () => {
      const { status, body } = await h.test('PATCH', `/v1/builder/agents/${novaId}`, { name: 'Terra' });
      assert.equal(status, 409);
      assert.equal(body.code, 'agent_name_taken');
      for (const [patch, field] of [[{ persona_prompt: 'short' }, 'persona_prompt'], [{ languages: ['EN'] }, 'languages'], [{ expertise_domains: [] }, 'expertise_domains'], [{ colour: 'red' }, 'colour']] as const) {
        const refused = await h.test('PATCH', `/v1/builder/agents/${novaId}`, patch);
        assert.equal(refused.status, 400, JSON.stringify(refused.body));
        assert.ok(refused.body.errors.some((e: Json) => String(e.field).startsWith(field)), `${field} named in ${JSON.stringify(refused.body.errors)}`);
      }
      assert.equal((await h.test('PATCH', `/v1/builder/agents/${novaId}`, {})).status, 400);
      assert.equal((await h.test('GET', `/v1/builder/agents/${novaId}`)).body.version, 2, 'nothing was retrained');
    });

    it('retires through the registry: gone from lists, still readable by id, existing campaigns keep running', async () => {
      const campaign = await h.test('POST', '/v1/campaigns', {
        agent_id: novaId,
        type: 'product_review',
        name: 'Before retirement',
        product: { name: 'Recycled denim jacket', key_features: ['GOTS cotton'] },
        budget_usd: 100,
      });
      assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
      const { status, body } = await h.test('DELETE', `/v1/builder/agents/${novaId}`);
      assert.equal(status, 200);
      assert.equal(body.status, 'retired');
      assert.deepEqual((await h.test('DELETE', `/v1/builder/agents/${novaId}`)).body, body, 'retiring twice returns it unchanged');
      assert.equal((await h.test('GET', `/v1/agents/${novaId}`)).body.status, 'retired');
      assert.ok(!(await h.test('GET', '/v1/agents?limit=100')).body.data.some((a: Json) => a.id === novaId));
      assert.equal((await h.test('POST', `/v1/agents/${novaId}/content`, review)).status, 409);
      const kept = await h.test('GET', `/v1/campaigns/${campaign.body.id}`);
      assert.equal(kept.status, 200);
      assert.equal(kept.body.status, 'active');
      // ...and still generates with the retired agent, through the content service.
      const streamed = await fetch(`${h.running.baseUrl}/v1/campaigns/${campaign.body.id}/stream`, {
        method: 'POST',
        headers: { authorization: `Bearer ${h.running.keys.test}`, 'content-type': 'application/json' },
      });
      assert.equal(streamed.status, 200);
      const sse = await streamed.text();
      assert.match(sse, /"type":"agent_start","agent":"NOVA"/);
      assert.match(sse, /"type":"content_complete"/);
      const patched = await h.test('PATCH', `/v1/builder/agents/${novaId}`, { visibility: 'private' });
      assert.equal(patched.status, 409);
      assert.equal(patched.body.code, 'agent_retired');
      assert.ok((await h.test('GET', '/v1/builder/agents?status=retired')).body.data.some((b: Json) => b.id === novaId));
    });
  });
});

forEachBackend((backend) => {
  describe('builder, a change during training', () => {
    let h: Harness;
    before(async () => {
      // A pause after each step keeps the first build training while the test changes it.
      h = await startHarness(await backend.freshUrl(), { config: { builder: { step_delay_ms: 400 } } });
    });
    after(() => h.running.close());

    it('stops the running build and trains the next version from the merged fields; only that one is published', async () => {
      const { body } = await h.test('POST', '/v1/builder/agents', nova);
      await waitForBuild(h.test, body.id, (b) => b.steps[0].status === 'done');
      const patched = await h.test('PATCH', `/v1/builder/agents/${body.id}`, { languages: ['en'] });
      assert.equal(patched.status, 202);
      assert.equal(patched.body.version, 2);
      assert.equal(patched.body.serving_version, null);
      assert.deepEqual(patched.body.steps.map((s: Json) => s.status), ['pending', 'pending', 'pending', 'pending']);
      const build = await waitForBuild(h.test, body.id);
      assert.equal(build.status, 'ready', JSON.stringify(build.error));
      assert.equal(build.version, 2);
      assert.equal(build.serving_version, 2);
      assert.equal(build.steps[1].log.length, 4, 'samples for the merged fields: 2 use cases x 1 language x 2 lengths');
      const versions = await resolveToken(h.running.app.container, AGENT_REGISTRY).versions({ orgId: 'org_default', livemode: false }, body.id);
      assert.deepEqual(versions.map((v) => v.version), [2]);
      assert.deepEqual((await eventsOf(h.running, body.id)).map((e) => e.payload.version), [2], 'the replaced build emits nothing');
    });

    it('keeps serving the previous version while the next one trains', async () => {
      const { body } = await h.test('POST', '/v1/builder/agents', { ...nova, name: 'Steady', languages: ['en'] });
      await waitForBuild(h.test, body.id);
      const patched = await h.test('PATCH', `/v1/builder/agents/${body.id}`, { expertise_domains: ['repair culture'] });
      assert.equal(patched.status, 202);
      const mid = await waitForBuild(h.test, body.id, (b) => b.steps[1].status === 'done');
      assert.equal(mid.status, 'training');
      const serving = await h.test('GET', `/v1/agents/${body.id}`);
      assert.equal(serving.body.status, 'available');
      assert.deepEqual(serving.body.persona.expertise_domains, nova.expertise_domains, 'version 1 still serves');
      const generated = await h.test('POST', `/v1/agents/${body.id}/content`, { content_type: 'product_review', product: { name: 'Denim' } });
      assert.equal(generated.status, 201, 'and generates');
      const ready = await waitForBuild(h.test, body.id);
      assert.equal(ready.serving_version, 2);
      assert.deepEqual((await h.test('GET', `/v1/agents/${body.id}`)).body.persona.expertise_domains, ['repair culture']);
    });

    it('a repeated publish step (a crash after publishing, before recording it) does not publish twice', async () => {
      const { body } = await h.test('POST', '/v1/builder/agents', { ...nova, name: 'Twice', languages: ['en'] });
      const ready = await waitForBuild(h.test, body.id);
      const container = h.running.app.container;
      const tenant = { orgId: 'org_default', livemode: false };
      // The row as the crash left it: publish running, nothing recorded.
      const steps = ready.steps.map((step: Json) => (step.name === 'publish' ? { ...step, status: 'running', log: [] } : step));
      await resolveToken(container, BUILD_STORE).update(tenant, body.id, { status: 'training', step: 'publish', steps: JSON.stringify(steps), serving_version: null, progress: 0.75 });
      await resolveToken(container, TRAINING_PIPELINE).run({ ...tenant, agentId: body.id, version: 1 }, new AbortController().signal, false);
      const build = (await h.test('GET', `/v1/builder/agents/${body.id}`)).body;
      assert.equal(build.status, 'ready');
      assert.equal(build.serving_version, 1);
      assert.match(build.steps[3].log[0], /v1 was already published/);
      assert.deepEqual((await resolveToken(container, AGENT_REGISTRY).versions(tenant, body.id)).map((v) => v.version), [1]);
    });

    it('retires a build in training: it stops and nothing is published', async () => {
      const { body } = await h.test('POST', '/v1/builder/agents', { ...nova, name: 'Brief' });
      await waitForBuild(h.test, body.id, (b) => b.steps[0].status === 'done');
      const retired = await h.test('DELETE', `/v1/builder/agents/${body.id}`);
      assert.equal(retired.body.status, 'retired');
      await new Promise((resolve) => setTimeout(resolve, 1200));
      const build = (await h.test('GET', `/v1/builder/agents/${body.id}`)).body;
      assert.equal(build.status, 'retired');
      assert.equal(build.steps[1].status, 'pending', 'no step ran after the retirement');
      assert.equal((await h.test('GET', `/v1/agents/${body.id}`)).status, 404);
    });
  });
});

// Agent assets through the real request path: upload, list, the public CDN and its headers,
// and every refusal (names, types, bytes, size, ownership), on SQLite and Postgres.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { resolveToken } from '../core/container.js';
import { forEachBackend } from '../core/db/testing.js';
import { KEY_SERVICE, ORG_SERVICE } from '../core/org/tokens.js';
import { startInProcess, type RunningApp } from '../core/testing/in-process.js';
import agents from '../plugins/agents/index.js';
import { loadCatalog } from '../plugins/agents/service/catalog.js';
import { AGENT_REGISTRY } from '../plugins/agents/tokens.js';

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><circle r="4"/></svg>');

forEachBackend((backend) => {
  describe('agent assets', () => {
    let running: RunningApp;
    let agentId: string;
    let strangerKey: string;

    const put = (key: string, id: string, name: string, type: string, body: Buffer) =>
      fetch(`${running.baseUrl}/v1/agents/${id}/assets/${name}`, { method: 'PUT', headers: { authorization: `Bearer ${key}`, 'content-type': type }, body });
    const get = (path: string, headers: Record<string, string> = {}) => fetch(`${running.baseUrl}${path}`, { headers });

    before(async () => {
      running = await startInProcess({ plugins: [agents], databaseUrl: await backend.freshUrl(), config: { agents: { asset_max_bytes: 4096 } } });
      const agent = await resolveToken(running.app.container, AGENT_REGISTRY).publish(
        { orgId: 'org_default', livemode: false },
        {
          name: 'NOVA',
          headline: 'Sustainable fashion voice',
          category: 'sustainable_fashion',
          languages: ['en'],
          persona: { bio: 'NOVA writes about circular fashion.', topics: ['circular fashion'], adjectives: ['warm'], style_rules: ['Name the fibre.'], example_posts: ['Mend first.'], expertise_domains: ['sustainable textiles'], target_audience: null },
          visibility: 'public',
        },
      );
      agentId = agent.id;
      const other = await resolveToken(running.app.container, ORG_SERVICE).create({ name: 'Other', plan: 'growth' });
      strangerKey = (await resolveToken(running.app.container, KEY_SERVICE).create({ orgId: other.id, livemode: false, name: 'o', scopes: ['admin'] })).key;
    });
    after(() => running.close());

    it('stores an asset (201), replaces it (200), lists it and serves it publicly with cache and safety headers', async () => {
      const created = await put(running.keys.test, agentId, 'cover.png', 'image/png', png);
      assert.equal(created.status, 201);
      const asset = (await created.json()) as { name: string; etag: string; url: string; size_bytes: number; content_type: string };
      assert.deepEqual([asset.name, asset.size_bytes, asset.content_type], ['cover.png', png.length, 'image/png']);
      assert.match(asset.url, new RegExp(`/cdn/agents/${agentId}/assets/cover\\.png$`));

      const served = await get(`/cdn/agents/${agentId}/assets/cover.png`);
      assert.equal(served.status, 200);
      assert.deepEqual(Buffer.from(await served.arrayBuffer()), png);
      assert.equal(served.headers.get('content-type'), 'image/png');
      assert.equal(served.headers.get('etag'), asset.etag);
      assert.equal(served.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(served.headers.get('cache-control'), 'public, max-age=3600');
      assert.equal(served.headers.get('content-security-policy'), null);
      assert.equal((await get(`/cdn/agents/${agentId}/assets/cover.png`, { 'if-none-match': asset.etag })).status, 304);

      const bigger = Buffer.concat([png, Buffer.alloc(10, 1)]);
      const replaced = await put(running.keys.test, agentId, 'cover.png', 'image/png', bigger);
      assert.equal(replaced.status, 200);
      const newEtag = ((await replaced.json()) as { etag: string }).etag;
      assert.notEqual(newEtag, asset.etag);
      assert.equal((await get(`/cdn/agents/${agentId}/assets/cover.png`, { 'if-none-match': asset.etag })).status, 200, 'a stale ETag gets the new bytes');

      await put(running.keys.test, agentId, 'badge.svg', 'image/svg+xml', svg);
      const svgServed = await get(`/cdn/agents/${agentId}/assets/badge.svg`);
      assert.equal(svgServed.headers.get('content-security-policy'), "default-src 'none'; style-src 'unsafe-inline'; sandbox");

      const listed = await get(`/v1/agents/${agentId}/assets?limit=1`, { authorization: `Bearer ${running.keys.test}` });
      const page = (await listed.json()) as { data: { name: string }[]; meta: { total: number; next_cursor: string | null } };
      assert.deepEqual([page.data.map((a) => a.name), page.meta.total], [['badge.svg'], 2]);
      const second = (await (await get(`/v1/agents/${agentId}/assets?limit=1&cursor=${page.meta.next_cursor}`, { authorization: `Bearer ${running.keys.test}` })).json()) as { data: { name: string }[]; meta: { next_cursor: string | null } };
      assert.deepEqual([second.data.map((a) => a.name), second.meta.next_cursor], [['cover.png'], null]);
    });

    it('gives every built-in agent a generated SVG avatar', async () => {
      const listed = (await (await get('/v1/agents/agent_lumiere_fashion/assets', { authorization: `Bearer ${running.keys.test}` })).json()) as { data: { name: string; content_type: string }[] };
      assert.deepEqual(listed.data.map((a) => [a.name, a.content_type]), [['avatar.svg', 'image/svg+xml']]);
      const avatar = await get('/cdn/agents/agent_lumiere_fashion/assets/avatar.svg');
      assert.equal(avatar.status, 200);
      const text = await avatar.text();
      assert.match(text, /^<svg /);
      assert.ok(text.includes('LU') && text.includes('#8e2d56'), 'initials and category colours');
      for (const agent of loadCatalog()) {
        const served = await get(`/cdn/agents/${agent.id}/assets/avatar.svg`);
        assert.deepEqual([served.status, served.headers.get('content-type')], [200, 'image/svg+xml'], agent.id);
        assert.ok((await served.text()).includes(`aria-label="${agent.name}"`), agent.id);
      }
      const velo = (await (await get('/v1/agents/agent_velo_automotive', { authorization: `Bearer ${running.keys.test}` })).json()) as { avatar_url: string };
      assert.equal((await fetch(velo.avatar_url.replace(/^https?:\/\/[^/]+/, running.baseUrl))).status, 200, 'avatar_url points at the CDN');
    });

    it('refuses unsafe names, unsupported types, mismatched bytes and oversize bodies, writing nothing', async () => {
      const key = running.keys.test;
      for (const name of ['..%2Fx', '%2Fetc%2Fpasswd', '.hidden', 'a%5Cb', 'nul%00byte', 'x'.repeat(129)]) {
        const response = await put(key, agentId, name, 'image/png', png);
        assert.equal(response.status, 400, name);
        // NUL bytes are refused by the kernel before routing; the rest by the contract's name pattern.
        if (!name.includes('%00')) assert.equal(((await response.json()) as { code: string }).code, 'validation_failed', name);
      }
      const unsupported = await put(key, agentId, 'page.html', 'text/html', Buffer.from('<html></html>'));
      assert.equal(unsupported.status, 415);
      const mismatch = await put(key, agentId, 'fake.png', 'image/png', Buffer.from('<html><script>alert(1)</script></html>'));
      assert.deepEqual([mismatch.status, ((await mismatch.json()) as { code: string }).code], [422, 'asset_content_mismatch']);
      const tooBig = await put(key, agentId, 'huge.png', 'image/png', Buffer.concat([png, Buffer.alloc(5000)]));
      assert.deepEqual([tooBig.status, ((await tooBig.json()) as { code: string }).code], [413, 'payload_too_large']);
      const names = ((await (await get(`/v1/agents/${agentId}/assets?limit=100`, { authorization: `Bearer ${key}` })).json()) as { data: { name: string }[] }).data.map((a) => a.name);
      assert.ok(!names.some((name) => ['page.html', 'fake.png', 'huge.png'].includes(name)), names.join());
      assert.equal((await get(`/cdn/agents/${agentId}/assets/fake.png`)).status, 404);
    });

    it('lets only the owner store assets: built-in and foreign agents are 403, invisible ones 404', async () => {
      const builtIn = await put(running.keys.test, 'agent_velo_automotive', 'x.png', 'image/png', png);
      assert.deepEqual([builtIn.status, ((await builtIn.json()) as { code: string }).code], [403, 'agent_not_owned']);
      const foreign = await put(strangerKey, agentId, 'x.png', 'image/png', png);
      assert.deepEqual([foreign.status, ((await foreign.json()) as { code: string }).code], [403, 'agent_not_owned']);
      const unknown = await put(running.keys.test, 'agent_nobody', 'x.png', 'image/png', png);
      assert.equal(unknown.status, 404);
      const missing = await get(`/cdn/agents/${agentId}/assets/nothing.png`);
      assert.deepEqual([missing.status, ((await missing.json()) as { code: string }).code], [404, 'asset_not_found']);
    });
  });
});

// Leads (personal data: captured with a counted event and lead.captured, listed as JSON or
// CSV, erased while the counts stay) and tracking links (a public redirect that counts a
// click without storing the IP). On SQLite and Postgres.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { resolveToken } from '../core/container.js';
import { forEachBackend } from '../core/db/testing.js';
import { CORE_CONFIG, DATABASE } from '../core/tokens.js';
import { startHarness, type Harness, type Json } from '../plugins/campaigns/testing/harness.js';
import { createCampaign, outbox } from '../plugins/analytics/testing/helpers.js';

forEachBackend((backend) => {
  describe('analytics: leads and tracking links', () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(await backend.freshUrl(), { start: '2025-01-01T00:00:00.000Z' });
    });
    after(() => h.running.close());

    it('captures a lead: stored, counted as a lead event and announced as lead.captured', async () => {
      const campaign = await createCampaign(h.test);
      const reply = await h.test('POST', `/v1/campaigns/${campaign.id}/leads`, { email: 'priya@example.org', name: 'Priya Sharma', consent: true, language: 'hi', channel: 'instagram', attributes: { city: 'Pune' } });
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
      assert.match(reply.body.id, /^lead_/);
      assert.deepEqual({ ...reply.body, id: 'x' }, { id: 'x', campaign_id: campaign.id, email: 'priya@example.org', name: 'Priya Sharma', consent: true, attributes: { city: 'Pune' }, language: 'hi', channel: 'instagram', content_id: null, created_at: '2025-01-01T00:00:00.000Z' });
      const events = await outbox(h, campaign.id, 'lead.captured');
      assert.deepEqual(events, [reply.body]);
      const report = await h.test('GET', `/v1/analytics/campaigns/${campaign.id}`);
      assert.equal(report.body.summary.leads_generated, 1);
      assert.equal(report.body.breakdown_by_language.hi.leads, 1);
      assert.equal(report.body.breakdown_by_channel.instagram.leads, 1);
    });

    it('refuses a malformed email naming the field, and a campaign of another org, writing nothing', async () => {
      const campaign = await createCampaign(h.test);
      // `a@b` passes the contract's format check; the service's own check refuses it.
      for (const email of ['not-an-email', 'a@b', 'two@@example.org']) {
        const bad = await h.test('POST', `/v1/campaigns/${campaign.id}/leads`, { email });
        assert.equal(bad.status, 400, email);
        assert.ok(JSON.stringify(bad.body.errors).includes('email'), JSON.stringify(bad.body));
      }
      const foreign = await h.stranger('POST', `/v1/campaigns/${campaign.id}/leads`, { email: 'x@example.org' });
      assert.equal(foreign.status, 404);
      assert.equal(foreign.body.code, 'campaign_not_found');
      assert.equal((await h.test('GET', `/v1/campaigns/${campaign.id}/leads`)).body.meta.total, 0);
      assert.equal((await h.test('GET', `/v1/analytics/campaigns/${campaign.id}`)).body.summary.leads_generated, 0);
    });

    it('lists leads newest first in pages, or every one as CSV', async () => {
      const campaign = await createCampaign(h.test);
      const ids: string[] = [];
      for (let i = 0; i < 5; i += 1) {
        const lead = await h.test('POST', `/v1/campaigns/${campaign.id}/leads`, { email: `p${i}@example.org`, ...(i === 0 ? { name: 'Doe, "Jo"', attributes: { note: 'a,b' } } : {}) });
        ids.push(lead.body.id);
      }
      const first = await h.test('GET', `/v1/campaigns/${campaign.id}/leads?limit=2`);
      assert.equal(first.status, 200);
      assert.deepEqual(first.body.data.map((lead: Json) => lead.id), [ids[4], ids[3]]);
      assert.equal(first.body.meta.total, 5);
      const second = await h.test('GET', `/v1/campaigns/${campaign.id}/leads?limit=2&cursor=${first.body.meta.next_cursor}`);
      assert.deepEqual(second.body.data.map((lead: Json) => lead.id), [ids[2], ids[1]]);
      const last = await h.test('GET', `/v1/campaigns/${campaign.id}/leads?limit=2&cursor=${second.body.meta.next_cursor}`);
      assert.deepEqual(last.body.data.map((lead: Json) => lead.id), [ids[0]]);
      assert.equal(last.body.meta.next_cursor, null);

      const csv = await fetch(`${h.running.baseUrl}/v1/campaigns/${campaign.id}/leads`, { headers: { authorization: `Bearer ${h.running.keys.test}`, accept: 'text/csv' } });
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
      const lines = (await csv.text()).split('\r\n');
      assert.equal(lines[0], 'id,campaign_id,email,name,consent,language,channel,content_id,created_at,attributes');
      assert.equal(lines.length, 7, 'header, five leads, and the final line end');
      assert.equal(lines[5], `${ids[0]},${campaign.id},p0@example.org,"Doe, ""Jo""",false,,,,2025-01-01T00:00:00.000Z,"{""note"":""a,b""}"`);
      assert.equal(lines[6], '');
    });

    it('erases a lead for good while its lead event still counts', async () => {
      const campaign = await createCampaign(h.test);
      const lead = (await h.test('POST', `/v1/campaigns/${campaign.id}/leads`, { email: 'gone@example.org', name: 'Gone Soon' })).body;
      assert.equal((await h.stranger('DELETE', `/v1/campaigns/${campaign.id}/leads/${lead.id}`)).status, 404);
      const erased = await h.test('DELETE', `/v1/campaigns/${campaign.id}/leads/${lead.id}`);
      assert.equal(erased.status, 200);
      assert.deepEqual(erased.body, { id: lead.id, deleted: true });
      assert.equal((await h.test('GET', `/v1/campaigns/${campaign.id}/leads`)).body.meta.total, 0);
      const again = await h.test('DELETE', `/v1/campaigns/${campaign.id}/leads/${lead.id}`);
      assert.equal(again.status, 404);
      assert.equal(again.body.code, 'lead_not_found');
      assert.equal((await h.test('GET', `/v1/analytics/campaigns/${campaign.id}`)).body.summary.leads_generated, 1);
      // No copy of the personal data is left in analytics' tables.
      const db = resolveToken(h.running.app.container, DATABASE).kysely;
      const rows = await db.selectFrom('analytics_events').selectAll().where('campaign_id', '=', campaign.id).execute();
      assert.equal(rows.length, 1);
      assert.ok(!JSON.stringify(rows).includes('gone@example.org') && !JSON.stringify(rows).includes('Gone Soon'));
    });

    it('makes a tracking link whose public URL counts a click (UA class, referrer host, no IP) and redirects with 302', async () => {
      const campaign = await createCampaign(h.test);
      const created = await h.test('POST', `/v1/campaigns/${campaign.id}/links`, { url: 'https://example.org/ev?utm_source=influgentic', channel: 'instagram', language: 'en' });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const link = created.body;
      assert.match(link.id, /^lnk_/);
      assert.equal(link.short_url, `${resolveToken(h.running.app.container, CORE_CONFIG).public_base_url}/t/${link.code}`);
      assert.deepEqual([link.campaign_id, link.channel, link.language, link.content_id], [campaign.id, 'instagram', 'en', null]);
      const followed = await fetch(`${h.running.baseUrl}/t/${link.code}`, {
        redirect: 'manual',
        headers: { 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148', referer: 'https://l.instagram.com/some/path?u=secret' },
      });
      assert.equal(followed.status, 302);
      assert.equal(followed.headers.get('location'), 'https://example.org/ev?utm_source=influgentic');
      assert.equal(followed.headers.get('cache-control'), 'no-store');
      const db = resolveToken(h.running.app.container, DATABASE).kysely;
      const click = await db.selectFrom('analytics_events').selectAll().where('campaign_id', '=', campaign.id).executeTakeFirstOrThrow();
      assert.equal(click.type, 'click');
      assert.equal(click.ua_class, 'mobile');
      assert.equal(click.referrer_host, 'l.instagram.com');
      assert.ok(!JSON.stringify(click).includes('127.0.0.1'), 'no IP address stored');
      const report = await h.test('GET', `/v1/analytics/campaigns/${campaign.id}`);
      assert.equal(report.body.summary.total_clicks, 1);
      assert.equal(report.body.breakdown_by_channel.instagram.clicks, 1);
      assert.equal(report.body.breakdown_by_language.en.clicks, 1);
    });

    it('answers an unknown code with a 404 problem, never a redirect, and refuses non-http targets', async () => {
      const unknown = await fetch(`${h.running.baseUrl}/t/nOsUchCode`, { redirect: 'manual' });
      assert.equal(unknown.status, 404);
      assert.match(unknown.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.equal(((await unknown.json()) as Json).code, 'link_not_found');
      const campaign = await createCampaign(h.test);
      const ftp = await h.test('POST', `/v1/campaigns/${campaign.id}/links`, { url: 'ftp://example.org/file' });
      assert.equal(ftp.status, 400);
      assert.ok(JSON.stringify(ftp.body.errors).includes('url'));
      assert.equal((await h.stranger('POST', `/v1/campaigns/${campaign.id}/links`, { url: 'https://example.org' })).status, 404);
    });
  });
});

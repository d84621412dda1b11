// EndpointStore.anySubscribed (asked on every emit: does any endpoint want this event?) keeps
// its answers while webhooks_revision stands, a counter the database bumps on every endpoint
// change that could change an answer. These tests hold it to never being stale: two apps on
// one database stand for two processes, and whatever one of them changes (or SQL changes
// behind both), the other's next answer sees.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { resolveToken } from '../core/container.js';
import { forEachBackend } from '../core/db/testing.js';
import { DATABASE } from '../core/tokens.js';
import { startInProcess, type RunningApp } from '../core/testing/in-process.js';
import webhooks from '../plugins/webhooks/index.js';
import type { EndpointStore } from '../plugins/webhooks/db/endpoint-store.js';
import type { WebhookTables } from '../plugins/webhooks/db/schema.js';
import { ENDPOINT_STORE } from '../plugins/webhooks/service/internal-tokens.js';

const tenant = { orgId: 'org_default', livemode: false };
const CONTENT = 'agent.content_generated';
const CAMPAIGN = 'campaign.created';

forEachBackend((backend) => {
  describe('webhook subscriptions, answered once per revision', () => {
    let here: RunningApp;
    let elsewhere: RunningApp;
    let mine: EndpointStore;
    let theirs: EndpointStore;
    let n = 0;
    const kysely = () => resolveToken(here.app.container, DATABASE).kysely;
    const revision = async () => Number((await sql<{ revision: number }>`select revision from webhooks_revision where id = 1`.execute(kysely())).rows[0]?.revision);
    /** An endpoint `elsewhere` creates, as its EndpointService would store it. */
    async function endpoint(events: readonly string[], owner = tenant): Promise<string> {
      const id = `wh_cache_${(n += 1)}`;
      const now = new Date().toISOString();
      await theirs.insert(owner, {
        id,
        url: 'https://hooks.example.com/in',
        events: JSON.stringify(events),
        enabled: 1,
        disabled_reason: null,
        secret: 'sealed',
        previous_secret: null,
        previous_secret_expires_at: null,
        failing_since: null,
        created_at: now,
        updated_at: now,
      });
      return id;
    }
    const change = (id: string, assignment: ReturnType<typeof sql>) => sql`update webhooks_endpoints set ${assignment} where id = ${id}`.execute(kysely());

    before(async () => {
      const databaseUrl = await backend.freshUrl();
      const config = { secrets: { master_key: randomBytes(32).toString('base64') } };
      here = await startInProcess({ plugins: [webhooks], databaseUrl, config });
      elsewhere = await startInProcess({ plugins: [webhooks], databaseUrl, config });
      mine = resolveToken(here.app.container, ENDPOINT_STORE);
      theirs = resolveToken(elsewhere.app.container, ENDPOINT_STORE);
    });
    after(async () => {
      await elsewhere.close();
      await here.close();
    });

    it("sees another process's new endpoint and SQL's changes to it on the next answer", async () => {
      assert.equal(await mine.anySubscribed(tenant, CONTENT), false);
      assert.equal(await mine.anySubscribed(tenant, CONTENT), false, 'asked again: kept');
      const id = await endpoint([CONTENT]);
      assert.equal(await mine.anySubscribed(tenant, CONTENT), true, 'a new endpoint elsewhere');
      assert.equal(await mine.anySubscribed(tenant, CAMPAIGN), false);

      await change(id, sql`events = ${JSON.stringify([CAMPAIGN])}`);
      assert.deepEqual([await mine.anySubscribed(tenant, CONTENT), await mine.anySubscribed(tenant, CAMPAIGN)], [false, true], 'events changed in SQL');
      await change(id, sql`enabled = 0`);
      assert.equal(await mine.anySubscribed(tenant, CAMPAIGN), false, 'disabled');
      await change(id, sql`enabled = 1, events = ${JSON.stringify(['*'])}`);
      assert.equal(await mine.anySubscribed(tenant, CONTENT), true, 'enabled again, for every event');
      await change(id, sql`livemode = 1`);
      assert.equal(await mine.anySubscribed(tenant, CONTENT), false, 'moved to live mode');
      assert.equal(await mine.anySubscribed({ ...tenant, livemode: true }, CONTENT), true);
      await change(id, sql`livemode = 0, org_id = 'org_other'`);
      assert.equal(await mine.anySubscribed(tenant, CONTENT), false, 'moved to another org');
      await change(id, sql`org_id = ${tenant.orgId}`);
      assert.equal(await mine.anySubscribed(tenant, CONTENT), true);
      await sql`delete from webhooks_endpoints where id = ${id}`.execute(kysely());
      assert.equal(await mine.anySubscribed(tenant, CONTENT), false, 'deleted');
    });

    it('stamps the table anew for each change that could change an answer, and not for bookkeeping', async () => {
      const seen = new Set([await revision()]);
      const stamped = async (what: string) => {
        const now = await revision();
        assert.ok(!seen.has(now), `${what}: a stamp not seen before`);
        seen.add(now);
      };
      const id = await endpoint([CONTENT]);
      await stamped('insert');
      const changes = [sql`events = ${JSON.stringify([CAMPAIGN])}`, sql`enabled = 0`, sql`livemode = 1`, sql`org_id = 'org_other'`];
      for (const [i, assignment] of changes.entries()) {
        await change(id, assignment);
        await stamped(`change ${i + 1} of ${changes.length}`);
      }
      const before = await revision();
      await change(id, sql`failing_since = created_at, updated_at = created_at, secret = 'rotated', previous_secret = 'sealed', url = 'https://hooks.example.com/moved', disabled_reason = 'disabled_by_user'`);
      await change(id, sql`enabled = enabled, events = events`);
      assert.equal(await revision(), before, 'deliveries\' bookkeeping, the URL and unchanged values leave it');
      await sql`delete from webhooks_endpoints where id = ${id}`.execute(kysely());
      await stamped('delete');
    });

    it('keeps nothing it read inside a transaction that rolled back', async () => {
      const id = await endpoint([CONTENT]);
      assert.equal(await mine.anySubscribed(tenant, CONTENT), true);
      // A transaction disables the endpoint, asks (its own view: no), and rolls back.
      await kysely()
        .transaction()
        .execute(async (trx) => {
          await sql`update webhooks_endpoints set enabled = 0 where id = ${id}`.execute(trx);
          assert.equal(await mine.anySubscribed(tenant, CONTENT, trx as unknown as Kysely<WebhookTables>), false);
          throw new Error('rolled back');
        })
        .catch((error: unknown) => assert.equal((error as Error).message, 'rolled back'));
      // The next change commits (another tenant's endpoint): a +1 counter would now stand at
      // the number the rolled-back transaction had, and its answer would be served.
      await endpoint(['*'], { orgId: 'org_other', livemode: false });
      assert.equal(await mine.anySubscribed(tenant, CONTENT), true, 'the endpoint is enabled: the rollback undid the change');
      await sql`delete from webhooks_endpoints where id = ${id}`.execute(kysely());
    });

    // Last: it drops the triggers of this database.
    it('answers from what it kept while the revision stands, and asks again when it moves', async () => {
      const id = await endpoint([CONTENT]);
      assert.equal(await mine.anySubscribed(tenant, CONTENT), true);
      if (backend.name === 'sqlite') {
        for (const name of ['insert', 'update', 'delete']) await sql.raw(`drop trigger webhooks_endpoints_revision_${name}`).execute(kysely());
      } else {
        await sql`drop trigger webhooks_endpoints_revision on webhooks_endpoints`.execute(kysely());
      }
      await change(id, sql`enabled = 0`);
      assert.equal(await mine.anySubscribed(tenant, CONTENT), true, 'the revision stood: the kept answer, not a new probe');
      await sql`update webhooks_revision set revision = revision + 1 where id = 1`.execute(kysely());
      assert.equal(await mine.anySubscribed(tenant, CONTENT), false, 'the revision moved: asked again');
      await sql`delete from webhooks_revision`.execute(kysely());
      await change(id, sql`enabled = 1`);
      assert.equal(await mine.anySubscribed(tenant, CONTENT), true, 'no revision row: every answer is a probe');
      await change(id, sql`enabled = 0`);
      assert.equal(await mine.anySubscribed(tenant, CONTENT), false);
    });
  });
});

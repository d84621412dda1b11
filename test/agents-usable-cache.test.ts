// findUsable keeps parsed agents between calls (plugins/agents/service/usable-cache.ts). These
// tests hold it to never being stale: two apps on one database stand for two processes, and
// whatever one of them changes (or SQL changes behind both), the other's next lookup sees.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { resolveToken } from '../core/container.js';
import { forEachBackend } from '../core/db/testing.js';
import { ORG_SERVICE } from '../core/org/tokens.js';
import { DATABASE } from '../core/tokens.js';
import { startInProcess, type RunningApp } from '../core/testing/in-process.js';
import agents from '../plugins/agents/index.js';
import { AGENT_STORE } from '../plugins/agents/service/internal-tokens.js';
import { UsableAgentCache } from '../plugins/agents/service/usable-cache.js';
import { usableColumns } from '../plugins/agents/service/views.js';
import { AGENT_REGISTRY, type AgentRegistry, type PublishAgentInput } from '../plugins/agents/tokens.js';

const tenant = { orgId: 'org_default', livemode: false };

function customAgent(name: string, bio: string): PublishAgentInput {
  return {
    name,
    headline: `${name} writes about zero-waste kitchens`,
    category: 'home',
    languages: ['en'],
    persona: {
      bio,
      topics: ['zero waste'],
      adjectives: ['practical'],
      style_rules: ['One habit per post.'],
      example_posts: ['Refill jars, not bins.'],
      expertise_domains: ['zero waste living'],
      target_audience: null,
    },
    visibility: 'private',
  };
}

forEachBackend((backend) => {
  describe('usable agents, parsed once per revision', () => {
    let here: RunningApp;
    let elsewhere: RunningApp;
    let mine: AgentRegistry;
    let theirs: AgentRegistry;
    let stranger: { orgId: string; livemode: boolean };
    const kysely = () => resolveToken(here.app.container, DATABASE).kysely;

    before(async () => {
      const databaseUrl = await backend.freshUrl();
      // Two processes of one deployment share the database and its master key.
      const config = { secrets: { master_key: randomBytes(32).toString('base64') } };
      here = await startInProcess({ plugins: [agents], databaseUrl, config });
      elsewhere = await startInProcess({ plugins: [agents], databaseUrl, config });
      mine = resolveToken(here.app.container, AGENT_REGISTRY);
      theirs = resolveToken(elsewhere.app.container, AGENT_REGISTRY);
      stranger = { orgId: (await resolveToken(here.app.container, ORG_SERVICE).create({ name: 'Stranger', plan: 'growth' })).id, livemode: false };
    });
    after(async () => {
      await elsewhere.close();
      await here.close();
    });

    it('hands out one frozen agent while its row is unchanged', async () => {
      const first = await mine.findUsable(tenant, 'agent_velo_automotive');
      const again = await mine.findUsable(stranger, 'agent_velo_automotive');
      assert.ok(first !== null && first === again, 'the second lookup reuses the parsed agent');
      assert.equal(first.persona.name, 'VELO');
      assert.ok(Object.isFrozen(first) && Object.isFrozen(first.persona) && Object.isFrozen(first.persona.topics));
      assert.throws(() => (first.persona.topics as string[]).push('anything'), TypeError, 'a caller cannot change it for the others');
      assert.equal(await mine.findUsable(tenant, 'agent_nobody_here'), null);
    });

    it("sees another process's new version, visibility and retirement on its next lookup", async () => {
      const agent = await theirs.publish(tenant, customAgent('ECHOLOT', 'Version one.'));
      assert.equal((await mine.findUsable(tenant, agent.id))?.persona.bio, 'Version one.');
      assert.equal(await mine.findUsable(stranger, agent.id), null, 'private: another org cannot use it');

      const { visibility: _visibility, ...next } = customAgent('ECHOLOT', 'Version two.');
      await theirs.publishVersion(tenant, agent.id, next);
      const second = await mine.findUsable(tenant, agent.id);
      assert.deepEqual([second?.persona.bio, second?.version], ['Version two.', 2]);

      await theirs.setVisibility(tenant, agent.id, 'public');
      assert.equal((await mine.findUsable(stranger, agent.id))?.visibility, 'public');
      await theirs.retire(tenant, agent.id);
      assert.equal((await mine.findUsable(tenant, agent.id))?.status, 'retired');
    });

    it('sees a change made in SQL, not through the store (an older process, an operator)', async () => {
      assert.equal((await mine.findUsable(tenant, 'agent_torque_trucks'))?.status, 'available');
      await sql`update agents_agents set status = 'retired' where id = 'agent_torque_trucks'`.execute(kysely());
      assert.equal((await mine.findUsable(tenant, 'agent_torque_trucks'))?.status, 'retired');
    });

    it('bumps the revision for a change to any column the view reads, and not for the metrics', async () => {
      const store = resolveToken(here.app.container, AGENT_STORE);
      const agent = await mine.publish(tenant, customAgent('COLUMNS', 'Columns.'));
      const revision = async () => (await store.revisionOf(agent.id))!;
      const numeric = new Set(['custom', 'livemode', 'version', 'base_rate_micros']);
      for (const column of usableColumns) {
        const before = await revision();
        const changed =
          numeric.has(column) ? sql`${sql.ref(column)} + 1`
          : column === 'created_at' && backend.name === 'postgres' ? sql`created_at + interval '1 second'`
          : sql`${sql.ref(column)} || 'x'`;
        await sql`update agents_agents set ${sql.ref(column)} = ${changed} where id = ${agent.id}`.execute(kysely());
        assert.equal(await revision(), before + 1, `a change to ${column} bumps the revision once`);
      }
      const before = await revision();
      await sql`update agents_agents set m_impressions = m_impressions + 5, reach = reach + 5, measured_at = created_at, updated_at = created_at where id = ${agent.id}`.execute(kysely());
      await sql`update agents_agents set name = name where id = ${agent.id}`.execute(kysely());
      assert.equal(await revision(), before, 'metrics, timestamps and unchanged values leave it');
    });

    it('tells the owner owned: true and everyone else owned: false', async () => {
      const agent = await mine.publish(tenant, customAgent('SHARED', 'Shared.'));
      await mine.setVisibility(tenant, agent.id, 'public');
      const seenByOther = await mine.findUsable(stranger, agent.id);
      const seenByOwner = await mine.findUsable(tenant, agent.id);
      assert.deepEqual([seenByOther?.owned, seenByOwner?.owned], [false, true]);
      assert.equal(await mine.findUsable({ ...tenant, livemode: true }, agent.id), null, 'a test-mode agent is not usable in live mode');
      assert.equal(await mine.findUsable(tenant, agent.id), seenByOwner, 'the owner view is kept too');
    });

    it('keeps at most its limit of agents, dropping the oldest', async () => {
      const store = resolveToken(here.app.container, AGENT_STORE);
      const rows = await Promise.all(['agent_velo_automotive', 'agent_lumiere_fashion', 'agent_torque_trucks'].map(async (id) => (await store.getById(id))!));
      const cache = new UsableAgentCache(2);
      for (const row of rows) cache.fill(row);
      assert.equal(cache.size, 2);
      assert.equal(cache.current('agent_velo_automotive', Number(rows[0]!.revision)), undefined);
      assert.equal(cache.current('agent_torque_trucks', Number(rows[2]!.revision))?.view.id, 'agent_torque_trucks');
      assert.equal(cache.current('agent_torque_trucks', Number(rows[2]!.revision) + 1), undefined, 'an entry of another revision is not current');
    });
  });
});

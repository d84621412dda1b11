// The catalog seed on SQLite and Postgres: an upsert by id that rewrites built-in agents on
// upgrade, keeps what was measured, never touches custom agents, and writes each avatar once.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { forEachBackend } from '../core/db/testing.js';
import { migratePlugin } from '../core/db/index.js';
import { agentsMigrations } from '../plugins/agents/db/migrations.js';
import type { AgentsTables } from '../plugins/agents/db/schema.js';
import { AgentStore } from '../plugins/agents/db/store.js';
import { LocalDiskStorage } from '../plugins/agents/service/asset-storage.js';
import { loadCatalog } from '../plugins/agents/service/catalog.js';
import { zeroCounts } from '../plugins/agents/service/metrics.js';
import { countsOf, derivedColumns, newRow, prefixedCounts, searchDocumentOf } from '../plugins/agents/service/rows.js';
import { catalogFields, seedCatalog } from '../plugins/agents/service/seed.js';

const directory = mkdtempSync(join(tmpdir(), 'ig-agents-seed-'));
after(() => rmSync(directory, { recursive: true, force: true }));

forEachBackend((backend) => {
  describe('agents catalog seed', () => {
    it('upserts by id: rewrites built-ins and their index, keeps measurements and custom agents, writes avatars once', async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'agents', agentsMigrations);
      const store = new AgentStore(db.tables<AgentsTables>());
      const storage = new LocalDiskStorage(join(directory, backend.name));
      const catalog = loadCatalog();
      await seedCatalog(store, storage, catalog, new Date('2026-01-01T00:00:00Z'));
      const audiences = ['*', '*:test', 'org_a:test'];
      assert.equal(await store.count({ audiences, sort: 'reach', limit: 1 }), catalog.length);

      // A custom agent of org_a, and measured counts on VELO (as a metrics refresh leaves them).
      const custom = { ...catalogFields(catalog[0]!), id: 'agent_mine_custom_1', name: 'MINE', tier: 'custom' as const, visibility: 'private' as const };
      await store.transaction(async (trx) => {
        await store.insert(trx, newRow(custom, { orgId: 'org_a', livemode: false }, zeroCounts, zeroCounts, await store.nextSearchRowid(trx), '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'), searchDocumentOf(custom));
        const velo = (await store.getById('agent_velo_automotive', trx))!;
        const measured = { ...zeroCounts, impressions_30d: 100, impressions: 100, engagements: 10 };
        await store.update(trx, velo.id, { ...prefixedCounts('m_', measured), ...derivedColumns(countsOf(velo, 'base_'), measured), measured_at: '2026-01-01T00:00:00.000Z' });
      });
      const avatarBefore = await store.getAsset('agent_velo_automotive', 'avatar.svg');

      // The upgrade: VELO gets a new headline and baseline reach.
      // ... and a new built-in whose id a custom agent already has.
      const upgraded = [
        ...catalog.map((agent) =>
          agent.id === 'agent_velo_automotive' ? { ...agent, headline: 'Quasar-grade automotive voice', baseline: { ...agent.baseline, reach_30d: 5_000_000 } } : agent,
        ),
        { ...catalog[1]!, id: 'agent_mine_custom_1', name: 'IMPOSTOR' },
      ];
      const { skipped } = await seedCatalog(store, storage, upgraded, new Date('2026-02-01T00:00:00Z'));
      assert.deepEqual(skipped, ['agent_mine_custom_1']);
      const velo = (await store.getById('agent_velo_automotive'))!;
      assert.equal(velo.headline, 'Quasar-grade automotive voice');
      assert.equal(Number(velo.reach), 5_000_100, 'new baseline plus the measured part');
      assert.equal(Number(velo.m_impressions_30d), 100, 'measurements survive an upgrade');
      assert.equal(await store.count({ audiences, words: ['quasar'], sort: 'score', limit: 1 }), 1, 'the index follows');
      const mine = (await store.getById('agent_mine_custom_1'))!;
      assert.deepEqual([mine.name, mine.custom, mine.org_id, mine.updated_at], ['MINE', 1, 'org_a', '2026-01-01T00:00:00.000Z'], 'custom agents are untouched');
      assert.equal(await store.count({ audiences, sort: 'reach', limit: 1 }), catalog.length + 1, 'no duplicates');

      const avatarAfter = await store.getAsset('agent_velo_automotive', 'avatar.svg');
      assert.equal(avatarAfter?.updated_at, avatarBefore?.updated_at, 'an unchanged avatar is not rewritten');
      assert.ok((await storage.get('agent_velo_automotive', 'avatar.svg'))?.toString().startsWith('<svg'));
    });
  });
});

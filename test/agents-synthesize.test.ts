// scripts/catalog/synthesize.ts: synthetic agents for benchmarks, written through the
// agents store so that lists, filters and full-text search see them like any agent.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openDatabase } from '../core/db/index.js';
import type { AgentsTables } from '../plugins/agents/db/schema.js';
import { AgentStore } from '../plugins/agents/db/store.js';
import { synthesize } from '../scripts/catalog/synthesize.js';

const directory = mkdtempSync(join(tmpdir(), 'ig-synthesize-'));
after(() => rmSync(directory, { recursive: true, force: true }));

describe('synthesize', () => {
  it('writes N listable, searchable agents with a spread of categories, languages and reach, the same for one seed', async () => {
    const url = `sqlite:${join(directory, 'a.db')}`;
    await synthesize(url, 500, 3);
    const db = await openDatabase({ url });
    try {
      const store = new AgentStore(db.tables<AgentsTables>());
      const audiences = ['*'];
      assert.equal(await store.count({ audiences, sort: 'reach', limit: 1 }), 500);
      const rows = await db.tables<AgentsTables>().selectFrom('agents_agents').select(['id', 'category', 'languages', 'reach', 'custom']).execute();
      assert.ok(rows.every((row) => row.id.startsWith('agent_syn_') && row.custom === 0));
      assert.ok(new Set(rows.map((row) => row.category)).size >= 10, 'categories');
      assert.ok(new Set(rows.map((row) => row.languages)).size >= 20, 'language sets');
      const reaches = rows.map((row) => Number(row.reach)).sort((a, b) => a - b);
      assert.ok(reaches[reaches.length - 1]! > 20 * reaches[0]!, 'reach spans orders of magnitude');
      assert.ok((await store.count({ audiences, words: ['fashion'], sort: 'score', limit: 1 })) > 0, 'searchable');
      assert.ok((await store.count({ audiences, category: 'tech', language: 'en', sort: 'reach', limit: 1 })) > 0, 'filterable');

      const again = `sqlite:${join(directory, 'b.db')}`;
      await synthesize(again, 50, 3);
      const other = await openDatabase({ url: again });
      try {
        const first = await other.tables<AgentsTables>().selectFrom('agents_agents').select(['id', 'name', 'reach']).orderBy('id').execute();
        const original = await db.tables<AgentsTables>().selectFrom('agents_agents').select(['id', 'name', 'reach']).where('id', 'in', first.map((row) => row.id)).orderBy('id').execute();
        assert.deepEqual(first, original, 'deterministic for a seed');
      } finally {
        await other.close();
      }
    } finally {
      await db.close();
    }
  });
});

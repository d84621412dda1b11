import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { migratePlugin, migrationTableBase, pendingMigrations } from './migrator.js';
import type { MigrationSet } from './migrator.js';
import { forEachBackend } from './testing.js';

function createTable(table: string): MigrationSet[string] {
  return {
    async up(db: Kysely<any>) {
      await db.schema.createTable(table).addColumn('id', 'text', (c) => c.primaryKey()).execute();
    },
  };
}

async function tableNames(db: Database, migrationTable: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from ${sql.table(migrationTable)} order by name`.execute(
    db.kysely,
  );
  return rows.map((row) => row.name);
}

async function tableExists(db: Database, table: string): Promise<boolean> {
  try {
    await sql`select count(*) from ${sql.table(table)}`.execute(db.kysely);
    return true;
  } catch {
    return false;
  }
}

forEachBackend((backend) => {
  describe('migratePlugin', () => {
    it('runs pending migrations in name order and reports them', async () => {
      const db = await backend.fresh();
      const order: string[] = [];
      const record = (name: string): MigrationSet[string] => ({
        async up() {
          order.push(name);
        },
      });
      const outcome = await migratePlugin(db, 'agents', {
        '2026_11_28_002_second': record('second'),
        '2026_11_28_001_first': record('first'),
        '2026_11_29_001_third': record('third'),
      });
      assert.deepEqual(outcome, {
        plugin: 'agents',
        applied: ['2026_11_28_001_first', '2026_11_28_002_second', '2026_11_29_001_third'],
      });
      assert.deepEqual(order, ['first', 'second', 'third']);
    });

    it('gives each plugin its own migration table, so an earlier-dated plugin still migrates after a later one', async () => {
      const db = await backend.fresh();
      const late = await migratePlugin(db, 'webhooks', { '2026_12_01_001_create': createTable('webhooks_hooks') });
      const early = await migratePlugin(db, 'agents', { '2026_01_01_001_create': createTable('agents_agents') });
      assert.deepEqual(late.applied, ['2026_12_01_001_create']);
      assert.deepEqual(early.applied, ['2026_01_01_001_create']);
      assert.deepEqual(await tableNames(db, 'webhooks_migrations'), ['2026_12_01_001_create']);
      assert.deepEqual(await tableNames(db, 'agents_migrations'), ['2026_01_01_001_create']);
      assert.ok(await tableExists(db, 'agents_migrations_lock'));
      assert.ok(await tableExists(db, 'agents_agents'));
      assert.ok(await tableExists(db, 'webhooks_hooks'));
    });

    it('does nothing when run again', async () => {
      const db = await backend.fresh();
      let runs = 0;
      const migrations: MigrationSet = {
        '2026_11_28_001_count': {
          async up() {
            runs += 1;
          },
        },
      };
      await migratePlugin(db, 'content', migrations);
      const again = await migratePlugin(db, 'content', migrations);
      assert.deepEqual(again, { plugin: 'content', applied: [] });
      assert.equal(runs, 1);
    });

    it('runs only the migrations added since the last run', async () => {
      const db = await backend.fresh();
      const first: MigrationSet = { '2026_11_28_001_a': createTable('content_a') };
      await migratePlugin(db, 'content', first);
      const outcome = await migratePlugin(db, 'content', { ...first, '2026_11_28_002_b': createTable('content_b') });
      assert.deepEqual(outcome.applied, ['2026_11_28_002_b']);
    });

    it('throws naming the plugin and the failed migration, keeps the earlier ones and rolls back the failed one', async () => {
      const db = await backend.fresh();
      const migrations: MigrationSet = {
        '2026_11_28_001_a': createTable('campaigns_a'),
        '2026_11_28_002_b': createTable('campaigns_b'),
        '2026_11_28_003_broken': {
          async up(trx: Kysely<any>) {
            await trx.schema.createTable('campaigns_c').addColumn('id', 'text').execute();
            throw new Error('boom');
          },
        },
        '2026_11_28_004_never': createTable('campaigns_d'),
      };
      await assert.rejects(migratePlugin(db, 'campaigns', migrations), (error: Error) => {
        assert.equal(error.message, 'Migration "2026_11_28_003_broken" of plugin "campaigns" failed: boom');
        assert.equal((error.cause as Error).message, 'boom');
        return true;
      });
      assert.deepEqual(await tableNames(db, 'campaigns_migrations'), ['2026_11_28_001_a', '2026_11_28_002_b']);
      assert.ok(await tableExists(db, 'campaigns_a'));
      assert.ok(await tableExists(db, 'campaigns_b'));
      assert.equal(await tableExists(db, 'campaigns_c'), false, 'the failed migration left a table behind');
      assert.equal(await tableExists(db, 'campaigns_d'), false);
      assert.deepEqual(await pendingMigrations(db, 'campaigns', migrations), [
        '2026_11_28_003_broken',
        '2026_11_28_004_never',
      ]);
    });

    it('reports a migration that sorts before one already run, naming the plugin', async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'builder', { '2026_11_28_002_b': createTable('builder_b') });
      await assert.rejects(
        migratePlugin(db, 'builder', {
          '2026_11_28_001_a': createTable('builder_a'),
          '2026_11_28_002_b': createTable('builder_b'),
        }),
        /^Error: Migrations of plugin "builder" failed: corrupted migrations/,
      );
    });

    it('turns hyphens into underscores in the table name', async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'my-plugin', { '2026_11_28_001_a': createTable('my_plugin_a') });
      assert.deepEqual(await tableNames(db, 'my_plugin_migrations'), ['2026_11_28_001_a']);
    });

    it('refuses bad plugin names and undated migration names', async () => {
      const db = await backend.fresh();
      for (const bad of ['Agents', '1agents', 'a b', 'a;drop', '', 'x'.repeat(48)]) {
        await assert.rejects(migratePlugin(db, bad, {}), new RegExp(`Invalid plugin name "${bad}"`));
      }
      await assert.rejects(
        migratePlugin(db, 'agents', { '001_init': createTable('agents_x') }),
        /Plugin "agents" has migrations with undated names \(001_init\)/,
      );
      assert.equal(await tableExists(db, 'agents_x'), false);
    });
  });

  describe('pendingMigrations', () => {
    it('lists what has not run, in run order, and [] once current', async () => {
      const db = await backend.fresh();
      const migrations: MigrationSet = {
        '2026_11_28_002_b': createTable('analytics_b'),
        '2026_11_28_001_a': createTable('analytics_a'),
      };
      assert.deepEqual(await pendingMigrations(db, 'analytics', migrations), ['2026_11_28_001_a', '2026_11_28_002_b']);
      assert.equal(await tableExists(db, 'analytics_migrations'), false, 'reading pending migrations created a table');
      await migratePlugin(db, 'analytics', { '2026_11_28_001_a': createTable('analytics_a') });
      assert.deepEqual(await pendingMigrations(db, 'analytics', migrations), ['2026_11_28_002_b']);
      await migratePlugin(db, 'analytics', migrations);
      assert.deepEqual(await pendingMigrations(db, 'analytics', migrations), []);
    });

    it('looks only at the named plugin', async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'agents', { '2026_11_28_001_a': createTable('agents_a') });
      assert.deepEqual(await pendingMigrations(db, 'content', { '2026_11_28_001_a': createTable('content_a') }), [
        '2026_11_28_001_a',
      ]);
    });
  });
});

describe('migrationTableBase', () => {
  it('keeps valid names and maps hyphens to underscores', () => {
    assert.equal(migrationTableBase('agents'), 'agents');
    assert.equal(migrationTableBase('acme-crm_2'), 'acme_crm_2');
    assert.equal(migrationTableBase('x'.repeat(47)), 'x'.repeat(47));
    assert.throws(() => migrationTableBase('-agents'), /Invalid plugin name "-agents"/);
  });
});

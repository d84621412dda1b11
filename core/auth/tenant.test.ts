import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { columnTypes } from '../db/index.js';
import { forEachBackend } from '../db/testing.js';
import { tenantColumns, tenantScope, type Tenant } from './tenant.js';

interface Tables {
  readonly things: { readonly id: string; readonly org_id: string; readonly livemode: number; readonly name: string };
}

const tenants: Record<string, Tenant> = {
  aLive: { orgId: 'org_a', livemode: true },
  aTest: { orgId: 'org_a', livemode: false },
  bLive: { orgId: 'org_b', livemode: true },
};

describe('tenantColumns', () => {
  it('gives the org and the mode as a customer row stores them', () => {
    assert.deepEqual(tenantColumns(tenants.aLive!), { org_id: 'org_a', livemode: 1 });
    assert.deepEqual(tenantColumns(tenants.aTest!), { org_id: 'org_a', livemode: 0 });
  });
});

forEachBackend((backend) => {
  describe('tenantScope', () => {
    it('keeps every query inside one org and mode: no test row for a live key, nothing of another org', async () => {
      const database = await backend.fresh();
      const t = columnTypes(database.kysely);
      await database.kysely.schema
        .createTable('things')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .execute();
      const db = database.tables<Tables>() as Kysely<Tables>;
      for (const [name, tenant] of Object.entries(tenants)) {
        await tenantScope(db, tenant).insertInto('things', [{ id: `${name}-1`, name }, { id: `${name}-2`, name }]).execute();
      }
      const namesSeenBy = async (tenant: Tenant) =>
        (await tenantScope(db, tenant).selectFrom('things').select('name').orderBy('id').execute()).map((row) => row.name);
      assert.deepEqual(await namesSeenBy(tenants.aLive!), ['aLive', 'aLive']);
      assert.deepEqual(await namesSeenBy(tenants.aTest!), ['aTest', 'aTest']);
      assert.deepEqual(await namesSeenBy(tenants.bLive!), ['bLive', 'bLive']);

      // A lookup by id of another tenant's row finds nothing.
      assert.equal(await tenantScope(db, tenants.aTest!).selectFrom('things').selectAll().where('id', '=', 'aLive-1').executeTakeFirst(), undefined);

      // Updates and deletes touch only the tenant's own rows, even with a matching id.
      await tenantScope(db, tenants.bLive!).updateTable('things').set({ name: 'renamed' }).where('id', '=', 'aLive-1').execute();
      await tenantScope(db, tenants.bLive!).deleteFrom('things').where('id', 'in', ['aLive-2', 'aTest-1']).execute();
      assert.deepEqual(await namesSeenBy(tenants.aLive!), ['aLive', 'aLive']);
      assert.deepEqual(await namesSeenBy(tenants.aTest!), ['aTest', 'aTest']);

      await tenantScope(db, tenants.aTest!).deleteFrom('things').execute();
      assert.deepEqual(await namesSeenBy(tenants.aTest!), []);
      assert.deepEqual(await namesSeenBy(tenants.aLive!), ['aLive', 'aLive'], 'the live rows of the same org stay');
    });
  });
});

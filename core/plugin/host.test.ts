import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import { z } from 'zod';
import { loadConfig, ConfigError } from '../config/index.js';
import { createContainer } from '../container.js';
import { openDatabase, type Database } from '../db/index.js';
import { forEachBackend } from '../db/testing.js';
import { createLogger } from '../logger.js';
import type { OpenApiDocument } from '../openapi/contract.js';
import { definePlugin, type AnyPlugin } from './define.js';
import { PluginHostError } from './errors.js';
import { PluginHost } from './host.js';
import { defineOperation } from './operation.js';

const logger = createLogger('silent');

const contract: OpenApiDocument = {
  openapi: '3.1.0',
  paths: {
    '/v1/things': {
      get: { operationId: 'listThings', tags: ['things'], 'x-scope': 'things:read', 'x-rate-limit-class': 'read', responses: {} },
      post: { operationId: 'createThing', tags: ['things'], 'x-scope': 'things:write', 'x-rate-limit-class': 'write', responses: {} },
    },
  },
  components: { schemas: { Thing: { type: 'object' } } },
};

function hostWith(plugins: AnyPlugin[], db: Database, overrides: Record<string, unknown> = {}): PluginHost {
  return new PluginHost(plugins, { container: createContainer(), db, config: loadConfig({ env: {}, overrides }), logger });
}

function refusal(run: () => unknown): PluginHostError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof PluginHostError, String(error));
    return error;
  }
  assert.fail('expected the host to refuse');
}

describe('PluginHost', () => {
  let db: Database;
  const ok = () => ({ status: 200, body: {} });
  after(async () => db?.close());

  it('binds each operation to the plugin that claims it and leaves the rest unbound (501)', async () => {
    db = await openDatabase({ url: 'sqlite::memory:' });
    const host = hostWith([definePlugin({ name: 'things', version: '1.0.0', operations: [defineOperation('listThings', ok)] })], db);
    const bindings = host.bind(contract);
    assert.deepEqual(
      bindings.map((binding) => [binding.operation.operationId, binding.plugin ?? null, binding.operation.scope, binding.operation.expressPath]),
      [
        ['listThings', 'things', 'things:read', '/v1/things'],
        ['createThing', null, 'things:write', '/v1/things'],
      ],
    );
    assert.equal(bindings[1]?.handle, undefined);
  });

  it('refuses an operation claimed twice, naming both plugins', () => {
    const host = hostWith(
      [
        definePlugin({ name: 'one', version: '1.0.0', operations: [defineOperation('listThings', ok)] }),
        definePlugin({ name: 'two', version: '1.0.0', operations: [defineOperation('listThings', ok)] }),
      ],
      db,
    );
    const error = refusal(() => host.bind(contract));
    assert.equal(error.code, 'OPERATION_CLAIMED_TWICE');
    assert.match(error.message, /"listThings" is claimed by both "one" and "two"/);
  });

  it('refuses a handler for an operation the contract does not have', () => {
    const host = hostWith([definePlugin({ name: 'one', version: '1.0.0', operations: [defineOperation('deleteEverything', ok)] })], db);
    assert.equal(refusal(() => host.bind(contract)).code, 'OPERATION_UNKNOWN');
  });

  it('merges a plugin fragment into the contract, and refuses one that rewrites a path or a schema', () => {
    const adds = definePlugin({ name: 'adds', version: '1.0.0', openapi: { paths: { '/v1/more': { get: { operationId: 'getMore', responses: {} } } } } });
    const merged = hostWith([adds], db).contract(contract);
    assert.ok(merged.paths['/v1/more']);
    assert.equal(contract.paths['/v1/more'], undefined, 'the base contract is not mutated');

    const rewritesPath = definePlugin({ name: 'rewrites', version: '1.0.0', openapi: { paths: { '/v1/things': {} } } });
    assert.equal(refusal(() => hostWith([rewritesPath], db).contract(contract)).code, 'OPENAPI_CONFLICT');
    const rewritesSchema = definePlugin({ name: 'rewrites', version: '1.0.0', openapi: { components: { schemas: { Thing: { type: 'string' } } } } });
    assert.match(refusal(() => hostWith([rewritesSchema], db).contract(contract)).message, /components\.schemas\.Thing/);
  });

  it('registers events by public name and refuses one registered twice', () => {
    const payload = { type: 'object' };
    const host = hostWith([definePlugin({ name: 'things', version: '1.0.0', events: { 'thing.created': { description: 'made', payload } } })], db);
    assert.deepEqual(host.events.list().map((event) => [event.name, event.plugin]), [['thing.created', 'things']]);
    const twice = () =>
      hostWith(
        [
          definePlugin({ name: 'one', version: '1.0.0', events: { 'thing.created': { description: 'a', payload } } }),
          definePlugin({ name: 'two', version: '1.0.0', events: { 'thing.created': { description: 'b', payload } } }),
        ],
        db,
      );
    assert.equal(refusal(twice).code, 'EVENT_REGISTERED_TWICE');
  });

  it('refuses a WebSocket path mounted twice', () => {
    const mount = { path: '/v1/socket', handle: () => undefined };
    const host = hostWith(
      [definePlugin({ name: 'one', version: '1.0.0', sockets: [mount] }), definePlugin({ name: 'two', version: '1.0.0', sockets: [mount] })],
      db,
    );
    assert.equal(refusal(() => host.sockets()).code, 'SOCKET_PATH_TAKEN');
  });

  it("validates each plugin's config section with its defaults, naming the section in errors", () => {
    const seen: unknown[] = [];
    const plugin = definePlugin({
      name: 'things',
      version: '1.0.0',
      config: z.strictObject({ limit: z.number().int().min(1).default(5) }),
      register: ({ config }) => void seen.push(config),
    });
    hostWith([plugin], db).register();
    hostWith([plugin], db, { things: { limit: 9 } }).register();
    assert.deepEqual(seen, [{ limit: 5 }, { limit: 9 }]);
    try {
      hostWith([plugin], db, { things: { limit: 0, extra: true } });
      assert.fail('expected a ConfigError');
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      assert.deepEqual(error.issues.map((issue) => issue.key).sort(), ['things.extra', 'things.limit']);
    }
  });

  it('runs register and start in dependency order and stop in reverse, even when one stop fails', async () => {
    const calls: string[] = [];
    const plugin = (name: string, dependsOn: string[] = []) =>
      definePlugin({
        name,
        version: '1.0.0',
        dependsOn,
        register: () => void calls.push(`register ${name}`),
        start: () => void calls.push(`start ${name}`),
        stop: () => {
          calls.push(`stop ${name}`);
          if (name === 'b') throw new Error('b fails to stop');
        },
      });
    const host = hostWith([plugin('c', ['b']), plugin('b', ['a']), plugin('a')], db);
    host.register();
    await host.start();
    await host.stop();
    assert.deepEqual(calls, ['register a', 'register b', 'register c', 'start a', 'start b', 'start c', 'stop c', 'stop b', 'stop a']);
  });
});

forEachBackend((backend) => {
  describe('PluginHost migrations and seed', () => {
    it('migrates each plugin with its own table, in dependency order, then seeds; pending is empty after', async () => {
      const db = await backend.fresh();
      const order: string[] = [];
      const parent = definePlugin({
        name: 'parent',
        version: '1.0.0',
        migrations: {
          '2026_11_28_001_create_parents': {
            async up(kysely) {
              order.push('migrate parent');
              await kysely.schema.createTable('parent_items').addColumn('id', 'text', (c) => c.primaryKey()).execute();
            },
          },
        },
        async seed({ db: database }) {
          order.push('seed parent');
          await sql`insert into parent_items (id) values ('p1') on conflict (id) do nothing`.execute(database.kysely);
        },
      });
      const child = definePlugin({
        name: 'child',
        version: '1.0.0',
        dependsOn: ['parent'],
        migrations: {
          // Sorts before the parent's migration: fine, each plugin has its own Migrator.
          '2020_01_01_001_create_children': {
            async up(kysely) {
              order.push('migrate child');
              await kysely.schema
                .createTable('child_items')
                .addColumn('id', 'text', (c) => c.primaryKey())
                .addColumn('parent_id', 'text', (c) => c.references('parent_items.id'))
                .execute();
            },
          },
        },
      });
      const host = hostWith([child, parent], db);
      assert.deepEqual((await host.pending()).map((entry) => entry.plugin), ['parent', 'child']);
      const outcomes = await host.migrate();
      await host.seed();
      await host.seed();
      assert.deepEqual(outcomes.map((outcome) => [outcome.plugin, outcome.applied.length]), [['parent', 1], ['child', 1]]);
      assert.deepEqual(order, ['migrate parent', 'migrate child', 'seed parent', 'seed parent']);
      assert.deepEqual(await host.pending(), []);
      const rows = await sql<{ id: string }>`select id from parent_items`.execute(db.kysely);
      assert.deepEqual(rows.rows, [{ id: 'p1' }], 'seeding twice is idempotent');
      assert.deepEqual((await host.migrate()).map((outcome) => outcome.applied.length), [0, 0], 'a second run applies nothing');
    });
  });
});

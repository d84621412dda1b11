// The Idempotency-Key middleware on its own, in a bare express app, with a store that can be
// made slow: what the full request path (test/idempotency.test.ts) only shows under load.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import express, { type ErrorRequestHandler } from 'express';
import { systemClock } from '../clock.js';
import { migratePlugin, type Database } from '../db/index.js';
import { forEachBackend } from '../db/testing.js';
import { ProblemError } from '../http/problem.js';
import type { OpenApiDocument } from '../openapi/contract.js';
import { SecretBox } from '../secrets/secret-box.js';
import { idempotency } from './middleware.js';
import { idempotencyPlugin } from './plugin.js';
import { IdempotencyStore, type IdempotencyRow, type IdempotencyScope, type IdempotencyTables } from './store.js';

const contract = {
  openapi: '3.1.0',
  info: { title: 'one operation', version: '1' },
  paths: {
    '/things': {
      post: {
        operationId: 'createThing',
        parameters: [{ in: 'header', name: 'Idempotency-Key', schema: { type: 'string' } }],
        responses: { '201': { description: 'made' } },
      },
    },
  },
} as unknown as OpenApiDocument;

const box = new SecretBox(Buffer.alloc(32, 7));

/** Takes `delayMs` to store a finished reply, as a busy database or pool would. */
class SlowStore extends IdempotencyStore {
  delayMs = 0;
  override async complete(scope: IdempotencyScope, response: { readonly status: number; readonly type: string | null; readonly body: string }): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    await super.complete(scope, response);
  }
}

forEachBackend((backend) => {
  describe('the idempotency middleware', () => {
    let db: Database;
    let store: SlowStore;
    let server: ReturnType<ReturnType<typeof express>['listen']>;
    let baseUrl: string;
    let runs = 0;
    before(async () => {
      db = await backend.fresh();
      await migratePlugin(db, 'idempotency', idempotencyPlugin.migrations!);
      store = new SlowStore(db.tables<IdempotencyTables>());
      const app = express();
      app.use(express.json());
      app.use((_req, res, next) => {
        res.locals.principal = { orgId: 'org_a', livemode: false };
        res.locals.operation = { operationId: 'createThing' };
        next();
      });
      app.use(idempotency({ store, clock: systemClock, contract, box }));
      app.post('/things', (_req, res) => {
        runs += 1;
        res.status(201).json({ id: `thing_${runs}` });
      });
      // Headers flushed before send: express's send then throws (it sets Content-Type).
      app.post('/broken', (_req, res) => {
        res.status(201).flushHeaders();
        res.send('too late');
      });
      const problems: ErrorRequestHandler = (error, _req, res, _next) => {
        res.status(error instanceof ProblemError ? error.status : 500).json({ code: error instanceof ProblemError ? error.code : 'internal' });
      };
      app.use(problems);
      server = app.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    const post = (key: string) =>
      fetch(`${baseUrl}/things`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: JSON.stringify({ name: 'x' }) });

    it('does not send the reply before it is stored: a retry sent as soon as it arrives is replayed, not 409', async () => {
      store.delayMs = 150;
      const first = await post('slow-store-1');
      assert.equal(first.status, 201);
      const { id } = (await first.json()) as { id: string };
      const again = await post('slow-store-1');
      assert.equal(again.status, 201, 'the first run had finished');
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await again.json(), { id });
    });

    it('ends the response when send fails after the store, rather than leave an unhandled rejection', async () => {
      store.delayMs = 0;
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown) => unhandled.push(reason);
      process.on('unhandledRejection', onUnhandled);
      try {
        const reply = await fetch(`${baseUrl}/broken`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'broken-1' },
          body: '{}',
          signal: AbortSignal.timeout(2000),
        });
        // Cut off by the server, not left hanging until the client gives up.
        await assert.rejects(reply.text(), (error: Error) => error.name !== 'TimeoutError' && error.name !== 'AbortError');
        await new Promise((resolve) => setTimeout(resolve, 50));
        assert.deepEqual(unhandled, []);
      } finally {
        process.off('unhandledRejection', onUnhandled);
      }
    });

    it('stores the status, type and body that were sent, sealed', async () => {
      store.delayMs = 0;
      const first = await post('stored-1');
      const sent = await first.text();
      const row: IdempotencyRow | undefined = await store.find({ orgId: 'org_a', livemode: false, key: 'stored-1' });
      assert.equal(row?.state, 'done');
      assert.equal(row?.response_status, 201);
      assert.match(row?.response_type ?? '', /^application\/json/);
      assert.equal(box.open(row?.response_body ?? ''), sent);
    });
  });
});

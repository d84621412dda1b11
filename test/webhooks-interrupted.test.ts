// An attempt cut short by this process's own shutdown (the job's signal aborted before the
// receiver answered) is not the receiver's failure: it must not be logged as a failed
// attempt, use up the round's retries or start the endpoint's 5-day clock; the delivery stays
// pending for the next process. Only on the job's last attempt is it recorded, so the
// delivery ends failed rather than stuck pending. The service is driven directly, in a
// process that runs no job workers, so nothing else attempts the delivery meanwhile.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DATABASE, LOGGER, RetryAt, resolveToken } from '../core/index.js';
import { forEachBackend } from '../core/db/testing.js';
import { waitFor } from '../core/jobs/testing.js';
import { startInProcess, type RunningApp } from '../core/testing/in-process.js';
import webhooks from '../plugins/webhooks/index.js';
import { WEBHOOK_DELIVERIES } from '../plugins/webhooks/tokens.js';
import { Receiver } from './fixtures/plugins/signals/receiver.js';

interface Delivery {
  id: string;
  event_id: string;
  status: string;
  attempts_count: number;
  attempts: { error: string | null }[];
}

forEachBackend((backend) => {
  describe('webhooks: an attempt interrupted by shutdown', () => {
    let running: RunningApp;
    let hook: Receiver;

    async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${running.baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${running.keys.test}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await response.json()) as T;
    }

    /** One attempt of the delivery, aborted (as a shutdown would) once the receiver has the request. */
    async function interruptedAttempt(webhookId: string, eventId: string, attempt: number, maxAttempts: number): Promise<unknown> {
      const seen = hook.received.length;
      const abort = new AbortController();
      const service = resolveToken(running.app.container, WEBHOOK_DELIVERIES);
      const context = { attempt, maxAttempts, signal: abort.signal, logger: resolveToken(running.app.container, LOGGER), resolve: <T>(key: Parameters<typeof resolveToken<T>>[1]) => resolveToken(running.app.container, key) };
      const outcome = service.attempt({ orgId: 'org_default', livemode: false, webhookId, eventId, round: 1 }, context).then(
        () => undefined,
        (error: unknown) => error,
      );
      await waitFor('the request to reach the receiver', () => hook.received.length > seen);
      abort.abort(new Error('shutting down'));
      return outcome;
    }

    before(async () => {
      hook = await new Receiver().start();
      hook.reply = () => ({ status: 200, hang: true });
      running = await startInProcess({
        databaseUrl: await backend.freshUrl(),
        plugins: [webhooks],
        config: { webhooks: { allow_private_targets: true, retry_schedule_ms: [100, 100], timeout_ms: 30_000 }, jobs: { workers: false } },
      });
    });
    after(async () => {
      await running.close();
      await hook.close();
    });

    it('leaves the delivery pending with no attempt logged, and asks for the job to run again', async () => {
      const endpoint = await call<{ id: string }>('POST', '/v1/webhooks', { url: hook.url(), events: ['*'] });
      const queued = await call<Delivery>('POST', `/v1/webhooks/${endpoint.id}/test`);
      const error = await interruptedAttempt(endpoint.id, queued.event_id, 1, 6);
      assert.ok(error instanceof RetryAt, `the job is retried (${String(error)})`);
      const [delivery] = (await call<{ data: Delivery[] }>('GET', `/v1/webhooks/${endpoint.id}/deliveries`)).data;
      assert.deepEqual([delivery!.status, delivery!.attempts_count, delivery!.attempts], ['pending', 0, []]);
      const row = await resolveToken(running.app.container, DATABASE).kysely.selectFrom('webhooks_endpoints').select('failing_since').where('id', '=', endpoint.id).executeTakeFirstOrThrow();
      assert.equal(row.failing_since, null, 'the endpoint is not counted as failing');
    });

    it('records it as a failed attempt on the job’s last attempt, so the delivery does not stay pending for ever', async () => {
      const endpoint = await call<{ id: string }>('POST', '/v1/webhooks', { url: hook.url(), events: ['*'] });
      const queued = await call<Delivery>('POST', `/v1/webhooks/${endpoint.id}/test`);
      assert.equal(await interruptedAttempt(endpoint.id, queued.event_id, 6, 6), undefined);
      const [delivery] = (await call<{ data: Delivery[] }>('GET', `/v1/webhooks/${endpoint.id}/deliveries`)).data;
      assert.equal(delivery!.status, 'failed');
      assert.match(delivery!.attempts[0]?.error ?? '', /^aborted/);
    });
  });
});

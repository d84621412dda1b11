// The builder's failure paths, with a provider that misbehaves (test/fixtures/plugins/llm-garbage):
// no JSON at all fails the compile after its retries; prose then JSON is repaired by asking
// again; off-topic posts with template holes fail evaluation, retry the compile once with
// the feedback, then end `failed` with the reasons. Each ending emits agent.build_complete.
// On SQLite and Postgres.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { forEachBackend } from '../core/db/testing.js';
import { builtinPlugins } from '../plugins/index.js';
import { eventsOf, nova, startHarness, waitForBuild, type Harness, type Json } from '../plugins/builder/testing/harness.js';
import garbage from './fixtures/plugins/llm-garbage/index.js';

const withProvider = (mode: string) => ({ plugins: [...builtinPlugins, garbage], config: { llm: { sandbox_provider: 'garbage' }, llm_garbage: { mode }, jobs: { poll_interval_ms: 20, backoff_base_ms: 10 } } });

forEachBackend((backend) => {
  describe('builder failures', () => {
    describe('a provider that never answers JSON', () => {
      let h: Harness;
      before(async () => {
        h = await startHarness(await backend.freshUrl(), withProvider('garbage'));
      });
      after(() => h.running.close());

      it('estimates minutes, not seconds, for a model provider', async () => {
        const startedAt = Date.now();
        const { body } = await h.test('POST', '/v1/builder/agents', { ...nova, name: 'Slow' });
        const eta = Date.parse(body.estimated_ready_at) - startedAt;
        assert.ok(eta >= 290_000 && eta <= 360_000, `estimated_ready_at ${body.estimated_ready_at} is about 5 min away`);
        await waitForBuild(h.test, body.id);
      });

      it('fails the compile after asking again (builder.compile_retries), with the reasons, and emits agent.build_complete', async () => {
        const { status, body } = await h.test('POST', '/v1/builder/agents', nova);
        assert.equal(status, 202);
        const build = await waitForBuild(h.test, body.id);
        assert.equal(build.status, 'failed');
        assert.equal(build.error.code, 'persona_compile_failed');
        assert.equal(build.error.reasons.length, 3, 'one first ask and 2 retries');
        assert.match(build.error.reasons[0], /attempt 1: garbage answered no valid persona JSON/);
        assert.equal(build.step, null);
        assert.equal(build.serving_version, null);
        assert.equal(build.estimated_ready_at, null);
        assert.deepEqual(build.steps.map((s: Json) => s.status), ['failed', 'pending', 'pending', 'pending']);
        const events = await eventsOf(h.running, body.id);
        assert.deepEqual(events.map((e) => [e.name, e.payload.status, e.payload.error?.code]), [['agent.build_complete', 'failed', 'persona_compile_failed']]);
        assert.equal((await h.test('GET', `/v1/agents/${body.id}`)).status, 404, 'nothing was published');
      });
    });

    describe('a provider that writes off-topic posts with template holes', () => {
      let h: Harness;
      before(async () => {
        h = await startHarness(await backend.freshUrl(), withProvider('holes'));
      });
      after(() => h.running.close());

      it('retries the compile once with the evaluation feedback, then fails with the failed checks', async () => {
        const { body } = await h.test('POST', '/v1/builder/agents', nova);
        const build = await waitForBuild(h.test, body.id);
        assert.equal(build.status, 'failed');
        assert.equal(build.error.code, 'evaluation_failed');
        const failedChecks = build.error.reasons.map((r: string) => r.split(':')[0]);
        assert.deepEqual(failedChecks, ['no_template_holes', 'on_topic', 'length']);
        const [compile, , evaluate] = build.steps;
        assert.equal(compile.attempts, 2, 'compiled twice: once more with feedback');
        assert.equal(evaluate.attempts, 2);
        assert.equal(evaluate.scores.no_template_holes, 0);
        assert.equal(evaluate.scores.disclosure, 1);
        assert.equal((await eventsOf(h.running, body.id)).length, 1);
      });
    });

    describe('a provider that answers prose first and JSON with trailing commas next', () => {
      let h: Harness;
      before(async () => {
        h = await startHarness(await backend.freshUrl(), withProvider('flaky'));
      });
      after(() => h.running.close());

      it('repairs the JSON, asks again after prose, and keeps the compiled persona', async () => {
        const { body } = await h.test('POST', '/v1/builder/agents', { ...nova, use_cases: [], languages: ['en'] });
        const build = await waitForBuild(h.test, body.id, (b) => b.steps[0].status === 'done' || b.status !== 'training');
        assert.deepEqual(build.steps[0].log.slice(0, 2).map((l: string) => l.replace(/\(.*\)/u, '')), ['attempt 1: garbage answered no valid persona JSON ', 'compiled with garbage : 2 topics']);
      });
    });

    describe('a provider that is down', () => {
      let h: Harness;
      before(async () => {
        h = await startHarness(await backend.freshUrl(), withProvider('down'));
      });
      after(() => h.running.close());

      it('retries the step on the queue, then ends failed with the provider\'s error code', async () => {
        const { body } = await h.test('POST', '/v1/builder/agents', nova);
        const build = await waitForBuild(h.test, body.id);
        assert.equal(build.status, 'failed');
        assert.equal(build.error.code, 'llm_unavailable');
        assert.match(build.error.message, /the garbage provider is down/);
        assert.equal(build.steps[0].attempts, 5, 'one per job attempt (the job allows 5)');
        assert.equal(build.steps[0].status, 'failed');
        assert.deepEqual((await eventsOf(h.running, body.id)).map((e) => e.payload.error.code), ['llm_unavailable']);
      });
    });
  });
});

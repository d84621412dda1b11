// Training survives a restart: a server process killed between two steps leaves its job to
// the next process on the same database, which resumes from the last finished step (the
// finished ones are not run again) and ends the build `ready`, publishing once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forEachBackend } from '../core/db/testing.js';
import { waitFor } from '../core/jobs/testing.js';
import { client, nova, type Json } from '../plugins/builder/testing/harness.js';
import { spawnServer, type SpawnedServer } from './helpers/server.js';

const env = {
  // A pause after each step (a knob only tests set), so the kill lands between two steps.
  INFLUGENTIC_BUILDER__STEP_DELAY_MS: '1500',
  INFLUGENTIC_JOBS__LEASE_MS: '1000',
  INFLUGENTIC_JOBS__POLL_INTERVAL_MS: '50',
};

forEachBackend((backend) => {
  describe('builder training across a restart', () => {
    it('resumes a build whose process was killed mid-training from its last finished step', async () => {
      const url = await backend.freshUrl();
      const first = await spawnServer({ databaseUrl: url, env });
      let second: SpawnedServer | undefined;
      try {
        const key = first.keys.test;
        const created = await client(first.baseUrl, key)('POST', '/v1/builder/agents', nova);
        assert.equal(created.status, 202, JSON.stringify(created.body));
        const id = created.body.id as string;
        let build: Json = {};
        await waitFor('compile_persona to finish', async () => {
          build = (await client(first.baseUrl, key)('GET', `/v1/builder/agents/${id}`)).body;
          return build.steps?.[0]?.status === 'done';
        }, 20_000);
        assert.equal(build.status, 'training');
        assert.equal(build.steps[1].status, 'pending', 'killed before write_samples started');
        assert.equal(build.progress, 0.25);
        await first.stop('SIGKILL');

        second = await spawnServer({ databaseUrl: url, env });
        const api = client(second.baseUrl, key);
        await waitFor('the build to end', async () => {
          build = (await api('GET', `/v1/builder/agents/${id}`)).body;
          return build.status !== 'training';
        }, 60_000);
        assert.equal(build.status, 'ready', JSON.stringify(build.error));
        assert.deepEqual(build.steps.map((s: Json) => [s.name, s.status, s.attempts]), [
          ['compile_persona', 'done', 1],
          ['write_samples', 'done', 1],
          ['evaluate', 'done', 1],
          ['publish', 'done', 1],
        ]);
        const agent = await api('GET', `/v1/agents/${id}`);
        assert.equal(agent.body.status, 'available');
        assert.equal(agent.body.visibility, 'private');
        assert.equal(await second.stop('SIGTERM'), 0);
      } finally {
        await first.stop('SIGKILL');
        await second?.stop('SIGKILL');
      }
    });
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startInProcess } from '../core/testing/in-process.js';

describe('GET /readyz', () => {
  it('answers 503 not_ready naming the database when it cannot be reached, while /healthz stays up', async () => {
    const running = await startInProcess();
    try {
      assert.equal((await fetch(`${running.baseUrl}/readyz`)).status, 200);
      await running.app.db.close();
      const response = await fetch(`${running.baseUrl}/readyz`);
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      const problem = (await response.json()) as { code: string; checks: { name: string; ok: boolean }[] };
      assert.equal(problem.code, 'not_ready');
      assert.deepEqual(problem.checks.map((check) => [check.name, check.ok]), [['database', false]]);
      assert.equal((await fetch(`${running.baseUrl}/healthz`)).status, 200);
    } finally {
      await running.close();
    }
  });
});

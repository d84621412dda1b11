// A base URL with `user:password@` (a proxy in front of an OpenAI-compatible server): the
// password appears in no problem and no doctor line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inspect } from 'node:util';
import { ProblemError } from '../../http/problem.js';
import { closedPort } from './testing/fake-http.js';
import { OpenAiProvider } from './openai.js';
import { sampleRequest } from './testing/sample-request.js';

describe('openai provider: credentials in the base URL', () => {
  it('shows the address without them and never repeats the password', async () => {
    const password = 'proxy-pass-3d5f7a9c';
    const port = await closedPort();
    const provider = new OpenAiProvider({ baseUrl: `http://ops:${password}@127.0.0.1:${port}/v1/`, apiKey: '', model: '', timeoutMs: 2000, maxRetries: 0 });
    assert.equal(provider.address, `http://127.0.0.1:${port}/v1`);
    const health = await provider.check(new AbortController().signal);
    assert.equal(health.ok, false);
    assert.ok(health.detail.startsWith(`openai at http://127.0.0.1:${port}/v1 `), health.detail);
    assert.ok(!health.detail.includes(password), health.detail);
    await assert.rejects(provider.generate(sampleRequest, new AbortController().signal), (error) => {
      assert.ok(error instanceof ProblemError);
      assert.ok(!error.message.includes(password), error.message);
      // What the log would write of the problem, its cause included.
      assert.ok(!inspect(error, { depth: 10 }).includes(password), inspect(error, { depth: 10 }));
      return true;
    });
  });
});

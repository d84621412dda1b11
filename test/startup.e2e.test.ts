// Start-up refusals: each stops `influgentic serve` with exit code 2 and a message naming
// what to fix, never a stack trace.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from './helpers/server.js';

async function refused(env: Record<string, string>, pattern: RegExp): Promise<void> {
  const { code, output } = await runCli(['serve'], env);
  assert.equal(code, 2, output);
  assert.match(output, pattern);
  assert.doesNotMatch(output, /\n\s+at /, 'no stack trace');
}

describe('influgentic serve refuses to start', () => {
  it('on an invalid setting, naming the key, the expectation and the env var', () =>
    refused({ INFLUGENTIC_PORT: 'abc' }, /http\.port: .*expected number.*\(from INFLUGENTIC_PORT\)/));

  it('on an unknown top-level setting', () => refused({ INFLUGENTIC_COLOUR: 'red' }, /colour: unknown setting/));

  it('on a database URL of an unknown kind', () => refused({ INFLUGENTIC_DATABASE_URL: 'mysql://x/y' }, /database\.url: .*"mysql:" is not supported.*\(from INFLUGENTIC_DATABASE_URL\)/));

  it('on a plugin whose dependency is not loaded, naming both', () =>
    refused({ INFLUGENTIC_PLUGINS__EXTERNAL: '["./test/fixtures/plugins/needs-missing"]' }, /"needs_missing" depends on "absent_plugin"/));

  it('on plugins that depend on each other in a cycle', () =>
    refused(
      { INFLUGENTIC_PLUGINS__EXTERNAL: '["./test/fixtures/plugins/cycle-a", "./test/fixtures/plugins/cycle-b"]' },
      /cycle: cycle_a -> cycle_b -> cycle_a/,
    ));

  it('on an operation claimed by two plugins', () =>
    refused({ INFLUGENTIC_PLUGINS__EXTERNAL: '["./test/fixtures/plugins/claims-health"]' }, /"getHealth" is claimed by both "operations" and "claims_health"/));

  it('on an external plugin path with nothing there', () =>
    refused({ INFLUGENTIC_PLUGINS__EXTERNAL: '["./test/fixtures/plugins/absent"]' }, /nothing at/));
});

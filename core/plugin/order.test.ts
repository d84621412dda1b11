import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definePlugin, type AnyPlugin } from './define.js';
import { PluginHostError } from './errors.js';
import { orderPlugins } from './order.js';

const plugin = (name: string, dependsOn: string[] = []): AnyPlugin => definePlugin({ name, version: '1.0.0', dependsOn });

function refusal(plugins: AnyPlugin[]): PluginHostError {
  try {
    orderPlugins(plugins);
  } catch (error) {
    assert.ok(error instanceof PluginHostError);
    return error;
  }
  assert.fail('expected the host to refuse these plugins');
}

describe('orderPlugins', () => {
  it('puts every plugin after what it depends on', () => {
    const ordered = orderPlugins([
      plugin('analytics', ['campaigns']),
      plugin('webhooks'),
      plugin('campaigns', ['content']),
      plugin('builder', ['agents', 'content']),
      plugin('content', ['agents']),
      plugin('agents'),
    ]).map((p) => p.name);
    for (const [later, earlier] of [
      ['content', 'agents'],
      ['campaigns', 'content'],
      ['analytics', 'campaigns'],
      ['builder', 'agents'],
      ['builder', 'content'],
    ] as const) {
      assert.ok(ordered.indexOf(later) > ordered.indexOf(earlier), `${later} must come after ${earlier}: ${ordered.join(', ')}`);
    }
  });

  it('keeps the given order where dependencies do not decide it', () => {
    assert.deepEqual(orderPlugins([plugin('b'), plugin('a'), plugin('c')]).map((p) => p.name), ['b', 'a', 'c']);
  });

  it('stops on a missing dependency, naming both plugins', () => {
    const error = refusal([plugin('campaigns', ['content'])]);
    assert.equal(error.code, 'PLUGIN_MISSING_DEPENDENCY');
    assert.match(error.message, /"campaigns" depends on "content"/);
  });

  it('stops on a cycle, naming its members in order', () => {
    const error = refusal([plugin('a', ['b']), plugin('b', ['c']), plugin('c', ['a'])]);
    assert.equal(error.code, 'PLUGIN_CYCLE');
    assert.match(error.message, /a -> b -> c -> a/);
  });

  it('stops on a plugin that depends on itself', () => {
    assert.equal(refusal([plugin('a', ['a'])]).code, 'PLUGIN_CYCLE');
  });

  it('stops on two plugins with one name, and on a name that cannot name tables', () => {
    assert.equal(refusal([plugin('a'), plugin('a')]).code, 'PLUGIN_DUPLICATE');
    assert.equal(refusal([plugin('Bad-Name')]).code, 'PLUGIN_INVALID');
  });
});

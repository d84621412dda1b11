import type { AnyPlugin } from './define.js';
import { PluginHostError } from './errors.js';

const namePattern = /^[a-z][a-z0-9_]*$/;

/**
 * Orders plugins so each comes after everything it depends on. Ties keep the order given,
 * so start-up is deterministic. Stops on a duplicate name, a missing dependency or a cycle,
 * naming them.
 */
export function orderPlugins(plugins: readonly AnyPlugin[]): readonly AnyPlugin[] {
  const byName = new Map<string, AnyPlugin>();
  for (const plugin of plugins) {
    if (!namePattern.test(plugin.name)) {
      throw new PluginHostError('PLUGIN_INVALID', `plugin name "${plugin.name}" must match ${namePattern}`);
    }
    if (byName.has(plugin.name)) {
      throw new PluginHostError('PLUGIN_DUPLICATE', `two plugins are named "${plugin.name}"`);
    }
    byName.set(plugin.name, plugin);
  }
  for (const plugin of plugins) {
    const missing = (plugin.dependsOn ?? []).filter((name) => !byName.has(name));
    if (missing.length > 0) {
      throw new PluginHostError(
        'PLUGIN_MISSING_DEPENDENCY',
        `plugin "${plugin.name}" depends on ${missing.map((name) => `"${name}"`).join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not loaded`,
      );
    }
  }

  const ordered: AnyPlugin[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (plugin: AnyPlugin, trail: readonly string[]): void => {
    const seen = state.get(plugin.name);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(plugin.name)), plugin.name];
      throw new PluginHostError('PLUGIN_CYCLE', `plugins depend on each other in a cycle: ${cycle.join(' -> ')}`);
    }
    state.set(plugin.name, 'visiting');
    for (const name of plugin.dependsOn ?? []) visit(byName.get(name) as AnyPlugin, [...trail, plugin.name]);
    state.set(plugin.name, 'done');
    ordered.push(plugin);
  };
  for (const plugin of plugins) visit(plugin, []);
  return ordered;
}

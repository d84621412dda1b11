import type { EventDefinition } from '../plugin/define.js';
import { PluginHostError } from '../plugin/errors.js';

/** A registered domain event: public name, the plugin that emits it, its payload schema. */
export interface RegisteredEvent extends EventDefinition {
  readonly name: string;
  readonly plugin: string;
}

/**
 * Every event the loaded plugins emit, by public name. Webhooks validate subscriptions
 * against it and external plugins list it.
 *
 * @example registry.has('campaign.started') // true once the campaigns plugin is loaded
 */
export class EventRegistry {
  private readonly events = new Map<string, RegisteredEvent>();

  add(plugin: string, name: string, definition: EventDefinition): void {
    const existing = this.events.get(name);
    if (existing) {
      throw new PluginHostError('EVENT_REGISTERED_TWICE', `event "${name}" is registered by both "${existing.plugin}" and "${plugin}"`);
    }
    if (!/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/.test(name)) {
      throw new PluginHostError('PLUGIN_INVALID', `plugin "${plugin}" registers event "${name}": names read <area>.<happening>, e.g. campaign.started`);
    }
    this.events.set(name, { ...definition, name, plugin });
  }

  has(name: string): boolean {
    return this.events.has(name);
  }

  get(name: string): RegisteredEvent | undefined {
    return this.events.get(name);
  }

  /** All events, sorted by name. */
  list(): readonly RegisteredEvent[] {
    return [...this.events.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}

import { validate as isCronExpression } from 'node-cron';
import { token } from '../container.js';
import type { EventRegistry } from '../events/registry.js';
import type { SubscriptionDefinition } from '../events/types.js';
import type { JobDefinition } from '../jobs/types.js';
import type { Logger } from '../logger.js';
import type { ScheduleDefinition } from '../scheduler/types.js';
import type { AnyPlugin } from './define.js';
import { PluginHostError } from './errors.js';

/** Every job type, schedule and subscription the loaded plugins declare, checked. */
export interface Declarations {
  readonly jobs: readonly JobDefinition[];
  readonly schedules: readonly ScheduleDefinition[];
  readonly subscriptions: readonly SubscriptionDefinition[];
}

/** The plugins' declarations, for the kernel plugins that run them (kernel-internal). */
export const DECLARATIONS = token<Declarations>('core.declarations');

/**
 * Collects and checks what plugins declare for the background: names read
 * `<plugin>.<name>` and are unique, cron expressions parse, numbers make sense. A
 * subscription to an event no loaded plugin registers is allowed (its emitter may be
 * optional) but logged.
 */
export function collectDeclarations(plugins: readonly AnyPlugin[], events: EventRegistry, logger: Logger): Declarations {
  const jobs: JobDefinition[] = [];
  const schedules: ScheduleDefinition[] = [];
  const subscriptions: SubscriptionDefinition[] = [];
  for (const plugin of plugins) {
    const named = namer(plugin.name);
    for (const job of plugin.jobs ?? []) {
      named('job', job.name);
      positive(plugin.name, `job "${job.name}"`, { concurrency: job.concurrency, maxAttempts: job.maxAttempts });
      jobs.push(job);
    }
    for (const schedule of plugin.schedules ?? []) {
      named('schedule', schedule.name);
      if (!isCronExpression(schedule.cron)) {
        throw new PluginHostError('PLUGIN_INVALID', `plugin "${plugin.name}" schedules "${schedule.name}" with "${schedule.cron}", which is not a cron expression`);
      }
      schedules.push(schedule);
    }
    for (const subscription of plugin.subscriptions ?? []) {
      named('subscription', subscription.name);
      positive(plugin.name, `subscription "${subscription.name}"`, { concurrency: subscription.concurrency, maxAttempts: subscription.maxAttempts });
      if (subscription.events !== '*') {
        if (subscription.events.length === 0) {
          throw new PluginHostError('PLUGIN_INVALID', `plugin "${plugin.name}": subscription "${subscription.name}" lists no events (use '*' for all)`);
        }
        const unknown = subscription.events.filter((name) => !events.has(name));
        if (unknown.length > 0) {
          logger.warn({ plugin: plugin.name, subscription: subscription.name, events: unknown }, 'subscribed to events no loaded plugin registers');
        }
      }
      subscriptions.push(subscription);
    }
  }
  return { jobs, schedules, subscriptions };
}

function namer(plugin: string): (kind: string, name: string) => void {
  const seen = new Set<string>();
  const pattern = new RegExp(`^${plugin}\\.[a-z][a-z0-9_]*$`);
  return function checkName(kind: string, name: string): void {
    if (!pattern.test(name)) {
      throw new PluginHostError('PLUGIN_INVALID', `plugin "${plugin}" declares ${kind} "${name}": names read <plugin>.<name>, e.g. ${plugin}.send_digest`);
    }
    if (seen.has(`${kind}:${name}`)) throw new PluginHostError('PLUGIN_INVALID', `plugin "${plugin}" declares ${kind} "${name}" twice`);
    seen.add(`${kind}:${name}`);
  };
}

function positive(plugin: string, what: string, values: Readonly<Record<string, number | undefined>>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && (!Number.isInteger(value) || value < 1)) {
      throw new PluginHostError('PLUGIN_INVALID', `plugin "${plugin}": ${what} has ${key} ${value}; expected a whole number of at least 1`);
    }
  }
}

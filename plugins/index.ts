import type { AnyPlugin } from '../core/index.js';
import agents from './agents/index.js';
import analytics from './analytics/index.js';
import builder from './builder/index.js';
import campaigns from './campaigns/index.js';
import content from './content/index.js';
import webhooks from './webhooks/index.js';

/**
 * The built-in domain plugins, in no particular order (the host orders them by dependsOn).
 * Each later issue adds its plugin here: agents, content, campaigns, builder, analytics,
 * webhooks.
 */
export const builtinPlugins: readonly AnyPlugin[] = [agents, content, campaigns, builder, analytics, webhooks];

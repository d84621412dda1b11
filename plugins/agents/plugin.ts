import { join } from 'node:path';
import { definePlugin, defineSchedule, type PluginContext } from 'influgentic';
import { agentsConfig, type AgentsConfig } from './config.js';
import { agentsMigrations } from './db/migrations.js';
import type { AgentsTables } from './db/schema.js';
import { AgentStore } from './db/store.js';
import { agentErrors } from './errors.js';
import { agentEvents } from './events.js';
import { getAgent } from './operations/get-agent.js';
import { getAgentAsset } from './operations/get-agent-asset.js';
import { listAgentAssets } from './operations/list-agent-assets.js';
import { listAgents } from './operations/list-agents.js';
import { putAgentAsset } from './operations/put-agent-asset.js';
import { AgentService } from './service/agent-service.js';
import { AssetService } from './service/asset-service.js';
import { LocalDiskStorage } from './service/asset-storage.js';
import { loadCatalog } from './service/catalog.js';
import { AGENT_SERVICE, AGENT_STORE, AGENTS_SETTINGS, ASSET_SERVICE, ASSET_STORAGE, MEASURED_METRICS, METRICS_SOURCES } from './service/internal-tokens.js';
import { MeasuredMetrics } from './service/measured-metrics.js';
import { Registry } from './service/registry.js';
import { seedCatalog } from './service/seed.js';
import type { AgentMetricsSource } from './service/types.js';
import { AGENT_METRICS_SOURCE, AGENT_REGISTRY } from './tokens.js';

function assetsDirOf(context: PluginContext<AgentsConfig>): string {
  return context.config.assets_dir || join(context.core.data_dir, 'assets');
}

/**
 * The agent registry: the built-in catalog (seeded from catalog/*.yaml), custom agents the
 * builder publishes, listing with filters, sorts and full-text search, detail views, and
 * agent assets with their public CDN.
 */
export const agentsPlugin = definePlugin({
  name: 'agents',
  version: '1.0.0',
  config: agentsConfig,
  migrations: agentsMigrations,
  errors: agentErrors,
  events: agentEvents,
  async seed(context) {
    const store = new AgentStore(context.db.tables<AgentsTables>());
    const { skipped } = await seedCatalog(store, new LocalDiskStorage(assetsDirOf(context)), loadCatalog(), new Date());
    if (skipped.length > 0) context.logger.warn({ agents: skipped }, 'built-in agents skipped: a custom agent has their id');
  },
  register(context) {
    const { container, db, config, core } = context;
    container.register(AGENT_STORE, { useValue: new AgentStore(db.tables<AgentsTables>()) });
    container.register(ASSET_STORAGE, { useValue: new LocalDiskStorage(assetsDirOf(context)) });
    container.register(AGENTS_SETTINGS, { useValue: { ...config, baseUrl: core.public_base_url } });
    // Sources are registered by plugins that load after this one: look them up when used.
    container.register(METRICS_SOURCES, {
      useValue: () => (container.isRegistered(AGENT_METRICS_SOURCE, true) ? container.resolveAll<AgentMetricsSource>(AGENT_METRICS_SOURCE) : []),
    });
    container.registerSingleton(MEASURED_METRICS, MeasuredMetrics);
    container.registerSingleton(AGENT_SERVICE, AgentService);
    container.registerSingleton(ASSET_SERVICE, AssetService);
    container.registerSingleton(AGENT_REGISTRY, Registry);
  },
  schedules: [
    defineSchedule({
      name: 'agents.refresh_metrics',
      // Every minute: lists sort by stored figures, so measured counts show within a minute.
      cron: '* * * * *',
      run: (tick) => tick.resolve(MEASURED_METRICS).refresh(),
    }),
  ],
  operations: [listAgents, getAgent, putAgentAsset, listAgentAssets, getAgentAsset],
});

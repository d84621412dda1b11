import { token } from 'influgentic';
import type { AgentStore } from '../db/store.js';
import type { AgentService } from './agent-service.js';
import type { AssetService } from './asset-service.js';
import type { MeasuredMetrics } from './measured-metrics.js';
import type { AgentsConfig } from '../config.js';
import type { AssetStorage } from './asset-storage.js';
import type { AgentMetricsSource } from './types.js';

/** Tokens internal to the agents plugin (other plugins use tokens.ts). */
export const AGENT_STORE = token<AgentStore>('agents.store');
/** The registered metrics sources, looked up when used (later plugins register after this one). */
export const METRICS_SOURCES = token<() => readonly AgentMetricsSource[]>('agents.metrics_sources');
export const ASSET_STORAGE = token<AssetStorage>('agents.asset_storage');

export interface AgentsSettings extends AgentsConfig {
  /** The server's public_base_url: links handed out start with it. */
  readonly baseUrl: string;
}
export const AGENTS_SETTINGS = token<AgentsSettings>('agents.settings');
export const AGENT_SERVICE = token<AgentService>('agents.agent_service');
export const ASSET_SERVICE = token<AssetService>('agents.asset_service');
export const MEASURED_METRICS = token<MeasuredMetrics>('agents.measured_metrics');

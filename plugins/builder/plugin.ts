import { definePlugin, type PluginContext } from 'influgentic';
import { builderConfig, type BuilderConfig } from './config.js';
import { builderMigrations } from './db/migrations.js';
import type { BuilderTables } from './db/schema.js';
import { BuildStore } from './db/store.js';
import { builderErrors } from './errors.js';
import { builderEvents } from './events.js';
import { trainAgent } from './jobs/train.js';
import { createBuilderAgent } from './operations/create-builder-agent.js';
import { deleteBuilderAgent } from './operations/delete-builder-agent.js';
import { getBuilderAgent } from './operations/get-builder-agent.js';
import { listBuilderAgents } from './operations/list-builder-agents.js';
import { updateBuilderAgent } from './operations/update-builder-agent.js';
import { BuilderService } from './service/builder-service.js';
import { BUILD_STORE, BUILDER_SERVICE, BUILDER_SETTINGS, TRAINING_PIPELINE } from './service/internal-tokens.js';
import { TrainingPipeline } from './service/pipeline.js';

function register({ container, db, config, core }: PluginContext<BuilderConfig>): void {
  container.register(BUILD_STORE, { useValue: new BuildStore(db.tables<BuilderTables>()) });
  container.register(BUILDER_SETTINGS, { useValue: { ...config, baseUrl: core.public_base_url } });
  container.registerSingleton(BUILDER_SERVICE, BuilderService);
  container.registerSingleton(TRAINING_PIPELINE, TrainingPipeline);
}

/**
 * The agent builder: custom agents from a persona prompt, trained by a durable job in
 * steps (compile_persona, write_samples, evaluate, publish) and published into the registry.
 */
export const builderPlugin = definePlugin({
  name: 'builder',
  version: '1.0.0',
  dependsOn: ['agents', 'content'],
  config: builderConfig,
  migrations: builderMigrations,
  errors: builderErrors,
  events: builderEvents,
  register,
  jobs: [trainAgent],
  operations: [createBuilderAgent, listBuilderAgents, getBuilderAgent, updateBuilderAgent, deleteBuilderAgent],
});

import { token } from 'influgentic';
import type { BuildStore } from '../db/store.js';
import type { BuilderService } from './builder-service.js';
import type { TrainingPipeline } from './pipeline.js';
import type { BuilderSettings } from './types.js';

export const BUILD_STORE = token<BuildStore>('builder.store');
export const BUILDER_SETTINGS = token<BuilderSettings>('builder.settings');
export const BUILDER_SERVICE = token<BuilderService>('builder.service');
export const TRAINING_PIPELINE = token<TrainingPipeline>('builder.pipeline');

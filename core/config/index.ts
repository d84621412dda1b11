export { loadConfig, validateSection, unknownTopLevelKeys, mergeTrees } from './load.js';
export type { LoadConfigOptions, LoadedConfig, ConfigTree } from './load.js';
export { ConfigError } from './errors.js';
export type { ConfigIssue } from './errors.js';
export { coreConfigSchema } from './schema.js';
export type { CoreConfig, LlmConfig, PlanLimits } from './schema.js';
export { envAliases } from './env.js';

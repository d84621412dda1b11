export { buildPrompt } from './build.js';
export type { PromptMessage } from './build.js';

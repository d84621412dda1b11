import { definePlugin } from '../plugin/define.js';
import { llmErrors } from './errors.js';

/**
 * The LLM layer's error codes, listed like every kernel area's. The registry itself is bound
 * by the app (it needs every plugin's providers), before any plugin registers.
 */
export const llmPlugin = definePlugin({
  name: 'llm',
  version: '1.0.0',
  errors: llmErrors,
});

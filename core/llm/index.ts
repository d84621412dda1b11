/** The LLM layer: the provider contract, the registry, the kernel's providers and their errors. */
export type * from './types.js';
export { CONTENT_TYPES, STRUCTURAL_FORMATS, CONTENT_LENGTHS, PRIMARY_FORMATS } from './types.js';
export { LlmRegistry, kernelProviders } from './registry.js';
export type { LlmProviders, RegisteredProvider } from './registry.js';
export { llmErrors, UnknownLlmProviderError } from './errors.js';
export { OllamaProvider, ollamaAddress } from './providers/ollama.js';
export type { OllamaProviderOptions } from './providers/ollama.js';
export { OpenAiProvider } from './providers/openai.js';
export type { OpenAiProviderOptions } from './providers/openai.js';
export { collect } from './providers/collect.js';
export { createBuiltinProvider, BUILTIN_MODEL } from './builtin/index.js';
export { buildPrompt } from './prompt/index.js';
export type { PromptMessage } from './prompt/index.js';
export { ctaLine } from './cta.js';
export { DEFAULT_WORD_TARGETS } from './word-targets.js';

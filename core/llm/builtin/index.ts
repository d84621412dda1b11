export { BUILTIN_MODEL, createBuiltinProvider, wordGroups } from './provider.js';
export { countBodyWords, countWords, bodyOf } from './words.js';
export { approximateTokens } from './token-count.js';

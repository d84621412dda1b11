/**
 * Test helpers for plugin authors (`influgentic/testing`): the whole server in-process with
 * your plugin, and storage suites run on SQLite and Postgres.
 *
 * @example
 *   import { startInProcess } from 'influgentic/testing';
 *   const running = await startInProcess({ plugins: [myPlugin] });
 *   await fetch(`${running.baseUrl}/v1/my/thing`, { headers: { Authorization: `Bearer ${running.keys.test}` } });
 */
export { startInProcess } from './in-process.js';
export type { RunningApp } from './in-process.js';
export { forEachBackend } from '../db/testing.js';
export type { TestBackend } from '../db/testing.js';

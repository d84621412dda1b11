import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../app.js';
import type { Clock } from '../clock.js';
import { loadConfig, mergeTrees, type ConfigTree } from '../config/index.js';
import { firstRun } from '../org/first-run.js';
import type { AnyPlugin } from '../plugin/define.js';
import { builtinPlugins } from '../../plugins/index.js';

export interface RunningApp {
  readonly app: App;
  readonly baseUrl: string;
  /** The first run's admin keys of org_default. */
  readonly keys: { readonly live: string; readonly test: string };
  close(): Promise<void>;
}

/**
 * The whole server in this process, listening on a free port: for tests that need the real
 * request path but not a separate process. Responses are validated against the contract.
 * Given a `clock` (a hand-moved one), schedules are off unless `config` turns them on: cron
 * fires on real time but would read that clock, so a tick could land between two steps of a
 * test; such tests run a schedule's work themselves.
 */
export async function startInProcess(
  options: { readonly databaseUrl?: string; readonly config?: ConfigTree; readonly plugins?: readonly AnyPlugin[]; readonly clock?: Clock } = {},
): Promise<RunningApp> {
  const overrides = mergeTrees(
    {
      database: { url: options.databaseUrl ?? 'sqlite::memory:' },
      data_dir: mkdtempSync(join(tmpdir(), 'ig-in-process-')),
      http: { port: 0, validate_responses: true, shutdown_timeout_ms: 1000 },
      log: { level: 'silent' },
      ...(options.clock ? { scheduler: { enabled: false } } : {}),
    },
    options.config ?? {},
  );
  const app = await createApp({ config: loadConfig({ env: {}, overrides }), plugins: options.plugins ?? builtinPlugins, clock: options.clock });
  const run = await firstRun(app.container);
  const address = await app.listen(0, '127.0.0.1');
  return { app, baseUrl: `http://127.0.0.1:${address.port}`, keys: { live: run?.liveKey ?? '', test: run?.testKey ?? '' }, close: () => app.close() };
}

import { createApp, type App } from '../../core/app.js';
import { loadConfig, type LoadedConfig } from '../../core/config/index.js';
import { createLogger } from '../../core/logger.js';
import { builtinPlugins } from '../../plugins/index.js';

/** A usage mistake: the CLI prints the message and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Writes a progress line to stderr, so --json output on stdout stays parseable. */
export function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Runs `work` against a migrated app that does not listen, then closes it. */
export async function withApp<T>(work: (app: App, config: LoadedConfig) => Promise<T>, options: { readonly migrate?: boolean } = {}): Promise<T> {
  const config = loadConfig();
  // The CLI talks to people on stdout/stderr; the app's own logs would only add noise.
  const app = await createApp({ config, plugins: builtinPlugins, logger: createLogger('warn'), migrate: options.migrate });
  try {
    return await work(app, config);
  } finally {
    await app.close();
  }
}

export function print(json: boolean, value: unknown, text: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
}

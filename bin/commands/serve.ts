import { createApp } from '../../core/app.js';
import { loadConfig } from '../../core/config/index.js';
import { firstRun, firstRunBanner } from '../../core/org/first-run.js';
import { builtinPlugins } from '../../plugins/index.js';

/** `influgentic serve` (npm start): migrate, seed, first run if the database is empty, listen. */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const app = await createApp({ config, plugins: builtinPlugins });
  const run = await firstRun(app.container);
  if (run) process.stdout.write(`${firstRunBanner(run, config.core.public_base_url)}\n`);
  const address = await app.listen();
  app.logger.info(
    { address: `${address.address}:${address.port}`, public_base_url: config.core.public_base_url, database: app.db.url },
    `Influgentic is serving on http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port} (docs at /docs)`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'shutting down');
    const exit = (code: number) => app.logger.flush(() => process.exit(code));
    app.close().then(
      () => exit(0),
      (error: unknown) => {
        app.logger.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

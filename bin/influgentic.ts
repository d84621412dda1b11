import 'reflect-metadata';
import { createApp } from '../core/app.js';
import { ConfigError, loadConfig } from '../core/config/index.js';
import { PluginHostError } from '../core/plugin/errors.js';
import { builtinPlugins } from '../plugins/index.js';

const usage = `Usage: influgentic <command>

Commands:
  serve     migrate, seed and serve the API (npm start)
  help      show this help
`;

async function serve(): Promise<void> {
  const config = loadConfig();
  const app = await createApp({ config, plugins: builtinPlugins });
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
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

async function main(argv: readonly string[]): Promise<void> {
  const [command = 'help'] = argv;
  switch (command) {
    case 'serve':
      return serve();
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(usage);
      return;
    default:
      process.stderr.write(`unknown command "${command}"\n\n${usage}`);
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // Start-up refusals are the user's to fix: say what and exit, without a stack trace.
  if (error instanceof ConfigError || error instanceof PluginHostError) {
    process.stderr.write(`influgentic: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`influgentic: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

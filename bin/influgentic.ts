import 'reflect-metadata';
import { ConfigError } from '../core/config/index.js';
import { PluginHostError } from '../core/plugin/errors.js';
import { MasterKeyMismatchError } from '../core/secrets/plugin.js';
import { backup } from './commands/backup.js';
import { UsageError } from './commands/context.js';
import { doctor } from './commands/doctor.js';
import { keys, keysUsage } from './commands/keys.js';
import { orgs, orgsUsage } from './commands/orgs.js';
import { pluginNew, pluginNewUsage } from './commands/plugin-new.js';
import { serve } from './commands/serve.js';
import { init, migrate } from './commands/setup.js';

const usage = `Usage: influgentic <command>

Commands:
  serve                 migrate, seed and serve the API (npm start); the first run prints admin keys
  init                  migrate, seed, create org_default and print its first keys, then exit
  migrate               run every plugin's pending migrations
  orgs create|list      manage organizations
  keys create|list|revoke
                        manage API keys
  doctor                check config, data directory, database and migrations, one line each
  backup <file>         copy a SQLite database online (Postgres: use pg_dump)
  plugin new <name>     scaffold a plugin folder with a passing test
  help                  show this help

${orgsUsage}
${keysUsage}
${pluginNewUsage}

Configuration: config/default.yaml, the file in INFLUGENTIC_CONFIG, INFLUGENTIC_* variables (see README.md).
`;

async function main(argv: readonly string[]): Promise<void> {
  const [command = 'help', ...rest] = argv;
  switch (command) {
    case 'serve':
      return serve();
    case 'init':
      return init();
    case 'migrate':
      return migrate();
    case 'orgs':
      return orgs(rest);
    case 'keys':
      return keys(rest);
    case 'doctor':
      return doctor();
    case 'backup':
      return backup(rest);
    case 'plugin':
      if (rest[0] === 'new') return pluginNew(rest.slice(1));
      throw new UsageError(pluginNewUsage);
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(usage);
      return;
    default:
      throw new UsageError(`unknown command "${command}"\n\n${usage}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // Refusals are the user's to fix: say what and exit 2, without a stack trace.
  if (error instanceof ConfigError || error instanceof PluginHostError || error instanceof UsageError || error instanceof MasterKeyMismatchError) {
    process.stderr.write(`influgentic: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`influgentic: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

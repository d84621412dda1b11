import { firstRun, firstRunBanner } from '../../core/org/first-run.js';
import { masterKeyPath } from '../../core/secrets/master-key.js';
import { progress, withApp } from './context.js';

/** `influgentic init`: migrate, seed, create org_default with its first keys, make the master key. */
export async function init(): Promise<void> {
  progress('migrating and seeding...');
  await withApp(async (app, config) => {
    reportMigrations(app.migrations);
    progress(`master key: ${config.core.secrets.master_key ? 'from configuration' : masterKeyPath(config.core.data_dir)}`);
    const run = await firstRun(app.container);
    if (run) process.stdout.write(`${firstRunBanner(run, config.core.public_base_url)}\n`);
    else progress('already initialised: an organization exists (create keys with `influgentic keys create`)');
  });
}

/** `influgentic migrate`: run every plugin's pending migrations and say which ran. */
export async function migrate(): Promise<void> {
  progress('migrating...');
  await withApp(async (app) => reportMigrations(app.migrations));
}

function reportMigrations(outcomes: readonly { readonly plugin: string; readonly applied: readonly string[] }[]): void {
  for (const outcome of outcomes) {
    progress(`  ${outcome.plugin}: ${outcome.applied.length === 0 ? 'up to date' : `applied ${outcome.applied.join(', ')}`}`);
  }
}

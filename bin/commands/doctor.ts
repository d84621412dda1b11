import { accessSync, constants, existsSync } from 'node:fs';
import { ConfigError, loadConfig } from '../../core/config/index.js';
import { createApp } from '../../core/app.js';
import { parseDatabaseUrl } from '../../core/db/index.js';
import { masterKeyPath } from '../../core/secrets/master-key.js';
import { createLogger } from '../../core/logger.js';
import type { LlmConfig } from '../../core/config/index.js';
import { UnknownLlmProviderError } from '../../core/llm/errors.js';
import { LlmRegistry, kernelProviders, type LlmProviders } from '../../core/llm/registry.js';
import { resolveToken } from '../../core/container.js';
import { LLM_PROVIDERS } from '../../core/tokens.js';
import { builtinPlugins } from '../../plugins/index.js';

type Verdict = 'ok' | 'warn' | 'fail';

function line(verdict: Verdict, what: string, detail: string): void {
  const mark = { ok: 'ok  ', warn: 'warn', fail: 'FAIL' }[verdict];
  process.stdout.write(`[${mark}] ${what}: ${detail}\n`);
}

/**
 * `influgentic doctor`: checks what a start needs, one line each with a verdict, without
 * changing anything (pending migrations are reported, not run). Exits 1 when any check fails.
 */
export async function doctor(): Promise<void> {
  let failed = false;
  let config;
  try {
    config = loadConfig();
    line('ok', 'config', `valid (${config.files.join(', ')}${config.sources.size > 0 ? `, ${config.sources.size} environment variables` : ''})`);
  } catch (error) {
    line('fail', 'config', error instanceof ConfigError ? error.message : String(error));
    process.exitCode = 1;
    return;
  }
  // The doctor looks and changes nothing: no directory, database or key file is created.
  if (!existsSync(config.core.data_dir)) {
    line('warn', 'data directory', `${config.core.data_dir} does not exist yet (influgentic init or serve creates it)`);
  } else {
    try {
      accessSync(config.core.data_dir, constants.W_OK);
      line('ok', 'data directory', `${config.core.data_dir} is writable`);
    } catch (error) {
      failed = true;
      line('fail', 'data directory', `${config.core.data_dir}: ${(error as Error).message}`);
    }
  }
  const keyFile = masterKeyPath(config.core.data_dir);
  if (config.core.secrets.master_key) line('ok', 'master key', 'from configuration (secrets.master_key)');
  else if (existsSync(keyFile)) line('ok', 'master key', keyFile);
  else line('warn', 'master key', `${keyFile} does not exist yet (influgentic init or serve creates it)`);
  const target = parseDatabaseUrl(config.core.database.url);
  if (target.dialect === 'sqlite' && target.filename !== ':memory:' && !existsSync(target.filename)) {
    line('warn', 'database', `no database at ${target.filename} yet (influgentic init or serve creates it)`);
    // Plugins load with the app, which needs the database: only the kernel's providers here.
    try {
      if (!(await checkLlm(new LlmRegistry(kernelProviders(config.core.llm), config.core.llm, config.sources), config.core.llm))) failed = true;
    } catch (error) {
      const reason = error instanceof ConfigError ? error.issues.map((issue) => `${issue.key}: ${issue.message}`).join('; ') : (error as Error).message;
      if (error instanceof UnknownLlmProviderError && config.core.plugins.external.length > 0) {
        line('warn', 'llm', `${reason} (a plugin's provider is checked once the database exists)`);
      } else {
        failed = true;
        line('fail', 'llm', reason);
      }
    }
    if (failed) process.exitCode = 1;
    return;
  }
  try {
    const app = await createApp({ config, plugins: builtinPlugins, logger: createLogger('silent'), migrate: false });
    try {
      try {
        await app.db.ping();
        line('ok', 'database', `${app.db.url} answers`);
        const pending = await app.host.pending();
        if (pending.length === 0) line('ok', 'migrations', 'current');
        else line('warn', 'migrations', `pending: ${pending.map((entry) => `${entry.plugin}: ${entry.pending.join(', ')}`).join('; ')} (run: influgentic migrate)`);
      } catch (error) {
        failed = true;
        line('fail', 'database', `${app.db.url}: ${(error as Error).message}`);
      }
      line('ok', 'plugins', app.host.plugins.map((plugin) => `${plugin.name}@${plugin.version}`).join(', '));
      if (!(await checkLlm(resolveToken(app.container, LLM_PROVIDERS), config.core.llm))) failed = true;
    } finally {
      await app.close();
    }
  } catch (error) {
    failed = true;
    line('fail', 'start-up', (error as Error).message);
  }
  if (failed) process.exitCode = 1;
}

/**
 * Whether the configured providers answer: the live keys' one, and the test keys' one when
 * it is another. Each provider's check() says where it looked; none prints a key.
 */
async function checkLlm(registry: LlmProviders, llm: LlmConfig): Promise<boolean> {
  const roles: [string, string][] =
    llm.provider === llm.sandbox_provider
      ? [['llm', llm.provider]]
      : [
          ['llm (live keys)', llm.provider],
          ['llm (test keys)', llm.sandbox_provider],
        ];
  let ok = true;
  for (const [what, id] of roles) {
    try {
      // A moment past the provider's own timeout, so its message (which names the setting) wins.
      const health = await registry.get(id).check(AbortSignal.timeout(llm.timeout_ms + 1000));
      if (!health.ok) ok = false;
      line(health.ok ? 'ok' : 'fail', what, health.detail);
    } catch (error) {
      ok = false;
      line('fail', what, `${id}: ${(error as Error).message}`);
    }
  }
  return ok;
}

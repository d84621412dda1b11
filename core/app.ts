import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { DependencyContainer } from 'tsyringe';
import { systemClock, type Clock } from './clock.js';
import type { LoadedConfig } from './config/index.js';
import { createContainer, provideValue } from './container.js';
import { openDatabase, type Database, type MigrationOutcome } from './db/index.js';
import { buildHttpApp } from './http/app.js';
import { HttpMetrics } from './http/metrics.js';
import { OpenStreams } from './http/open-streams.js';
import { HttpServer } from './http/server.js';
import { createLogger, type Logger } from './logger.js';
import { LlmRegistry, kernelProviders } from './llm/registry.js';
import { llmPlugin } from './llm/plugin.js';
import { loadContract, type OpenApiDocument } from './openapi/contract.js';
import { eventsPlugin } from './events/plugin.js';
import { jobsPlugin } from './jobs/plugin.js';
import { operationsPlugin } from './operations/plugin.js';
import { schedulerPlugin } from './scheduler/plugin.js';
import { authGuard, authorizationGuard } from './auth/middleware.js';
import type { OperationGuard } from './http/gate.js';
import { idempotency } from './idempotency/middleware.js';
import { idempotencyPlugin } from './idempotency/plugin.js';
import { IdempotencyStore, type IdempotencyTables } from './idempotency/store.js';
import { orgPlugin } from './org/plugin.js';
import { DatabaseRateLimitStore, type RateLimitTables } from './ratelimit/database-store.js';
import { rateLimitGuard } from './ratelimit/guard.js';
import { rateLimitPlugin } from './ratelimit/plugin.js';
import { MemoryRateLimitStore } from './ratelimit/store.js';
import { loadOrCreateMasterKey } from './secrets/master-key.js';
import { checkMasterKey, secretsPlugin, type SecretsTables } from './secrets/plugin.js';
import { SecretBox } from './secrets/secret-box.js';
import { KEY_SERVICE } from './org/tokens.js';
import { BACKGROUND } from './plugin/background.js';
import { DECLARATIONS } from './plugin/declarations.js';
import type { AnyPlugin } from './plugin/define.js';
import { PluginHost, type Binding } from './plugin/host.js';
import { loadExternalPlugins } from './plugin/load-external.js';
import {
  CLOCK,
  CONTRACT,
  CORE_CONFIG,
  DATABASE,
  ERROR_CATALOG,
  EVENT_REGISTRY,
  LLM_PROVIDERS,
  LOGGER,
  METRICS,
  OPEN_STREAMS,
  READINESS,
  SECRET_BOX,
  type ReadinessReport,
} from './tokens.js';

export interface CreateAppOptions {
  readonly config: LoadedConfig;
  /** The built-in plugins (the domain plugins); `plugins.external` from config are added. */
  readonly plugins: readonly AnyPlugin[];
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** False: leave the schema as it is (doctor reports pending migrations instead of running them). */
  readonly migrate?: boolean;
  /** Extra per-operation steps run after authentication and before validation. */
  readonly guards?: readonly OperationGuard[];
}

/** A composed, migrated server, not yet listening. */
export interface App {
  readonly container: DependencyContainer;
  readonly db: Database;
  readonly host: PluginHost;
  readonly contract: OpenApiDocument;
  readonly bindings: readonly Binding[];
  readonly logger: Logger;
  /** What this start migrated, per plugin (empty when `migrate: false`). */
  readonly migrations: readonly MigrationOutcome[];
  listen(port?: number, host?: string): Promise<AddressInfo>;
  /** Graceful: stops accepting, ends streams, finishes in-flight requests, stops plugins, closes the database. */
  close(): Promise<void>;
}

/**
 * The composition root: config -> container -> database -> plugins (ordered, migrated,
 * seeded, registered, bound) -> HTTP. Any refusal (bad config, a plugin cycle, a double
 * claim) happens here, before the server listens.
 */
export async function createApp(options: CreateAppOptions): Promise<App> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.core.log.level);
  const container = createContainer();
  const external = await loadExternalPlugins(config.core.plugins.external);
  // The kernel's own plugins first: jobs, events and schedules are bound before any domain plugin registers.
  const plugins = [operationsPlugin, jobsPlugin, eventsPlugin, schedulerPlugin, secretsPlugin, orgPlugin, rateLimitPlugin, idempotencyPlugin, llmPlugin, ...options.plugins, ...external];
  const db = await openDatabase({ url: config.core.database.url, poolSize: config.core.database.pool_size });
  try {
    const host = new PluginHost(plugins, { container, db, config, logger });
    const streams = new OpenStreams();
    provideValue(container, CORE_CONFIG, config.core);
    provideValue(container, LOGGER, logger);
    provideValue(container, CLOCK, options.clock ?? systemClock);
    provideValue(container, DATABASE, db);
    provideValue(container, EVENT_REGISTRY, host.events);
    provideValue(container, DECLARATIONS, host.declarations);
    provideValue(container, BACKGROUND, host.background);
    provideValue(container, OPEN_STREAMS, streams);
    const metrics = new HttpMetrics();
    provideValue(container, METRICS, metrics);
    const masterKey = loadOrCreateMasterKey(config.core).key;
    provideValue(container, SECRET_BOX, new SecretBox(masterKey));
    provideValue(container, READINESS, readinessCheck(db, host, logger));
    provideValue(container, ERROR_CATALOG, host.errorRegistries().map(({ plugin, errors }) => ({ area: plugin === 'operations' ? 'kernel' : plugin, errors })));
    // Before migrations: an unknown llm.provider stops start-up before anything is changed.
    provideValue(container, LLM_PROVIDERS, new LlmRegistry([...kernelProviders(config.core.llm), ...host.llmProviders()], config.core.llm, config.sources));

    const migrations = options.migrate === false ? [] : await host.migrate();
    if (options.migrate !== false) {
      await checkMasterKey(db.tables<SecretsTables>(), masterKey, (options.clock ?? systemClock).now().toISOString());
      await host.seed();
    }
    host.register();
    const contract = host.contract(loadContract());
    provideValue(container, CONTRACT, contract);
    const bindings = host.bind(contract);

    let closing = false;
    const app = buildHttpApp({
      config: config.core,
      contract,
      bindings,
      container,
      logger,
      isClosing: () => closing,
      metrics,
      guards: [
        authGuard(container.resolve(KEY_SERVICE)),
        rateLimitGuard({
          store: config.core.ratelimit.store === 'database' ? new DatabaseRateLimitStore(db.tables<RateLimitTables>()) : new MemoryRateLimitStore(),
          plans: config.core.ratelimit.plans,
          clock: options.clock ?? systemClock,
        }),
        authorizationGuard(),
        ...(options.guards ?? []),
      ],
      afterValidation: [
        idempotency({ store: new IdempotencyStore(db.tables<IdempotencyTables>()), clock: options.clock ?? systemClock, contract, box: container.resolve(SECRET_BOX) }),
      ],
    });
    const http = new HttpServer({
      app,
      sockets: host.sockets(),
      streams,
      container,
      logger,
      shutdownTimeoutMs: config.core.http.shutdown_timeout_ms,
      baseUrl: config.core.public_base_url,
      isClosing: () => closing,
    });

    let closed: Promise<void> | undefined;
    return {
      container,
      db,
      host,
      contract,
      bindings,
      logger,
      migrations,
      async listen(port = config.core.http.port, hostname = config.core.http.host) {
        const address = await http.listen(port, hostname);
        await host.start();
        return address;
      },
      close() {
        closed ??= (async () => {
          closing = true;
          await http.close();
          await host.stop();
          await db.close();
        })();
        return closed;
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * The readiness check behind /readyz (public, polled by load balancers): the database
 * answers and migrations are current. The database's own error stays in the log, not in the
 * public reply. Once migrations were found current they are not read again for a while: the
 * check builds a migrator per plugin.
 */
function readinessCheck(db: Database, host: PluginHost, logger: Logger): () => Promise<ReadinessReport> {
  let migrationsCurrentUntil = 0;
  return async function readiness() {
    const checks: { name: string; ok: boolean; detail?: string }[] = [];
    try {
      await db.ping();
      checks.push({ name: 'database', ok: true });
    } catch (error) {
      logger.warn({ err: error }, 'readiness: the database does not answer');
      checks.push({ name: 'database', ok: false, detail: 'does not answer (the server log says why)' });
      return { ready: false, checks };
    }
    if (Date.now() < migrationsCurrentUntil) {
      checks.push({ name: 'migrations', ok: true });
      return { ready: true, checks };
    }
    const pending = await host.pending();
    if (pending.length === 0) migrationsCurrentUntil = Date.now() + 30_000;
    checks.push(
      pending.length === 0
        ? { name: 'migrations', ok: true }
        : { name: 'migrations', ok: false, detail: pending.map((entry) => `${entry.plugin}: ${entry.pending.join(', ')}`).join('; ') },
    );
    return { ready: checks.every((check) => check.ok), checks };
  };
}
